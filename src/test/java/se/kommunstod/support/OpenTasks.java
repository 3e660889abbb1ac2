package se.kommunstod.support;

import org.camunda.bpm.engine.TaskService;

/** The engine's view of a case's open tasks, for tests that drive the engine directly. */
public final class OpenTasks {

  private OpenTasks() {}

  /** The id of the instance's one open task of the key (fails if there are several). */
  public static String id(TaskService tasks, String processInstanceId, String taskDefinitionKey) {
    return tasks
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult()
        .getId();
  }
}
