package se.kommunstod.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds where the database no longer matches the models in git: a version of one of the
 * application's process, decision or form keys that is newer than the application's own deployment,
 * or one deployed for a single tenant, by someone else (Camunda Modeler, the engine REST API).
 *
 * <p>Why only report: git is the source of truth (docs/rollout.md), but a foreign deployment may
 * already have running instances, and deleting or overriding it would break them. The application
 * never depends on it — it starts its own deployment's definitions ({@link AppDefinitions}) — and
 * the next release of git's models is deployed whole and becomes the latest version again.
 */
@Component
public class ModelDrift {

  private static final Logger log = LoggerFactory.getLogger(ModelDrift.class);

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final ProcessEngine processEngine;

  public ModelDrift(
      RepositoryService repositoryService,
      HistoryService historyService,
      ProcessEngine processEngine) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.processEngine = processEngine;
  }

  /**
   * Logs and returns each foreign definition of the set's keys that differs from the application's
   * own.
   */
  public List<Drift> check(ModelSet set, Deployment own) {
    List<Drift> drifts = new ArrayList<>();
    for (String key : set.keys().processes()) {
      List<ProcessDefinition> versions =
          repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list();
      drifts.addAll(compare("process", key, versions, own, ResourceDefinition::getTenantId));
    }
    for (String key : set.keys().decisions()) {
      List<DecisionDefinition> versions =
          repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).list();
      drifts.addAll(compare("decision", key, versions, own, ResourceDefinition::getTenantId));
    }
    for (String key : set.keys().forms()) {
      // a form definition read this way does not carry its tenant reliably: take its deployment's
      drifts.addAll(
          compare(
              "form",
              key,
              formVersions(key, own),
              own,
              d -> deploymentTenant(d.getDeploymentId())));
    }
    drifts.forEach(drift -> log.warn("Model drift: {}", drift.describe()));
    if (drifts.isEmpty()) {
      log.info(
          "No model drift: the latest version of every key of the model set is in deployment {}",
          own.getId());
    }
    return drifts;
  }

  /**
   * The application's own version of a form and the latest one, if it differs: Camunda 7 has no
   * public query for form definitions, so this reads them in a command of its own. A key deployed
   * for several tenants has no single latest version; the engine then refuses the lookup, which is
   * drift as well (the guard refuses such deployments, but they may predate it).
   */
  private List<ResourceDefinition> formVersions(String key, Deployment own) {
    CommandExecutor commands =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
    return commands.execute(
        context -> {
          List<ResourceDefinition> versions = new ArrayList<>();
          CamundaFormDefinitionManager forms = context.getCamundaFormDefinitionManager();
          ResourceDefinition ownVersion = forms.findDefinitionByDeploymentAndKey(own.getId(), key);
          if (ownVersion != null) {
            versions.add(ownVersion);
          }
          try {
            ResourceDefinition latest = forms.findLatestDefinitionByKey(key);
            if (latest != null
                && (ownVersion == null || !latest.getId().equals(ownVersion.getId()))) {
              versions.add(latest);
            }
          } catch (ProcessEngineException severalTenants) {
            log.warn(
                "Model drift: form {} is deployed for several tenants: {}",
                key,
                severalTenants.getMessage());
          }
          return versions;
        });
  }

  private String deploymentTenant(String deploymentId) {
    Deployment deployment =
        repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    return deployment == null ? null : deployment.getTenantId();
  }

  private List<Drift> compare(
      String type,
      String key,
      List<? extends ResourceDefinition> versions,
      Deployment own,
      java.util.function.Function<ResourceDefinition, String> tenantOf) {
    int ownVersion =
        versions.stream()
            .filter(d -> d.getDeploymentId().equals(own.getId()))
            .mapToInt(ResourceDefinition::getVersion)
            .findFirst()
            .orElse(0);
    List<Drift> drifts = new ArrayList<>();
    versions.stream()
        .filter(d -> !d.getDeploymentId().equals(own.getId()))
        .filter(d -> tenantOf.apply(d) != null || d.getVersion() > ownVersion)
        .sorted(Comparator.comparing(ResourceDefinition::getVersion))
        .forEach(d -> drifts.add(drift(type, key, d, tenantOf.apply(d), ownVersion)));
    return drifts;
  }

  private Drift drift(
      String type, String key, ResourceDefinition definition, String tenantId, int ownVersion) {
    Deployment deployment =
        repositoryService
            .createDeploymentQuery()
            .deploymentId(definition.getDeploymentId())
            .singleResult();
    UserOperationLogEntry created =
        historyService
            .createUserOperationLogQuery()
            .deploymentId(definition.getDeploymentId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    return new Drift(
        type,
        key,
        definition.getVersion(),
        tenantId,
        ownVersion,
        definition.getDeploymentId(),
        deployment == null ? null : deployment.getName(),
        deployment == null ? null : deployment.getSource(),
        created == null ? null : created.getUserId());
  }

  /** One foreign definition of a key of the set. */
  public record Drift(
      String type,
      String key,
      int version,
      String tenantId,
      int ownVersion,
      String deploymentId,
      String deploymentName,
      String deploymentSource,
      String deployedBy) {

    public String describe() {
      String what =
          tenantId != null
              ? "%s %s v%d is deployed for tenant '%s' only (the models are shared by all municipalities)"
                  .formatted(type, key, version, tenantId)
              : "%s %s v%d is newer than the application's own v%d"
                  .formatted(type, key, version, ownVersion);
      return what
          + "; deployment %s '%s' (source %s, by %s). The application keeps starting its own version; "
              .formatted(
                  deploymentId,
                  deploymentName,
                  deploymentSource,
                  deployedBy == null ? "unknown" : deployedBy)
          + "put the change in git and release it (docs/rollout.md)";
    }
  }
}
