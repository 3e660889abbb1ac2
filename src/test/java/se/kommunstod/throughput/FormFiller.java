package se.kommunstod.throughput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Fills a deployed Camunda Form (form-js JSON) with valid values, the way a person would in
 * Tasklist, without knowing the form: every editable field gets a value that passes its validation
 * (required, min/max length, min/max, the form's own options). So the benchmark keeps driving the
 * lifecycle when forms change.
 *
 * <p>Choices where the form leaves them open: a checkbox is ticked (so an intervention finishes at
 * its first follow-up), a select or radio takes its first option, a checklist its first option only
 * (one focus area = one intervention per case), a number its minimum (or 1), a dynamic list one row
 * (one observation, one prioritised problem, one measure = one intervention), sent as the Json list
 * Tasklist sends. Options given by {@code valuesKey} come from the task's variable (a list of
 * {@code {label, value}} or a Json array of them); a field whose options the form computes ({@code
 * valuesExpression}) is left out unless it is required.
 */
public final class FormFiller {

  static final String TEXT =
      "Benchmark: ifyllt av genomströmningsmätningen, inga personuppgifter. ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFiller() {}

  /**
   * @param form the deployed form's JSON
   * @param variables reads a task variable, for options given by {@code valuesKey}
   */
  public static VariableMap fill(InputStream form, Function<String, Object> variables)
      throws IOException {
    return fill(form, variables, false);
  }

  /**
   * @param completePrefilledRows also fill the empty fields of the rows a task pre-filled (each
   *     indicator's row gets a value), as a person completing the follow-up does; otherwise such a
   *     list is left as the task gave it
   */
  public static VariableMap fill(
      InputStream form, Function<String, Object> variables, boolean completePrefilledRows)
      throws IOException {
    VariableMap values = Variables.createVariables();
    for (Map.Entry<String, Object> entry :
        values(JSON.readTree(form), variables, completePrefilledRows).entrySet()) {
      Object value = entry.getValue();
      if (value instanceof List<?>) {
        values.putValueTyped(
            entry.getKey(), SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
      } else {
        values.putValue(entry.getKey(), value);
      }
    }
    return values;
  }

  /** The values of a container's fields, groups' fields included, a dynamic list's as one row. */
  private static Map<String, Object> values(
      JsonNode container, Function<String, Object> variables, boolean completePrefilledRows) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (JsonNode field : container.path("components")) {
      String type = field.path("type").asText();
      if ("dynamiclist".equals(type)) {
        // a list the task pre-filled (open items, indicators) is the task's; an empty one gets one
        // row
        if (!field.hasNonNull("path")) {
          continue;
        }
        String path = field.get("path").asText();
        Object prefilled = variables.apply(path);
        if (prefilled == null) {
          values.put(path, List.of(values(field, variables, completePrefilledRows)));
        } else if (completePrefilledRows) {
          values.put(path, completed(rows(path, prefilled), values(field, variables, true)));
        }
        continue;
      }
      if (field.has("components")) {
        values.putAll(values(field, variables, completePrefilledRows));
        continue;
      }
      String key = field.path("key").asText(null);
      if (key == null
          || field.path("readonly").asBoolean(false)
          || field.path("disabled").asBoolean(false)) {
        continue;
      }
      JsonNode validate = field.path("validate");
      boolean required = validate.path("required").asBoolean(false);
      switch (type) {
        // Optional free text stays empty, as people often leave it: a generic filler cannot know
        // its format (e.g. action items "roll; ÅÅÅÅ-MM-DD; vad", which the record listener checks).
        case "textfield", "textarea" -> {
          if (required) {
            values.put(key, text(validate));
          }
        }
        case "number" -> values.put(key, validate.has("min") ? validate.get("min").asLong() : 1L);
        case "checkbox" -> values.put(key, true);
        case "select", "radio", "checklist", "taglist" -> {
          List<Object> options = options(field, variables);
          if (options.isEmpty()) {
            if (required) {
              throw new IllegalStateException("No options for field " + key);
            }
            continue;
          }
          values.put(
              key,
              "select".equals(type) || "radio".equals(type)
                  ? options.get(0)
                  : List.of(options.get(0)));
        }
        case "datetime" ->
            values.put(
                key,
                switch (field.path("subtype").asText("date")) {
                  case "time" -> "10:00";
                  case "datetime" -> "2026-01-15T10:00";
                  default -> "2026-01-15";
                });
        default -> {
          // text, image, spacer, table, button …: nothing to enter
        }
      }
    }
    return values;
  }

  /** The pre-filled rows with every field they leave empty filled as in a new row. */
  private static List<Object> completed(List<?> rows, Map<String, Object> newRow) {
    List<Object> completed = new ArrayList<>();
    for (Object row : rows) {
      Map<String, Object> filled = new LinkedHashMap<>();
      if (row instanceof Map<?, ?> map) {
        map.forEach((k, v) -> filled.put(String.valueOf(k), v));
      }
      newRow.forEach(
          (key, value) -> {
            Object given = filled.get(key);
            if (given == null || given.toString().isBlank()) {
              filled.put(key, value);
            }
          });
      completed.add(filled);
    }
    return completed;
  }

  private static List<?> rows(String path, Object prefilled) {
    Object listed = prefilled instanceof SpinJsonNode json ? json.toString() : prefilled;
    if (listed instanceof String text) {
      try {
        listed = JSON.readValue(text, List.class);
      } catch (IOException e) {
        throw new IllegalStateException("The pre-filled " + path + " is no JSON list", e);
      }
    }
    return listed instanceof List<?> list ? list : List.of();
  }

  static String text(JsonNode validate) {
    int length =
        Math.max(
            validate.path("minLength").asInt(0),
            Math.min(40, validate.path("maxLength").asInt(4000)));
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(TEXT);
    }
    return text.substring(0, length);
  }

  private static List<Object> options(JsonNode field, Function<String, Object> variables) {
    List<Object> options = new ArrayList<>();
    if (field.has("values")) {
      field.get("values").forEach(option -> options.add(option.path("value").asText()));
    } else if (field.has("valuesKey")) {
      Object listed = variables.apply(field.get("valuesKey").asText());
      if (listed instanceof SpinJsonNode json) {
        listed = json.toString();
      }
      if (listed instanceof String text && text.strip().startsWith("[")) {
        try {
          listed = JSON.readValue(text, List.class);
        } catch (IOException e) {
          throw new IllegalStateException(
              "Options of " + field.path("key").asText() + " are no JSON list", e);
        }
      }
      if (listed instanceof List<?> list) {
        list.forEach(
            option -> options.add(option instanceof Map<?, ?> map ? map.get("value") : option));
      }
    }
    return options;
  }
}
