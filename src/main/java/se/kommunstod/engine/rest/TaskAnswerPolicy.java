package se.kommunstod.engine.rest;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * One answer policy for a failed claim, save or completion of a task, on both JAX-RS doors that
 * change tasks: the engine REST API ({@code /engine-rest}, {@link EngineRestCustomization}) and
 * Tasklist's own engine API ({@code /camunda/api/engine}, {@link WebappEngineApi}).
 *
 * <p>Why a policy rather than one mapping per exception: when two people complete one task, what
 * the engine throws at the second depends on the instant the first one's commit lands — an
 * optimistic-locking failure, "cannot find task", an {@link AuthorizationException} because the
 * task's authorizations went with it, or a NullPointerException on its removed execution. None of
 * these is the person's fault or a server fault, and the person needs one answer: the task is done.
 * So the policy looks at the task as it is now, seen with the caller's own authorizations:
 *
 * <ol>
 *   <li>input refused by a record listener or the personal data guard: 400, the refusal's message;
 *   <li>the task still runs and the caller sees it: a concurrent change is 409 {@link
 *       TaskAnswer#ENDED_MEANWHILE}, a claim by someone else 409 {@link
 *       TaskAnswer#CLAIMED_BY_SOMEONE_ELSE}, a missing permission 403 {@link
 *       TaskAnswer#NOT_PERMITTED}; anything else keeps Camunda's answer;
 *   <li>the task has ended and the caller may read its history: 409 {@link
 *       TaskAnswer#ENDED_MEANWHILE}, whatever the engine threw;
 *   <li>otherwise — never existed, or another municipality's or role's task, running or ended — 404
 *       {@link TaskAnswer#NOT_FOUND}, the same answer whichever it is, so nothing is revealed.
 * </ol>
 *
 * Requests that do not act on one task keep Camunda's answers.
 */
class TaskAnswerPolicy {

  /** What a person does with a task through {@code task/{id}/<action>}. */
  static final Set<String> TASK_ACTIONS =
      Set.of(
          "complete",
          "submit-form",
          "claim",
          "unclaim",
          "assignee",
          "delegate",
          "resolve",
          "variables",
          "localVariables");

  private final Supplier<TaskService> taskService;
  private final Supplier<HistoryService> historyService;

  TaskAnswerPolicy(Supplier<TaskService> taskService, Supplier<HistoryService> historyService) {
    this.taskService = taskService;
    this.historyService = historyService;
  }

  /** The policy's answer, or empty where Camunda's own answer stands. */
  Optional<Response> answer(Throwable exception, UriInfo request) {
    Optional<String> taskId = actedOnTask(request);
    if (taskId.isEmpty()) {
      return Optional.empty();
    }
    FormFieldValidationException refusal = cause(exception, FormFieldValidationException.class);
    if (refusal != null) {
      return Optional.of(TaskAnswer.refused(refusal.getMessage()));
    }
    return Optional.ofNullable(answerFor(exception, taskId.get())).map(TaskAnswer::response);
  }

  private TaskAnswer answerFor(Throwable exception, String taskId) {
    // Both queries run as the caller: authorization and tenant checks apply.
    if (taskService.get().createTaskQuery().taskId(taskId).count() > 0) {
      if (cause(exception, OptimisticLockingException.class) != null) {
        return TaskAnswer.ENDED_MEANWHILE;
      }
      if (cause(exception, TaskAlreadyClaimedException.class) != null) {
        return TaskAnswer.CLAIMED_BY_SOMEONE_ELSE;
      }
      if (cause(exception, AuthorizationException.class) != null) {
        return TaskAnswer.NOT_PERMITTED;
      }
      return null;
    }
    if (historyService.get().createHistoricTaskInstanceQuery().taskId(taskId).finished().count()
        > 0) {
      return TaskAnswer.ENDED_MEANWHILE;
    }
    return TaskAnswer.NOT_FOUND;
  }

  /** The task id of {@code …/task/{id}/<action>[/…]}, for the actions in {@link #TASK_ACTIONS}. */
  static Optional<String> actedOnTask(UriInfo request) {
    if (request == null) {
      return Optional.empty();
    }
    List<String> segments = request.getPathSegments().stream().map(PathSegment::getPath).toList();
    int task = segments.indexOf("task");
    if (task < 0 || task + 2 >= segments.size() || !TASK_ACTIONS.contains(segments.get(task + 2))) {
      return Optional.empty();
    }
    return Optional.of(segments.get(task + 1));
  }

  private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
