package se.kommunstod.throughput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Fills a deployed Camunda Form (form-js JSON) with valid values, the way a person would in
 * Tasklist, without knowing the form: every editable field gets a value that passes its
 * validation (required, min/max length, min/max, the form's own options). So the benchmark keeps
 * driving the lifecycle when forms change.
 *
 * <p>Choices where the form leaves them open: a checkbox is ticked (so an intervention finishes at
 * its first follow-up), a select or radio takes its first option, a checklist its first option
 * only (one focus area = one intervention per case), a number its minimum (or 1).
 */
public final class FormFiller {

  static final String TEXT = "Benchmark: ifyllt av genomströmningsmätningen, inga personuppgifter. ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFiller() {
  }

  /**
   * @param form the deployed form's JSON
   * @param variables reads a task variable, for options given by {@code valuesKey}
   */
  public static VariableMap fill(InputStream form, Function<String, Object> variables) throws IOException {
    VariableMap values = Variables.createVariables();
    for (JsonNode field : fields(JSON.readTree(form))) {
      String key = field.path("key").asText(null);
      if (key == null || field.path("readonly").asBoolean(false) || field.path("disabled").asBoolean(false)) {
        continue;
      }
      JsonNode validate = field.path("validate");
      switch (field.path("type").asText()) {
        // Optional free text stays empty, as people often leave it: a generic filler cannot know
        // its format (e.g. action items "roll; ÅÅÅÅ-MM-DD; vad", which the record listener checks).
        case "textfield", "textarea" -> {
          if (validate.path("required").asBoolean(false)) {
            values.putValue(key, text(validate));
          }
        }
        case "number" -> values.putValue(key, validate.has("min") ? validate.get("min").asLong() : 1L);
        case "checkbox" -> values.putValue(key, true);
        case "select", "radio" -> values.putValue(key, options(field, variables).get(0));
        case "checklist", "taglist" -> values.putValueTyped(key,
            SpinValues.jsonValue(JSON.writeValueAsString(List.of(options(field, variables).get(0)))).create());
        case "datetime" -> values.putValue(key, switch (field.path("subtype").asText("date")) {
          case "time" -> "10:00";
          case "datetime" -> "2026-01-15T10:00";
          default -> "2026-01-15";
        });
        default -> {
          // text, image, spacer, button …: nothing to enter
        }
      }
    }
    return values;
  }

  static String text(JsonNode validate) {
    int length = Math.max(validate.path("minLength").asInt(0), Math.min(40, validate.path("maxLength").asInt(4000)));
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
      if (listed instanceof List<?> list) {
        list.forEach(option -> options.add(option instanceof Map<?, ?> map ? map.get("value") : option));
      }
    }
    if (options.isEmpty()) {
      throw new IllegalStateException("No options for field " + field.path("key").asText());
    }
    return options;
  }

  private static List<JsonNode> fields(JsonNode container) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      fields.add(component);
      // a dynamic list's fields belong to its rows: a generic filler leaves the list as the task gave it
      if (!"dynamiclist".equals(component.path("type").asText())) {
        fields.addAll(fields(component));
      }
    }
    return fields;
  }
}
