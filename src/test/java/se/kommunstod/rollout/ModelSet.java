package se.kommunstod.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A new version of the whole model set (processes/ and forms/) as one deployment, the way the
 * application deploys it, with edits to some files: what a process manager's change produces.
 */
final class ModelSet {

  private ModelSet() {}

  /**
   * Deploys every model and form; {@code edits} change the named files' text (each must change it).
   */
  static Deployment deploy(
      RepositoryService repositoryService, String name, Map<String, UnaryOperator<String>> edits) {
    DeploymentBuilder builder = repositoryService.createDeployment().name(name);
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    int edited = 0;
    try {
      for (String folder : new String[] {"processes", "forms"}) {
        for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.*")) {
          String file = resource.getFilename();
          String text;
          try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          UnaryOperator<String> edit = edits.get(file);
          if (edit != null) {
            String changed = edit.apply(text);
            assertThat(changed).as("edit of " + file).isNotEqualTo(text);
            text = changed;
            edited++;
          }
          builder.addString(folder + "/" + file, text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(edited).as("edited files").isEqualTo(edits.size());
    return builder.deploy();
  }
}
