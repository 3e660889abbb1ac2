package se.kommunstod.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import se.kommunstod.process.ElementProperties;
import se.kommunstod.process.SwedishTime;
import se.kommunstod.process.Variable;

/**
 * Typed access to what a form left in the process variables, for the record delegates: values that
 * cannot be read become an {@link InvalidInputException} naming the variable.
 */
public final class ProcessInput {

  private final VariableScope variables;
  private final BaseElement element;

  public ProcessInput(VariableScope variables, BaseElement element) {
    this.variables = variables;
    this.element = element;
  }

  /** Leaves a value for the rest of the process, e.g. the id of the record just written. */
  public void set(String name, Object value) {
    variables.setVariable(name, value);
  }

  /** The variable as the engine holds it (a Json list stays a Spin node), or null. */
  public Object raw(String name) {
    return variables.getVariable(name);
  }

  /** Leaves a value as a Json variable (lists and maps), e.g. options or rows a form shows. */
  public void setJson(String name, Object value) {
    variables.setVariable(name, SpinValues.jsonValue((SpinJsonNode) Spin.JSON(value)).create());
  }

  /** Whether the variable is visible here (set in this scope or above). */
  public boolean has(String name) {
    return variables.hasVariable(name);
  }

  /**
   * The rows of a form's dynamic list: a Json variable holding an array of objects (as Tasklist
   * sends it), or a collection of maps. Absent → empty list; anything else is refused.
   */
  public List<FormRow> rows(String name) {
    return rowsOf(name, variables.getVariable(name));
  }

  /** {@link #rows} of a variable's value, for beans the models give the value to. */
  public static List<FormRow> rowsOf(String name, Object value) {
    List<FormRow> rows = new ArrayList<>();
    if (value == null) {
      return rows;
    }
    if (value instanceof String text && text.strip().startsWith("[")) {
      value = Spin.JSON(text);
    }
    if (value instanceof SpinJsonNode json && json.isArray()) {
      int index = 0;
      for (SpinJsonNode element : json.elements()) {
        if (!element.isObject()) {
          throw new InvalidInputException(
              name,
              "'" + name + "' ska vara en lista med rader.",
              "'" + name + "' must be a list of rows.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : element.fieldNames()) {
          values.put(field, plain(element.prop(field)));
        }
        rows.add(new FormRow(name, index++, values));
      }
      return rows;
    }
    if (value instanceof Collection<?> collection) {
      int index = 0;
      for (Object element : collection) {
        if (!(element instanceof Map<?, ?> map)) {
          throw new InvalidInputException(
              name,
              "'" + name + "' ska vara en lista med rader.",
              "'" + name + "' must be a list of rows.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        rows.add(new FormRow(name, index++, values));
      }
      return rows;
    }
    throw new InvalidInputException(
        name,
        "'" + name + "' ska vara en lista med rader.",
        "'" + name + "' must be a list of rows.");
  }

  private static Object plain(SpinJsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      node.elements().forEach(item -> items.add(plain(item)));
      return items;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.boolValue();
    }
    return node.toString();
  }

  public String string(String name) {
    Object value = variables.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A text area with one entry per line; empty lines are dropped. Absent → empty list. */
  public List<String> lines(String name) {
    String text = string(name);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /**
   * A checklist (Tasklist sends a JSON array), a collection, or text with entries separated by
   * commas or lines. Absent → empty list.
   */
  public List<String> list(String name) {
    Object value = variables.getVariable(name);
    List<String> result = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> result.add(String.valueOf(item)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements()
          .forEach(item -> result.add(item.isString() ? item.stringValue() : item.toString()));
    } else if (value != null) {
      result.addAll(Arrays.asList(value.toString().split("[,\\n]")));
    }
    return result.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
  }

  /** A checkbox: true only for true or "true". */
  public boolean flag(String name) {
    Object value = variables.getVariable(name);
    return value instanceof Boolean b
        ? b
        : value != null && Boolean.parseBoolean(value.toString().strip());
  }

  public LocalDate date(String name) {
    Object value = variables.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(SwedishTime.ZONE).toLocalDate();
    }
    return parseDate(name, value.toString());
  }

  public static LocalDate parseDate(String name, String text) {
    try {
      return LocalDate.parse(
          text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name,
          "'" + name + "' ska vara ett datum ÅÅÅÅ-MM-DD.",
          "'" + name + "' must be a date YYYY-MM-DD.");
    }
  }

  public Long number(String name) {
    Object value = variables.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          name, "'" + name + "' ska vara ett heltal.", "'" + name + "' must be a whole number.");
    }
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String text = string(name);
    return text == null || text.isBlank() ? null : parseEnum(name, text, type);
  }

  public static <E extends Enum<E>> E parseEnum(String name, String text, Class<E> type) {
    E found = ModelCodes.find(type, text);
    if (found != null) {
      return found;
    }
    String allowed =
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(ModelCodes::code).toList());
    throw new InvalidInputException(
        name,
        "'" + name + "' ska vara ett av " + allowed + ".",
        "'" + name + "' must be one of " + allowed + ".");
  }

  // the same readers for a model's generated contract (se.kommunstod.process), so a renamed form
  // field breaks the build

  public String string(Variable<?> variable) {
    return string(variable.name());
  }

  public List<String> lines(Variable<String> variable) {
    return lines(variable.name());
  }

  @SuppressWarnings("rawtypes")
  public List<String> list(Variable<List> variable) {
    return list(variable.name());
  }

  public boolean flag(Variable<Boolean> variable) {
    return flag(variable.name());
  }

  public LocalDate date(Variable<?> variable) {
    return date(variable.name());
  }

  public Long number(Variable<?> variable) {
    return number(variable.name());
  }

  public <E extends Enum<E>> E enumValue(Variable<String> variable, Class<E> type) {
    return enumValue(variable.name(), type);
  }

  public void set(Variable<?> variable, Object value) {
    set(variable.name(), value);
  }

  /** A {@code camunda:property} of the model element that runs the delegate, or null. */
  public String modelProperty(String name) {
    return ElementProperties.read(element, name).orElse(null);
  }
}
