package se.kommunstod.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Base of the thin delegates that write what a form entered into the records. Usable as a service
 * task ({@code camunda:delegateExpression}) or as a task listener on "complete": either way it runs
 * in the transaction that completes the task, so a refused input fails the completion and nothing
 * of it is stored, neither record nor variable. Refusals become a {@link
 * FormFieldValidationException}, which the engine REST API answers with 400 and the Swedish/English
 * message.
 */
public abstract class RecordingDelegate implements JavaDelegate, TaskListener {

  /** Writes the record for the process instance with this business key. */
  protected abstract void record(String businessKey, ProcessInput input);

  @Override
  public void execute(DelegateExecution execution) {
    run(
        execution.getProcessBusinessKey(),
        new ProcessInput(execution, execution.getBpmnModelElementInstance()));
  }

  @Override
  public void notify(DelegateTask task) {
    run(
        task.getExecution().getProcessBusinessKey(),
        new ProcessInput(task, task.getBpmnModelElementInstance()));
  }

  private void run(String businessKey, ProcessInput input) {
    refusingInvalidInput(() -> record(businessKey, input));
  }

  /**
   * Runs a recording step of a task listener or delegate; invalid input becomes a {@link
   * FormFieldValidationException} with the Swedish and English message, which fails the task's
   * completion (and with it the whole transaction).
   */
  public static void refusingInvalidInput(Runnable recording) {
    try {
      recording.run();
    } catch (ConstraintViolationException e) {
      List<FieldError> errors =
          e.getConstraintViolations().stream().map(RecordingDelegate::error).toList();
      throw refusal(errors);
    } catch (InvalidInputException e) {
      throw refusal(List.of(new FieldError(e.field(), "Invalid", e.messageSv(), e.getMessage())));
    } catch (RecordNotFoundException e) {
      throw refusal(
          List.of(new FieldError("id", "NotFound", e.messageSv() + ".", e.getMessage() + ".")));
    }
  }

  private static FieldError error(ConstraintViolation<?> violation) {
    return ConstraintMessages.of(
        ApiProblems.fieldName(violation.getPropertyPath()),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getConstraintDescriptor().getAttributes(),
        violation.getMessage());
  }

  private static FormFieldValidationException refusal(List<FieldError> errors) {
    String sv = errors.stream().map(FieldError::message).collect(Collectors.joining(" "));
    String en = errors.stream().map(FieldError::messageEn).collect(Collectors.joining(" "));
    return new FormFieldValidationException(
        errors.get(0).field(),
        "Uppgifterna är felaktiga, inget har sparats. "
            + sv
            + " / The input is invalid, nothing was saved. "
            + en);
  }
}
