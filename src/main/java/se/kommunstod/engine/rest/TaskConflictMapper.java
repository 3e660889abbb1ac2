package se.kommunstod.engine.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Two people completing the same task: Camunda answers the loser with a 500 ("Entity was updated
 * by another transaction concurrently", or "Cannot find task" when the winner had already
 * committed). Neither is a server fault, and the person needs to know the task is done: both become
 * 409 Conflict with a message in Swedish and English.
 * <p>
 * A completion refused by a record listener on the task (a {@link FormFieldValidationException}
 * from a task listener, which Camunda wraps and answers with 500) is the person's input, not a
 * server fault: 400 with the refusal's Swedish/English message, as for a refusal in a service task.
 * Every other error keeps Camunda's answer.
 */
@Priority(1) // before Camunda's own mapper for the same exception type
class TaskConflictMapper implements ExceptionMapper<RestException> {

  static final String MESSAGE_SV = "Uppgiften har redan slutförts eller ändrats av någon annan. "
      + "Ladda om listan med uppgifter.";
  static final String MESSAGE_EN = "The task has already been completed or changed by someone else. "
      + "Reload the task list.";

  private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
  private final HistoryService historyService;

  @Context
  private UriInfo uriInfo;

  TaskConflictMapper(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public Response toResponse(RestException exception) {
    if (causedByConcurrentChange(exception) || isTaskCompletedBefore(exception)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "TaskConflict");
      body.put("message", MESSAGE_SV);
      body.put("message_en", MESSAGE_EN);
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    FormFieldValidationException refusal = refusal(exception);
    if (refusal != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", FormFieldValidationException.class.getSimpleName());
      body.put("message", refusal.getMessage());
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    return camundaDefault.toResponse(exception);
  }

  private static FormFieldValidationException refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  private static boolean causedByConcurrentChange(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  /** A completion of a task that no longer runs but has ended in history: someone else was first. */
  private boolean isTaskCompletedBefore(RestException exception) {
    if (!(exception.getCause() instanceof ProcessEngineException) || uriInfo == null) {
      return false;
    }
    List<String> segments = uriInfo.getPathSegments().stream().map(s -> s.getPath()).toList();
    int task = segments.indexOf("task");
    if (task < 0 || task + 2 >= segments.size()
        || !List.of("complete", "submit-form").contains(segments.get(task + 2))) {
      return false;
    }
    return historyService.createHistoricTaskInstanceQuery()
        .taskId(segments.get(task + 1)).finished().count() > 0;
  }
}
