package se.kommunstod.engine.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two people completing the same task: Camunda answers the loser with a 500 — "Entity was updated
 * by another transaction concurrently", "Cannot find task" when the winner had already committed,
 * or even a NullPointerException when the winner removed the execution in between. None is a
 * server fault, and the person needs to know the task is done: all become 409 Conflict with a
 * message in Swedish and English. Every other error keeps Camunda's answer.
 */
class TaskConflicts {

  static final String MESSAGE_SV = "Uppgiften har redan slutförts eller ändrats av någon annan. "
      + "Ladda om listan med uppgifter.";
  static final String MESSAGE_EN = "The task has already been completed or changed by someone else. "
      + "Reload the task list.";

  private final HistoryService historyService;

  TaskConflicts(HistoryService historyService) {
    this.historyService = historyService;
  }

  boolean isConflict(Throwable exception, UriInfo request) {
    return causedByConcurrentChange(exception) || isTaskCompletedBefore(request);
  }

  static Response conflict() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "TaskConflict");
    body.put("message", MESSAGE_SV);
    body.put("message_en", MESSAGE_EN);
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
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
    return historyService.createHistoricTaskInstanceQuery()
        .taskId(segments.get(task + 1)).finished().count() > 0;
  }
}
