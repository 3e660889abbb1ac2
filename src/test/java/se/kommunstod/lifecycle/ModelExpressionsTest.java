package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.ModelExpressions;

/**
 * Every expression in processes/ that calls a bean resolves, and leads to its file in one hop: the
 * bean exists, its name is its class's name ({@code ${situationPictureTasks.record(task)}} is
 * {@code SituationPictureTasks.java}) and it has a public method of that name taking that many
 * arguments. Without this a typo in Camunda Modeler is found when a case reaches the step, in
 * production.
 */
class ModelExpressionsTest {

  static Map<String, Class<?>> beans = new TreeMap<>();
  static Map<String, String> models = new TreeMap<>();

  @BeforeAll
  static void scan() throws IOException, ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (BeanDefinition definition : scanner.findCandidateComponents("se.kommunstod")) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
      beans.put(
          component == null || component.value().isEmpty()
              ? Introspector.decapitalize(type.getSimpleName())
              : component.value(),
          type);
    }
    try (Stream<Path> files = Files.list(ModelRulesTest.PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        models.put(file.getFileName().toString(), Files.readString(file));
      }
    }
  }

  @Test
  void everyBeanCalledFromAModelExistsIsNamedAfterItsClassAndHasTheMethod() {
    List<String> problems = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, String> model : models.entrySet()) {
      ModelExpressions.Result result = ModelExpressions.check(model.getValue(), beans::get, true);
      calls += result.calls();
      result.problems().forEach(problem -> problems.add(model.getKey() + ": " + problem));
    }
    assertThat(calls).as("bean calls found in the models").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  /** The check itself must see each kind of fault; otherwise an empty result proves nothing. */
  @Test
  void theCheckSeesAMissingBeanAMisnamedBeanAndAWrongNumberOfArguments() {
    Map<String, Class<?>> probe =
        Map.of("modelProperties", ModelProperties.class, "properties", ModelProperties.class);
    String xml =
        "<a expression=\"${noSuchBean.run(task)}\"/><b expression=\"${properties.strings(x)}\"/>"
            + "<c expression=\"${modelProperties.dueDate(execution, 'a, b', [1, 2])}\"/>"
            + "<d expression=\"${modelProperties.strings(x)}\"/><e delegateExpression=\"${missing}\"/>";
    ModelExpressions.Result result = ModelExpressions.check(xml, probe::get, true);
    assertThat(result.calls()).isEqualTo(5);
    assertThat(result.problems())
        .containsExactlyInAnyOrder(
            "${noSuchBean.run(…)} — no bean named 'noSuchBean'",
            "${properties.strings(…)} — bean 'properties' is class ModelProperties; name the bean after its class",
            "${modelProperties.dueDate(…)} — ModelProperties has no public method dueDate with 3 argument(s)",
            "${missing} — no bean named 'missing'");
    assertThat(ModelExpressions.check(xml, probe::get, false).problems()).hasSize(3);
  }
}
