package se.kommunstod.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import se.kommunstod.process.ElementProperties;
import se.kommunstod.process.ProcessContracts;
import se.kommunstod.process.SwedishTime;
import se.kommunstod.process.Variable;

/**
 * Typed access to what a form left in the process variables, for the listeners the models call:
 * values that cannot be read become an {@link InvalidInputException} naming the variable. It reads
 * only {@link Variable}s, and a task's listener only its own task's: the variables its form submits
 * ({@code *Process.<Task>.SUBMITS}), the ones its model names, and the ones a feature declares as
 * left by its own code or as keys of earlier form versions. Reading another task's variable, or a
 * name no contract has, fails loudly ({@link IllegalStateException}): one method serves several
 * tasks (e.g. every organisation's situation picture), so which form applies is known only when the
 * task runs, and the tests that complete every task of the models on PostgreSQL catch it. A task or
 * process the current models do not have (a case on an older version) is read unchecked.
 */
public final class ProcessInput {

  private final VariableScope variables;
  private final BaseElement element;
  private final String reader;
  private final Set<String> readable;

  private ProcessInput(
      VariableScope variables, BaseElement element, String reader, Set<String> readable) {
    this.variables = variables;
    this.element = element;
    this.reader = reader;
    this.readable = readable;
  }

  /**
   * What a task's listener may read: its form's variables and those its model names. A task the
   * current models do not have (a case still on an older version whose task was renamed or removed)
   * is read unchecked, so that its case can still complete it; the contract describes the current
   * models only.
   */
  public static ProcessInput of(DelegateTask task) {
    String processKey =
        processKey(task.getBpmnModelElementInstance(), task.getProcessDefinitionId());
    String taskKey = task.getTaskDefinitionKey();
    Optional<ProcessContracts.Contract> contract = ProcessContracts.of(processKey);
    List<Variable<?>> form = contract.map(c -> c.forms().get(taskKey)).orElse(null);
    Set<String> readable = null;
    if (form != null) {
      readable = new HashSet<>();
      for (Variable<?> variable : form) {
        readable.add(variable.name());
      }
      for (Variable<?> variable : contract.get().modelVariables()) {
        readable.add(variable.name());
      }
    }
    return new ProcessInput(
        task, task.getBpmnModelElementInstance(), processKey + "." + taskKey, readable);
  }

  /**
   * What a step that is not a user task may read (a service task, an execution listener): what the
   * model names and what any of its forms submits.
   */
  public static ProcessInput of(DelegateExecution execution) {
    String processKey =
        processKey(execution.getBpmnModelElementInstance(), execution.getProcessDefinitionId());
    Set<String> readable =
        ProcessContracts.of(processKey)
            .map(
                contract -> {
                  Set<String> names = new HashSet<>();
                  contract.forms().values().forEach(form -> form.forEach(v -> names.add(v.name())));
                  contract.modelVariables().forEach(v -> names.add(v.name()));
                  return names;
                })
            .orElse(null);
    return new ProcessInput(
        execution,
        execution.getBpmnModelElementInstance(),
        processKey + "." + execution.getCurrentActivityId(),
        readable);
  }

  private static String processKey(ModelElementInstance element, String processDefinitionId) {
    for (ModelElementInstance at = element; at != null; at = at.getParentElement()) {
      if (at instanceof Process process) {
        return process.getId();
      }
    }
    return processDefinitionId.split(":", 2)[0];
  }

  /** The name of a variable this reader may read; any other fails loudly. */
  private String name(Variable<?> variable) {
    if (readable != null
        && variable.origin() == Variable.Origin.CONTRACT
        && !readable.contains(variable.name())) {
      throw new IllegalStateException(
          "The listener of "
              + reader
              + " reads '"
              + variable.name()
              + "', which is not a key of that task's form nor a variable its model names");
    }
    return variable.name();
  }

