package se.kommunstod.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task listener ("create") that gives a task the case it belongs to in its name, so that Tasklist's
 * list of many municipalities' tasks (Brå's advisors see them all) tells them apart: {@code
 * ${taskNames.withCase(task)}} turns "Lämna polisens lägesbild" into "Lämna polisens lägesbild –
 * Linköpings kommun", and "Planera insats" of an intervention into "Planera insats:
 * Trygghetsvandringar vid torget – Linköpings kommun" (from {@code interventionTitle} and {@code
 * municipalityName}, set by the case and passed to its called processes). The model keeps its plain
 * name, which the history, the dashboard and the report use for the step. A variable that is
 * missing is left out.
 */
@Component("taskNames")
public class TaskNames {

  /** Camunda's task name column. */
  static final int MAX_LENGTH = 255;

  public void withCase(DelegateTask task) {
    String name = task.getName() == null ? "" : task.getName();
    String title = text(task.getVariable("interventionTitle"));
    String municipality = text(task.getVariable("municipalityName"));
    StringBuilder named = new StringBuilder(name);
    if (title != null && !name.contains(title)) {
      named.append(name.contains(":") ? " (" + title + ")" : ": " + title);
    }
    if (municipality != null && !name.contains(municipality)) {
      named.append(" – ").append(municipality);
    }
    task.setName(
        named.length() <= MAX_LENGTH ? named.toString() : named.substring(0, MAX_LENGTH - 1) + "…");
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
