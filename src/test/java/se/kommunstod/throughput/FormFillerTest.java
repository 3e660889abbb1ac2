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
      VariableMap values;
      try (InputStream in = Files.newInputStream(file)) {
        values = FormFiller.fill(in, name -> {
          throw new AssertionError("no valuesKey expected");
        });
      }
      for (JsonNode field : fields(form)) {
        String key = field.path("key").asText(null);
        if (key == null) {
          continue;
        }
        if (field.path("readonly").asBoolean(false)) {
          assertThat(values).as(file + ": read-only " + key).doesNotContainKey(key);
          continue;
        }
        JsonNode validate = field.path("validate");
        Object value = values.get(key);
        boolean text = List.of("textfield", "textarea").contains(field.path("type").asText());
        if (text && !validate.path("required").asBoolean(false)) {
          assertThat(values).as(file + ": optional text " + key).doesNotContainKey(key);
          continue;
        }
        assertThat(value).as(file + ": " + key).isNotNull();
        switch (field.path("type").asText()) {
          case "textfield", "textarea" -> assertThat(((String) value).length()).as(file + ": " + key)
              .isBetween(validate.path("minLength").asInt(0), validate.path("maxLength").asInt(Integer.MAX_VALUE))
              .isPositive();
          case "number" -> assertThat((Long) value).as(file + ": " + key)
              .isBetween(validate.path("min").asLong(Long.MIN_VALUE), validate.path("max").asLong(Long.MAX_VALUE));
          case "select", "radio" -> assertThat(options(field)).as(file + ": " + key).contains((String) value);
          case "checklist" -> {
            List<String> chosen = JSON.readerForListOf(String.class)
                .readValue(String.valueOf(value));
            assertThat(chosen).as(file + ": " + key).isNotEmpty().isSubsetOf(options(field));
          }
          case "checkbox" -> assertThat(value).isEqualTo(true);
          default -> {
          }
        }
      }
    }
  }

  @Test
  void optionsNamedByValuesKeyComeFromTheTaskLengthsStayWithinTheirLimitsAndOptionalTextStaysEmpty() throws IOException {
    String form = """
        {"components": [
          {"type": "group", "components": [
            {"key": "colour", "type": "select", "valuesKey": "colours", "validate": {"required": true}}]},
          {"key": "code", "type": "textfield", "validate": {"required": true, "minLength": 3, "maxLength": 5}},
          {"key": "note", "type": "textarea", "validate": {"maxLength": 100}},
          {"key": "shown", "type": "textfield", "readonly": true},
          {"key": "when", "type": "datetime", "subtype": "date"},
          {"type": "text", "text": "Ingen inmatning"}]}
        """;
    VariableMap values = FormFiller.fill(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)),
        name -> "colours".equals(name) ? List.of(Map.of("label", "Röd", "value", "red"), Map.of("label", "Blå", "value", "blue")) : null);
    assertThat(values).containsEntry("colour", "red").containsEntry("when", "2026-01-15").doesNotContainKey("shown")
        .doesNotContainKey("note").hasSize(3);
    assertThat((String) values.get("code")).hasSize(5);
  }

  private static List<String> options(JsonNode field) {
    List<String> options = new ArrayList<>();
    field.path("values").forEach(option -> options.add(option.path("value").asText()));
    return options;
  }

  private static List<JsonNode> fields(JsonNode container) {
    List<JsonNode> fields = new ArrayList<>();
    for (JsonNode component : container.path("components")) {
      fields.add(component);
      // a dynamic list's rows are the task's (pre-filled) or the person's: the filler leaves them alone
      if (!"dynamiclist".equals(component.path("type").asText())) {
        fields.addAll(fields(component));
      }
    }
    return fields;
  }
}
