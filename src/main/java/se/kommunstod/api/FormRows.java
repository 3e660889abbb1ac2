package se.kommunstod.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a form's dynamic list (Camunda Forms {@code dynamiclist}): Tasklist submits them as a
 * Json variable, an array of objects keyed by the list's field keys. Also reads what this app set
 * as the list's pre-filled value, and a Java list of maps (Java API callers).
 */
public final class FormRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormRows() {}

  /** The list's rows in order; absent or empty → no rows. */
  public static List<Map<String, Object>> of(ProcessInput input, String name) {
    Object raw = input.raw(name);
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof Collection<?> collection) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object row : collection) {
        if (!(row instanceof Map<?, ?> map)) {
          throw notRows(name);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        rows.add(copy);
      }
      return rows;
    }
    String text = raw.toString().strip();
    if (text.isEmpty()) {
      return List.of();
    }
    try {
      return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {});
    } catch (JsonProcessingException e) {
      throw notRows(name);
    }
  }

  /** A row's text field, stripped; null when empty. */
  public static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** JSON text of rows, as a form's pre-filled dynamic list. */
  public static String json(List<Map<String, Object>> rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InvalidInputException notRows(String name) {
    return new InvalidInputException(
        name,
        "'" + name + "' ska vara en lista med rader från formuläret.",
        "'" + name + "' must be a list of the form's rows.");
  }
}
