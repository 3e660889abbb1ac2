package se.kommunstod.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.process.ElementProperties;

/**
 * The limits a process manager tunes live in the models as {@code camunda:property} extension
 * elements, not in Java: this bean reads them for the models' expressions.
 *
 * <ul>
 *   <li>on a user task: {@value #DUE_IN} (due date = creation + duration) and {@value #STALL_AFTER}
 *       (idle limit; the escalation timer and the dashboard use it, default {@value
 *       #DEFAULT_STALL_AFTER});
 *   <li>on a process: its tunables, e.g. {@code meetingCycle}, {@code followUpInterval}, {@code
 *       reportDeadline}. A process variable of the same name overrides the property for that
 *       instance (so a programme round can be started with its own deadline).
 * </ul>
 *
 * Used from expressions as {@code ${modelProperties.dueDate(execution)}}.
 */
@Component("modelProperties")
public class ModelProperties {

  public static final String DUE_IN = "dueIn";
  public static final String STALL_AFTER = "stallAfter";
  public static final String DEFAULT_STALL_AFTER = "P14D";
  public static final String DEFAULT_DUE_IN = "P14D";

  /** Report deadlines are dates; a due date "on" a date means the start of that day in Sweden. */
  private static final DatatypeFactory DURATIONS = datatypeFactory();

  /** Due date of the user task being created: now plus the task's {@value #DUE_IN}. */
  public Date dueDate(DelegateExecution execution) {
    String activityId = execution.getCurrentActivityId();
    String dueIn = property(element(execution, activityId), DUE_IN).orElse(DEFAULT_DUE_IN);
    Date due = ClockUtil.getCurrentTime();
    duration(dueIn, activityId + "." + DUE_IN).addTo(due);
    return due;
  }

  /** How long the given task may stay idle before it counts as stalled and is escalated. */
  public String stallAfter(DelegateExecution execution, String activityId) {
    String value =
        property(element(execution, activityId), STALL_AFTER).orElse(DEFAULT_STALL_AFTER);
    duration(value, activityId + "." + STALL_AFTER);
    return value;
  }

  /** A tunable of the execution's process: a variable of that name, else the process property. */
  public String process(DelegateExecution execution, String name) {
    Object variable = execution.getVariable(name);
    if (variable != null && !variable.toString().isBlank()) {
      return variable.toString();
    }
    return property(process(execution.getBpmnModelInstance()), name)
        .orElseThrow(
            () ->
                new ProcessEngineException(
                    "The process model lacks the property '"
                        + name
                        + "' (camunda:property on the process)"));
  }

  /**
   * A comma-separated tunable of the process as a list, e.g. the actors who report at a meeting.
   */
  public List<String> list(DelegateExecution execution, String name) {
    return strings(process(execution, name));
  }

  /**
   * The programme's report deadline ({@code reportDeadline}, a date) minus the given lead property.
   */
  public Date deadlineMinus(DelegateExecution execution, String leadProperty) {
    String deadline = process(execution, "reportDeadline");
    GregorianCalendar due;
    try {
      due = GregorianCalendar.from(LocalDate.parse(deadline).atStartOfDay(EngineTime.SWEDEN));
    } catch (DateTimeParseException e) {
      throw new ProcessEngineException(
          "reportDeadline must be a date like 2024-06-10, was '" + deadline + "'", e);
    }
    duration(process(execution, leadProperty), leadProperty).negate().addTo(due);
    return due.getTime();
  }

  /**
   * A list of strings from what a form or a REST client sent: a list, a JSON array (Tasklist's
   * checklists arrive as JSON) or a comma-separated text. Null gives an empty list.
   */
  public List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> result.add(String.valueOf(item).trim()));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements()
          .forEach(item -> result.add(item.isString() ? item.stringValue() : item.toString()));
    } else {
      Arrays.stream(value.toString().split(",")).map(String::trim).forEach(result::add);
    }
    result.removeIf(String::isBlank);
    return result;
  }

  static Duration duration(String value, String what) {
    try {
      return DURATIONS.newDuration(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ProcessEngineException(
          what + " must be an ISO-8601 duration like P14D, was '" + value + "'", e);
    }
  }

  private static BaseElement element(DelegateExecution execution, String id) {
    BaseElement element = execution.getBpmnModelInstance().getModelElementById(id);
    if (element == null) {
      throw new ProcessEngineException("No element '" + id + "' in the process model");
    }
    return element;
  }

  private static Process process(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).iterator().next();
  }

  static Optional<String> property(BaseElement element, String name) {
    return ElementProperties.read(element, name);
  }

  private static DatatypeFactory datatypeFactory() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
