package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every expression in processes/ that calls a bean resolves, and leads to its file in one hop: the bean
 * exists, its name is its class's name ({@code ${situationPictureTasks.record(task)}} is
 * {@code SituationPictureTasks.java}) and it has a public method of that name taking that many arguments.
 * Without this a typo in Camunda Modeler is found when a case reaches the step, in production.
 */
class ModelExpressionsTest {

  /** {@code ${bean.method(} or {@code #{bean.method(}; the arguments are counted separately. */
  private static final Pattern CALL = Pattern.compile("[$#]\\{\\s*([a-zA-Z_]\\w*)\\.([a-zA-Z_]\\w*)\\s*\\(");
  /** {@code delegateExpression="${bean}"}. */
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{\\s*([a-zA-Z_]\\w*)\\s*}\"");
  /** Names the engine itself provides inside an expression. */
  private static final List<String> ENGINE_NAMES = List.of("execution", "task", "authenticatedUserId");

  static Map<String, Class<?>> beans = new TreeMap<>();
  static Map<String, String> models = new TreeMap<>();

  @BeforeAll
  static void scan() throws IOException, ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    for (BeanDefinition definition : scanner.findCandidateComponents("se.kommunstod")) {
      Class<?> type = Class.forName(definition.getBeanClassName());
      Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
      String name = component == null || component.value().isEmpty()
          ? Introspector.decapitalize(type.getSimpleName()) : component.value();
      beans.put(name, type);
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
      String xml = model.getValue().replace("&#39;", "'").replace("&quot;", "'").replace("&amp;", "&")
          .replace("&lt;", "<").replace("&gt;", ">");
      Matcher call = CALL.matcher(xml);
      while (call.find()) {
        String bean = call.group(1);
        if (ENGINE_NAMES.contains(bean)) {
          continue;
        }
        calls++;
        int arguments = countArguments(xml, call.end());
        String where = model.getKey() + ": ${" + bean + "." + call.group(2) + "(…)}";
        Class<?> type = beanOf(bean, where, problems);
        if (type != null && Arrays.stream(type.getMethods()).noneMatch(m -> m.getName().equals(call.group(2))
            && m.getParameterCount() == arguments && !Modifier.isStatic(m.getModifiers()))) {
          problems.add(where + " — " + type.getSimpleName() + " has no public method " + call.group(2)
              + " with " + arguments + " argument(s)");
        }
      }
      Matcher delegate = DELEGATE.matcher(xml);
      while (delegate.find()) {
        calls++;
        beanOf(delegate.group(1), model.getKey() + ": ${" + delegate.group(1) + "}", problems);
      }
    }
    assertThat(calls).as("bean calls found in the models").isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  private static Class<?> beanOf(String bean, String where, List<String> problems) {
    Class<?> type = beans.get(bean);
    if (type == null) {
      problems.add(where + " — no bean named '" + bean + "'");
    } else if (!Introspector.decapitalize(type.getSimpleName()).equals(bean)) {
      problems.add(where + " — bean '" + bean + "' is class " + type.getSimpleName() + "; name the bean after its class");
    }
    return type;
  }

  /** Counts the top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
  private static int countArguments(String text, int from) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (c == '(' || c == '[') {
        depth++;
        any = true;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          return any ? commas + 1 : 0;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        commas++;
      } else if (!Character.isWhitespace(c)) {
        any = true;
      }
    }
    throw new IllegalStateException("unclosed call in a model expression");
  }

  /** The check itself must see a misnamed bean and count arguments right; otherwise an empty result proves nothing. */
  @Test
  void theCheckSeesAMisnamedOrMissingBeanAndCountsArguments() {
    List<String> problems = new ArrayList<>();
    beans.put("properties", ModelProperties.class);
    try {
      beanOf("properties", "probe", problems);
    } finally {
      beans.remove("properties");
    }
    beanOf("noSuchBean", "probe", problems);
    assertThat(problems).hasSize(2).anyMatch(p -> p.contains("name the bean after its class"))
        .anyMatch(p -> p.contains("no bean named 'noSuchBean'"));
    String xml = "${a.b(task, 'x, y', c.d(1, 2), [3, 4])} ${a.none()}";
    assertThat(countArguments(xml, xml.indexOf('(') + 1)).isEqualTo(4);
    assertThat(countArguments(xml, xml.indexOf("none(") + 5)).isZero();
  }
}
