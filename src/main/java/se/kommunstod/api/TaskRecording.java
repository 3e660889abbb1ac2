package se.kommunstod.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * For the thin task-listener beans the models call on "complete" (e.g. {@code
 * ${situationPictureTasks.record(task, 'police')}}): runs a recording step with the task's process
 * business key and typed access to what the form entered, in the transaction that completes the
 * task. Invalid input fails the completion with the Swedish/English message and nothing of it is
 * stored, neither record nor variable: the refusal becomes a {@link FormFieldValidationException},
 * which the engine REST API answers with 400.
 */
public final class TaskRecording {

  private TaskRecording() {}

  public static void record(DelegateTask task, BiConsumer<String, ProcessInput> recording) {
    refusingInvalidInput(
        () -> recording.accept(task.getExecution().getProcessBusinessKey(), ProcessInput.of(task)));
  }

  /**
   * Who completes the task: the authenticated user, else its assignee; null for the engine itself.
   */
  public static String userId(DelegateTask task) {
    org.camunda.bpm.engine.impl.identity.Authentication user =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
  }

  /**
   * Runs a step of a task listener or delegate; invalid input becomes a {@link
   * FormFieldValidationException} with the Swedish and English message, which fails the task's
   * completion (and with it the whole transaction).
   */
  public static void refusingInvalidInput(Runnable recording) {
    try {
      recording.run();
    } catch (ConstraintViolationException e) {
      List<FieldError> errors =
          e.getConstraintViolations().stream().map(TaskRecording::error).toList();
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
        ConstraintMessages.fieldName(violation.getPropertyPath()),
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
