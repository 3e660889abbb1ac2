package se.kommunstod.engine.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Kommunstöd's own answers where Camunda's engine REST would say 500 for what is not a server fault.
 *
 * <p>A completion refused by a record listener on the task (a {@link FormFieldValidationException},
 * which Camunda wraps when a task listener throws it) is the person's input: 400 with the refusal's
 * Swedish/English message.
 *
 * <p>Two people completing the same task: Camunda answers the loser with a 500 — "Entity was updated
 * by another transaction concurrently", "Cannot find task" when the winner had already committed,
 * or even a NullPointerException when the winner removed the execution in between. None is a
 * server fault, and the person needs to know the task is done: all become 409 Conflict with a
 * message in Swedish and English. Every other error keeps Camunda's answer.
 *
 * <p>Used by both JAX-RS applications that complete tasks: the engine REST API ({@code /engine-rest},
 * {@link EngineRestCustomization}) and Tasklist's own engine API ({@code /camunda/api/engine},
 * {@link WebappEngineApi}). Whether a task has ended is asked as the person asking (their
 * authorizations apply), so nobody learns about a task they could not see.
 */
class TaskCompletionAnswers {

  static final String MESSAGE_SV = "Uppgiften har redan slutförts eller ändrats av någon annan. "
      + "Ladda om listan med uppgifter.";
  static final String MESSAGE_EN = "The task has already been completed or changed by someone else. "
      + "Reload the task list.";

  private final Supplier<HistoryService> historyService;

  TaskCompletionAnswers(Supplier<HistoryService> historyService) {
    this.historyService = historyService;
  }

  /** Our answer, or null where Camunda's own answer stands. */
  Response answer(Throwable exception, UriInfo request) {
    if (causedByConcurrentChange(exception) || isTaskCompletedBefore(request)) {
      return conflict();
    }
    FormFieldValidationException refusal = cause(exception, FormFieldValidationException.class);
    if (refusal != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", FormFieldValidationException.class.getSimpleName());
      body.put("message", refusal.getMessage());
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    return null;
  }

  private static Response conflict() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "TaskConflict");
    body.put("message", MESSAGE_SV);
    body.put("message_en", MESSAGE_EN);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static boolean causedByConcurrentChange(Throwable exception) {
    return cause(exception, OptimisticLockingException.class) != null;
  }

  private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** A completion of a task that no longer runs but has ended in history: someone else was first. */
  private boolean isTaskCompletedBefore(UriInfo request) {
    if (request == null) {
      return false;
    }
    List<String> segments = request.getPathSegments().stream().map(s -> s.getPath()).toList();
    int task = segments.indexOf("task");
    if (task < 0 || task + 2 >= segments.size()
        || !List.of("complete", "submit-form").contains(segments.get(task + 2))) {
      return false;
    }
    return historyService.get().createHistoricTaskInstanceQuery()
        .taskId(segments.get(task + 1)).finished().count() > 0;
  }
}
