package se.kommunstod.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN, DMN and form files of the top-level {@code processes/} and {@code forms/}
 * folders as one deployment named {@value #DEPLOYMENT_NAME}.
 *
 * <p>Resource names are the path below the classpath root ("processes/support-case.bpmn"), the
 * same whether the app runs from target/classes or from the jar, and duplicate filtering only
 * deploys what changed: a restart with unchanged models creates no new version.
 */
@Component
@Order(0)
public class ModelDeployment implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "kommunstod";
  static final List<String> PATTERNS = List.of(
      "classpath*:processes/**/*.bpmn",
      "classpath*:processes/**/*.dmn",
      "classpath*:forms/**/*.form");

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;

  public ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) {
    deployChangedModels();
  }

  /** Deploys the models that changed since the last deployment; returns true if any did. */
  public boolean deployChangedModels() {
    List<Resource> resources = findResources();
    if (resources.isEmpty()) {
      log.warn("No models found under processes/ or forms/ on the classpath");
      return false;
    }
    long before = deploymentCount();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("kommunstod")
        .enableDuplicateFiltering(true);
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(resourceName(resource), new ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read model " + resource, e);
      }
    }
    builder.deploy();
    boolean changed = deploymentCount() > before;
    log.info("{} models {}", resources.size(), changed ? "deployed" : "unchanged, nothing deployed");
    return changed;
  }

  private long deploymentCount() {
    return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
  }

  private static List<Resource> findResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        found.addAll(List.of(resolver.getResources(pattern)));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot list models for " + pattern, e);
      }
    }
    found.sort(Comparator.comparing(ModelDeployment::resourceName));
    return found;
  }

  /** "processes/x.bpmn" or "forms/y.form", independent of how the classpath is laid out. */
  static String resourceName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    int at = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
    return url.substring(at + 1);
  }
}
