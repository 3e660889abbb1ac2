package se.kommunstod.api;

import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * For the thin task-listener beans the models call on "complete" (e.g. {@code
 * ${situationPictureTasks.record(task, 'police')}}): runs a recording step with the task's process
 * business key and typed access to what the form entered, in the transaction that completes the
 * task. Invalid input fails the completion with the Swedish/English message and nothing of it is
 * stored (see {@link RecordingDelegate#refusingInvalidInput}).
 */
public final class TaskRecording {

  private TaskRecording() {}

  public static void record(DelegateTask task, BiConsumer<String, ProcessInput> recording) {
    RecordingDelegate.refusingInvalidInput(
        () ->
            recording.accept(
                task.getExecution().getProcessBusinessKey(),
                new ProcessInput(task, task.getBpmnModelElementInstance())));
  }

  /**
   * Who completes the task: the authenticated user, else its assignee; null for the engine itself.
   */
  public static String userId(DelegateTask task) {
    org.camunda.bpm.engine.impl.identity.Authentication user =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : task.getAssignee();
  }
}
