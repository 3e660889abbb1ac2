package se.kommunstod.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One row of a form's dynamic list as Tasklist submits it (a JSON object in a Json variable), or as
 * a Java caller gives it (a map), with typed access for the listeners ({@link ProcessInput#rows}).
 * A value that cannot be read becomes an {@link InvalidInputException} naming the row and the field
 * by its form key.
 */
public final class FormRow {

  private final String list;
  private final int index;
  private final Map<String, Object> values;

  FormRow(String list, int index, Map<String, Object> values) {
    this.list = list;
    this.index = index;
    this.values = values;
  }

  /** 1 for the first row. */
  public int number() {
    return index + 1;
  }

  public boolean isBlank() {
    return values.values().stream()
        .allMatch(
            v ->
                v == null || v.toString().isBlank() || v instanceof Collection<?> c && c.isEmpty());
  }

  /** A text field, stripped; null when empty. */
  public String string(String key) {
    Object value = values.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** A checklist (a JSON array) or text with one entry per line; absent → empty. */
  public List<String> strings(String key) {
    Object value = values.get(key);
    List<String> result = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> result.add(String.valueOf(item)));
    } else if (value != null) {
      result.addAll(Arrays.asList(value.toString().split("\\R")));
    }
    return result.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
  }

  public Long number(String key) {
    String text = string(key);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.strip()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw invalid(key, "ska vara ett heltal", "must be a whole number");
    }
  }

  public BigDecimal decimal(String key) {
    String text = string(key);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw invalid(key, "ska vara ett tal", "must be a number");
    }
  }

  public LocalDate date(String key) {
    String text = string(key);
    return text == null ? null : ProcessInput.parseDate(key, text);
  }

  public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    String text = string(key);
    return text == null ? null : parse(key, text, type);
  }

  public <E extends Enum<E>> List<E> enumValues(String key, Class<E> type) {
    return strings(key).stream().map(code -> parse(key, code, type)).toList();
  }

  private <E extends Enum<E>> E parse(String key, String text, Class<E> type) {
    E found = ModelCodes.find(type, text);
    if (found != null) {
      return found;
    }
    String allowed =
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(ModelCodes::code).toList());
    throw invalid(key, "ska vara ett av " + allowed, "must be one of " + allowed);
  }

  /** A refusal about a field of this row: "Rad 2 i 'list': 'key' …". */
  public InvalidInputException invalid(String key, String sv, String en) {
    return new InvalidInputException(
        list,
        "Rad " + number() + " i '" + list + "': '" + key + "' " + sv + ".",
        "Row " + number() + " of '" + list + "': '" + key + "' " + en + ".");
  }
}
