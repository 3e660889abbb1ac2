package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

/** The same model gets the same resource name from target/classes and from inside the jar. */
class ModelResourceNameTest {

  @Test
  void nameIsThePathBelowTheClasspathRoot() throws MalformedURLException {
    assertThat(
            ModelSet.resourceName(
                new UrlResource(
                    "file:/work/kommunstod/target/classes/processes/support-case.bpmn")))
        .isEqualTo("processes/support-case.bpmn");
    assertThat(
            ModelSet.resourceName(
                new UrlResource(
                    "jar:file:/opt/app.jar!/BOOT-INF/classes!/forms/meeting/agenda.form")))
        .isEqualTo("forms/meeting/agenda.form");
  }
}