  /**
   * Leaves a value for the rest of the process, e.g. the id of the record just written. A value
   * equal to the one already visible is not written again: the engine would store it anew and, at
   * history level full, add a history row that says nothing new (e.g. the areas each of the three
   * situation pictures leaves).
   */
  public void set(String name, Object value) {
    if (!unchanged(name, Variables.untypedValue(value))) {
      variables.setVariable(name, value);
    }
  }

  public void set(Variable<?> variable, Object value) {
    set(variable.name(), value);
  }

  /** Leaves a value as a Json variable (lists and maps), e.g. options or rows a form shows. */
  public void setJson(String name, Object value) {
    JsonValue json = SpinValues.jsonValue((SpinJsonNode) Spin.JSON(value)).create();
    if (!unchanged(name, json)) {
      variables.setVariable(name, json);
    }
  }

  /** Whether the visible variable already holds this value, of the same type. */
  private boolean unchanged(String name, TypedValue value) {
    if (!variables.hasVariable(name)) {
      return false;
    }
    TypedValue current = variables.getVariableTyped(name);
    if (current == null || current.getType() != value.getType() && value.getType() != null) {
      return false;
    }
    if (current instanceof JsonValue currentJson && value instanceof JsonValue newJson) {
      return currentJson.getValue() != null
          && newJson.getValue() != null
          && currentJson.getValue().toString().equals(newJson.getValue().toString());
    }
    return current.getValue() != null && current.getValue().equals(value.getValue());
  }

  /** Whether the variable is visible here (set in this scope or above). */
  public boolean has(Variable<?> variable) {
    return variables.hasVariable(name(variable));
  }

  /** The variable as the engine holds it (a Json list stays a Spin node), or null. */
  public Object raw(Variable<?> variable) {
    return variables.getVariable(name(variable));
  }

  private Object value(Variable<?> variable) {
    return raw(variable);
  }

  /**
   * The rows of a form's dynamic list: a Json variable holding an array of objects (as Tasklist
   * sends it), or a collection of maps. Absent → empty list; anything else is refused.
   */
  @SuppressWarnings("rawtypes")
  public List<FormRow> rows(Variable<List> variable) {
    return rowsOf(variable.name(), value(variable));
  }

  /** {@link #rows} of a variable's value, for beans the models give the value to. */
  public static List<FormRow> rowsOf(String name, Object value) {
    List<FormRow> rows = new ArrayList<>();
    if (value == null) {
      return rows;
    }
    if (value instanceof String text) {
      if (text.isBlank()) {
        return rows;
      }
      if (text.strip().startsWith("[")) {
        value = Spin.JSON(text);
      }
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

  public String string(Variable<?> variable) {
    Object value = value(variable);
    return value == null ? null : value.toString();
  }

  /** A text area with one entry per line; empty lines are dropped. Absent → empty list. */
  public List<String> lines(Variable<String> variable) {
    String text = string(variable);
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
  @SuppressWarnings("rawtypes")
  public List<String> list(Variable<List> variable) {
    Object value = value(variable);
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
  public boolean flag(Variable<Boolean> variable) {
    Object value = value(variable);
    return value instanceof Boolean b
        ? b
        : value != null && Boolean.parseBoolean(value.toString().strip());
  }

  public LocalDate date(Variable<?> variable) {
    Object value = value(variable);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(SwedishTime.ZONE).toLocalDate();
    }
    return parseDate(variable.name(), value.toString());
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

  public Long number(Variable<?> variable) {
    Object value = value(variable);
    String name = variable.name();
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

  public <E extends Enum<E>> E enumValue(Variable<?> variable, Class<E> type) {
    String text = string(variable);
    return text == null || text.isBlank() ? null : parseEnum(variable.name(), text, type);
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

  /** A {@code camunda:property} of the model element that runs the delegate, or null. */
  public String modelProperty(String name) {
    return ElementProperties.read(element, name).orElse(null);
  }
}
