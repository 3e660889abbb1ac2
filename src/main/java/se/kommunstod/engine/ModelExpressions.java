package se.kommunstod.engine;

import java.beans.Introspector;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the bean calls in a BPMN model's XML ({@code ${bean.method(…)}}, {@code
 * delegateExpression="${bean}"}) and says which do not resolve: no such bean, no public method of
 * that name taking that many arguments, or — for the models in git — a bean not named after its
 * class. Used by {@code ModelExpressionsTest} on processes/ and by {@link RunningVersionsCheck} on
 * the versions running cases are still on.
 */
public final class ModelExpressions {

  private static final Pattern CALL =
      Pattern.compile("[$#]\\{\\s*([a-zA-Z_]\\w*)\\.([a-zA-Z_]\\w*)\\s*\\(");
  private static final Pattern DELEGATE =
      Pattern.compile("delegateExpression=\"\\$\\{\\s*([a-zA-Z_]\\w*)\\s*}\"");

  /** Names the engine itself provides inside an expression. */
  private static final List<String> ENGINE_NAMES =
      List.of("execution", "task", "authenticatedUserId");

  /** A multi-instance element variable is the model's own (e.g. a measure as Json), not a bean. */
  private static final Pattern ELEMENT_VARIABLE =
      Pattern.compile("camunda:elementVariable=\"([a-zA-Z_]\\w*)\"");

  private ModelExpressions() {}

  /** What a model's bean calls found and which of them do not resolve. */
  public record Result(int calls, List<String> problems) {}

  /**
   * @param beanType the type of the bean of that name, or null if there is none
   * @param namedAfterClass whether a bean must be named after its class (true for the models in
   *     git)
   */
  public static Result check(
      String xml, Function<String, Class<?>> beanType, boolean namedAfterClass) {
    String text =
        xml.replace("&#39;", "'")
            .replace("&quot;", "'")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    List<String> problems = new ArrayList<>();
    List<String> variables = ELEMENT_VARIABLE.matcher(text).results().map(m -> m.group(1)).toList();
    int calls = 0;
    Matcher call = CALL.matcher(text);
    while (call.find()) {
      String bean = call.group(1);
      if (ENGINE_NAMES.contains(bean) || variables.contains(bean)) {
        continue;
      }
      calls++;
      int arguments = countArguments(text, call.end());
      String where = "${" + bean + "." + call.group(2) + "(…)}";
      Class<?> type = bean(bean, where, beanType, namedAfterClass, problems);
      if (type != null
          && Arrays.stream(type.getMethods())
              .noneMatch(
                  m ->
                      m.getName().equals(call.group(2))
                          && m.getParameterCount() == arguments
                          && !Modifier.isStatic(m.getModifiers()))) {
        problems.add(
            where
                + " — "
                + type.getSimpleName()
                + " has no public method "
                + call.group(2)
                + " with "
                + arguments
                + " argument(s)");
      }
    }
    Matcher delegate = DELEGATE.matcher(xml);
    while (delegate.find()) {
      calls++;
      bean(delegate.group(1), "${" + delegate.group(1) + "}", beanType, namedAfterClass, problems);
    }
    return new Result(calls, problems);
  }

  private static Class<?> bean(
      String bean,
      String where,
      Function<String, Class<?>> beanType,
      boolean namedAfterClass,
      List<String> problems) {
    Class<?> type = beanType.apply(bean);
    if (type == null) {
      problems.add(where + " — no bean named '" + bean + "'");
    } else if (namedAfterClass && !Introspector.decapitalize(type.getSimpleName()).equals(bean)) {
      problems.add(
          where
              + " — bean '"
              + bean
              + "' is class "
              + type.getSimpleName()
              + "; name the bean after its class");
    }
    return type;
  }

  /**
   * Counts the top-level arguments of a call whose opening parenthesis ends just before {@code
   * from}.
   */
  static int countArguments(String text, int from) {
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
}
