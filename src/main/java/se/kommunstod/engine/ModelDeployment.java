package se.kommunstod.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the application's {@link ModelSet} — every BPMN, DMN and form of {@code processes/} and
 * {@code forms/} — at start, as one deployment named {@value #DEPLOYMENT_NAME}: all of it when
 * anything in it changed since the application's last deployment, nothing when nothing did.
 *
 * <p>Why the whole set: forms, called processes and decisions are bound with {@code
 * binding="deployment"}. Camunda's per-resource duplicate filtering deployed only the changed file,
 * and the new version then found none of its forms (Tasklist: 404) and no called process (kick-off:
 * 500). Deploying everything together gives every key a new version in the same deployment, so
 * every reference resolves.
 *
 * <p>Resource names are the path below the model root ("processes/support-case.bpmn"), the same
 * whether the app runs from target/classes ({@code mvn spring-boot:run}) or from the jar, so a
 * restart with unchanged models creates no new version. The comparison is with the application's
 * own latest deployment (name and source {@value #DEPLOYMENT_SOURCE}), never with what someone
 * deployed from Modeler; that is reported as drift by {@link ModelDrift}. Camunda's duplicate
 * filter (all-or-nothing mode) repeats the comparison under the engine's deployment lock, so two
 * nodes starting together create one deployment, not two.
 */
@Component
@Order(0)
public class ModelDeployment implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "kommunstod";
  public static final String DEPLOYMENT_SOURCE = "kommunstod";

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ModelSet modelSet;
  private final ModelDrift drift;

  public ModelDeployment(RepositoryService repositoryService, ModelSet modelSet, ModelDrift drift) {
    this.repositoryService = repositoryService;
    this.modelSet = modelSet;
    this.drift = drift;
  }

  @Override
  public void run(ApplicationArguments args) {
    Result result = deploy(modelSet);
    Deployment own = result.deployment();
    if (own != null) {
      // only a report: read beside the first requests rather than delay readiness by a second
      Thread check = new Thread(() -> checkDrift(own), "model-drift-check");
      check.setDaemon(true);
      check.start();
    }
  }

  private void checkDrift(Deployment own) {
    try {
      drift.check(modelSet, own);
    } catch (RuntimeException e) { // the application stopped meanwhile, say
      log.warn("Model drift not checked: {}", e.getMessage());
    }
  }

  /** Deploys the application's set if it changed; returns true if a deployment was created. */
  public boolean deployChangedModels() {
    return deploy(modelSet).deployed();
  }

  /**
   * Deploys the given set whole if it differs from the application's last deployment (a start of
   * the application does this with the models it was built with).
   */
  public Result deploy(ModelSet set) {
    if (set.isEmpty()) {
      log.warn("No models found under processes/ or forms/ at {}", set.location());
      return new Result(null, false, set.changesSince(Map.of()));
    }
    Deployment previous = AppDefinitions.latestOwnDeployment(repositoryService);
    ModelSet.Changes changes =
        set.changesSince(previous == null ? Map.of() : resourcesOf(previous));
    if (!changes.any()) {
      log.info(
          "Models unchanged, nothing deployed: {} resources as in deployment {} of {}",
          set.names().size(),
          previous.getId(),
          previous.getDeploymentTime().toInstant());
      return new Result(previous, false, changes);
    }
    DeploymentBuilder builder =
        repositoryService.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_SOURCE);
    if (changes.added().isEmpty() && changes.changed().isEmpty()) {
      // only removals: Camunda's filter would see nothing new, but the set without them is a new
      // set
      log.info("Models removed since the last deployment: {}", changes.removed());
    } else {
      builder.enableDuplicateFiltering(false);
    }
    set.resources()
        .forEach(
            (name, content) -> builder.addInputStream(name, new ByteArrayInputStream(content)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean created = previous == null || !previous.getId().equals(deployment.getId());
    if (created) {
      log.info(
          "Deployed the whole model set as deployment {} because {}: {}; resources {}",
          deployment.getId(),
          previous == null ? "the application had deployed none" : changes.describe(),
          versions(deployment),
          set.names());
    } else {
      log.info("Models already deployed by another node as deployment {}", deployment.getId());
    }
    return new Result(deployment, created, changes);
  }

  private Map<String, byte[]> resourcesOf(Deployment deployment) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
      try (InputStream in =
          repositoryService.getResourceAsStreamById(deployment.getId(), resource.getId())) {
        contents.put(resource.getName(), in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException(
            "Cannot read resource " + resource.getName() + " of " + deployment.getId(), e);
      }
    }
    return contents;
  }

  private static String versions(DeploymentWithDefinitions deployment) {
    List<String> versions = new ArrayList<>();
    for (ProcessDefinition definition : nullSafe(deployment.getDeployedProcessDefinitions())) {
      versions.add("process " + definition.getKey() + " v" + definition.getVersion());
    }
    for (DecisionDefinition definition : nullSafe(deployment.getDeployedDecisionDefinitions())) {
      versions.add("decision " + definition.getKey() + " v" + definition.getVersion());
    }
    return String.join(", ", versions);
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * One deployment run: the application's deployment afterwards (new or the unchanged previous
   * one), whether it was created now, and what had changed.
   */
  public record Result(Deployment deployment, boolean deployed, ModelSet.Changes changes) {}
}
