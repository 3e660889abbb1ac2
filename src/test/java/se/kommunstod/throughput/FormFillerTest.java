package se.kommunstod.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

/** The benchmark's form filler gives every real form (forms/) values its validation accepts. */
class FormFillerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyEditableFieldOfEveryFormGetsAValueItsValidationAccepts() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).isNotEmpty();
    for (Path file : forms) {
      JsonNode form = JSON.readTree(file.toFile());
      VariableMap filled;
      try (InputStream in = Files.newInputStream(file)) {
        // options named by valuesKey (areas, observations, prioritised problems, causes) come from
        // the task
        // (a dynamic list's own path is not given: the task has not pre-filled it, so it gets one
        // row)
        List<String> valuesKeys = form.findValuesAsText("valuesKey");
        filled =
            FormFiller.fill(
                in,
                name ->
                    valuesKeys.contains(name)
                        ? List.of(Map.of("label", "Från uppgiften", "value", "17"))
                        : null);
      }
      Map<String, Object> values = new java.util.LinkedHashMap<>();
      for (String key : filled.keySet()) {
        Object typed = filled.getValueTyped(key);
        values.put(
            key,
            typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue json
                ? JSON.readValue(json.getValueSerialized(), Object.class)
                : filled.get(key));
      }
      check(file.toString(), form, values);
    }
  }

  /**
   * A container's (the form's, a group's, a dynamic list row's) fields against the values filled
   * in.
   */
  @SuppressWarnings("unchecked")
  private static void check(String where, JsonNode container, Map<String, Object> values) {
    for (JsonNode field : container.path("components")) {
      String type = field.path("type").asText();
      if ("dynamiclist".equals(type)) {
        Object rows = values.get(field.path("path").asText());
        assertThat(rows)
            .as(where + ": one row of " + field.path("path").asText())
            .isInstanceOf(List.class);
        assertThat((List<Object>) rows).hasSize(1);
        check(
            where + " " + field.path("path").asText() + "[0]",
            field,
            (Map<String, Object>) ((List<Object>) rows).get(0));
        continue;
      }
      if (field.has("components")) {
        check(where, field, values);
        continue;
      }
      String key = field.path("key").asText(null);
      if (key == null) {
        continue;
      }
      if (field.path("readonly").asBoolean(false)) {
        assertThat(values).as(where + ": read-only " + key).doesNotContainKey(key);
        continue;
      }
      JsonNode validate = field.path("validate");
      boolean required = validate.path("required").asBoolean(false);
      Object value = values.get(key);
      boolean text = List.of("textfield", "textarea").contains(type);
      if (text && !required) {
        assertThat(values).as(where + ": optional text " + key).doesNotContainKey(key);
        continue;
      }
      if (field.has("valuesExpression") && !required) {
        assertThat(values).as(where + ": options the form computes " + key).doesNotContainKey(key);
        continue;
      }
      assertThat(value).as(where + ": " + key).isNotNull();
      switch (type) {
        case "textfield", "textarea" ->
            assertThat(((String) value).length())
                .as(where + ": " + key)
                .isBetween(
                    validate.path("minLength").asInt(0),
                    validate.path("maxLength").asInt(Integer.MAX_VALUE))
                .isPositive();
        case "number" ->
            assertThat(((Number) value).longValue())
                .as(where + ": " + key)
                .isBetween(
                    validate.path("min").asLong(Long.MIN_VALUE),
                    validate.path("max").asLong(Long.MAX_VALUE));
        case "select", "radio" ->
            assertThat(options(field)).as(where + ": " + key).contains((String) value);
        case "checklist" ->
            assertThat((List<String>) value)
                .as(where + ": " + key)
                .isNotEmpty()
                .isSubsetOf(options(field));
        case "checkbox" -> assertThat(value).isEqualTo(true);
        default -> {}
      }
    }
  }

  @Test
  void optionsNamedByValuesKeyComeFromTheTaskLengthsStayWithinTheirLimitsAndOptionalTextStaysEmpty()
      throws IOException {
    String form =
        """
        {"components": [
          {"type": "group", "components": [
            {"key": "colour", "type": "select", "valuesKey": "colours", "validate": {"required": true}}]},
          {"key": "code", "type": "textfield", "validate": {"required": true, "minLength": 3, "maxLength": 5}},
          {"key": "note", "type": "textarea", "validate": {"maxLength": 100}},
          {"key": "shown", "type": "textfield", "readonly": true},
          {"key": "when", "type": "datetime", "subtype": "date"},
          {"type": "text", "text": "Ingen inmatning"}]}
        """;
    VariableMap values =
        FormFiller.fill(
            new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)),
            name ->
                "colours".equals(name)
                    ? List.of(
                        Map.of("label", "Röd", "value", "red"),
                        Map.of("label", "Blå", "value", "blue"))
                    : null);
    assertThat(values)
        .containsEntry("colour", "red")
        .containsEntry("when", "2026-01-15")
        .doesNotContainKey("shown")
        .doesNotContainKey("note")
        .hasSize(3);
    assertThat((String) values.get("code")).hasSize(5);
  }

  @Test
  void aPrefilledListStaysTheTasksUnlessItsRowsAreToBeCompletedThenEachRowKeepsWhatItHas()
      throws IOException {
    String form =
        """
        {"components": [
          {"type": "dynamiclist", "path": "indicatorValues", "components": [
            {"key": "indicatorId", "type": "select", "valuesKey": "indicatorOptions"},
            {"key": "measuredOn", "type": "datetime", "subtype": "date"},
            {"key": "value", "type": "number"},
            {"key": "comment", "type": "textfield"}]}]}
        """;
    java.util.function.Function<String, Object> task =
        name ->
            switch (name) {
              case "indicatorValues" ->
                  org.camunda.spin.Spin.JSON(
                      "[{\"indicatorId\": \"7\"}, {\"indicatorId\": \"8\", \"value\": 3}]");
              case "indicatorOptions" -> List.of(Map.of("label", "Rån", "value", "7"));
              default -> null;
            };
    assertThat(
            FormFiller.fill(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)), task))
        .isEmpty();

    VariableMap completed =
        FormFiller.fill(
            new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)), task, true);
    org.camunda.bpm.engine.variable.value.SerializableValue rows =
        completed.getValueTyped("indicatorValues");
    assertThat(JSON.readValue(rows.getValueSerialized(), List.class))
        .containsExactly(
            Map.of("indicatorId", "7", "measuredOn", "2026-01-15", "value", 1),
            Map.of("indicatorId", "8", "measuredOn", "2026-01-15", "value", 3));
  }

  private static List<String> options(JsonNode field) {
    List<String> options = new ArrayList<>();
    field.path("values").forEach(option -> options.add(option.path("value").asText()));
    if (field.has("valuesKey")) {
      options.add("17");
    }
    return options;
  }
}
