package se.kommunstod.engine.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers a person gets when claiming, saving or completing a task fails, one status and one
 * Swedish message (English beside it) per outcome. {@link TaskAnswerPolicy} decides which applies;
 * docs/faults.md has the table of engine outcomes that lead to each.
 *
 * <p>The body keeps the shape of Camunda's own error answers ({@code type}, {@code message}),
 * because Tasklist shows {@code message} to the person; {@code message_en} is added beside it.
 */
enum TaskAnswer {

  /** Someone else completed the task, or changed it while this request was working on it. */
  ENDED_MEANWHILE(
      Response.Status.CONFLICT,
      "TaskConflict",
      "Uppgiften har redan slutförts eller ändrats av någon annan. Ladda om listan med uppgifter.",
      "The task has already been completed or changed by someone else. Reload the task list."),

  /** Someone else claimed the task first; it is still open, but theirs. */
  CLAIMED_BY_SOMEONE_ELSE(
      Response.Status.CONFLICT,
      "TaskClaimed",
      "Någon annan har redan tagit uppgiften. Ladda om listan med uppgifter.",
      "Someone else has already claimed the task. Reload the task list."),

  /** The person sees the task but may not do this with it. */
  NOT_PERMITTED(
      Response.Status.FORBIDDEN,
      "TaskForbidden",
      "Du har inte behörighet att göra detta med uppgiften.",
      "You are not permitted to do this with the task."),

  /**
   * No task the person may see: it never existed, or it belongs to others (another municipality,
   * another role), running or ended. One answer for all, so that nothing is revealed about tasks
   * the person may not see.
   */
  NOT_FOUND(
      Response.Status.NOT_FOUND,
      "TaskNotFound",
      "Uppgiften finns inte, eller så har du inte tillgång till den.",
      "The task does not exist, or you have no access to it.");

  final Response.Status status;
  final String type;
  final String messageSv;
  final String messageEn;

  TaskAnswer(Response.Status status, String type, String messageSv, String messageEn) {
    this.status = status;
    this.type = type;
    this.messageSv = messageSv;
    this.messageEn = messageEn;
  }

  Response response() {
    return json(status, type, messageSv, messageEn);
  }

  /**
   * Input refused by a record listener or the personal data guard: 400, the task stays open. The
   * refusal's own message already holds Swedish and English ({@code api.TaskRecording}).
   */
  static Response refused(String message) {
    return json(Response.Status.BAD_REQUEST, "FormFieldValidationException", message, null);
  }

  private static Response json(
      Response.Status status, String type, String message, String messageEn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (messageEn != null) {
      body.put("message_en", messageEn);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
