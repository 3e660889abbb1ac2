package se.kommunstod.rollout;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;
import org.camunda.bpm.engine.impl.task.listener.ClassDelegateTaskListener;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.task.listener.ExpressionTaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.stereotype.Component;

/**
 * A task that waits while its case is moved keeps the task the old version created, so the create
 * listeners of the new version never ran for it. Those listeners fill what the new form shows
 * read-only from earlier steps (the joint analysis's observations, the kick-off's prioritised
 * problems and causes, the intervention plan's measure): without them the moved task's form has
 * empty tables and nothing to choose. After the move, {@link #prepare} runs, for each open task of
 * the moved instances, the create listeners its new definition has and its old one did not, in the
 * move's transaction (a preview rolls them back with the rest). Listeners both versions have (the
 * task name) already ran and are left alone; so a create listener must only prepare the form, never
 * record anything (docs/migration.md).
 */
@Component
class MovedTasks {

  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl configuration;

  MovedTasks(TaskService taskService, ProcessEngineConfigurationImpl configuration) {
    this.taskService = taskService;
    this.configuration = configuration;
  }

  /**
   * Runs the new create listeners of the instances' open tasks; returns how many listener calls
   * ran.
   */
  int prepare(BpmnModelInstance sourceModel, Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return 0;
    }
    int ran = 0;
    for (Task task :
        taskService
            .createTaskQuery()
            .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
            .list()) {
      Set<String> before = createListeners(sourceModel, task.getTaskDefinitionKey());
      ran +=
          configuration
              .getCommandExecutorTxRequired()
              .execute(
                  context -> {
                    TaskEntity entity = context.getTaskManager().findTaskById(task.getId());
                    int count = 0;
                    for (TaskListener listener :
                        entity
                            .getTaskDefinition()
                            .getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE)) {
                      String name = name(listener);
                      if (name != null && !before.contains(name)) {
                        try {
                          configuration
                              .getDelegateInterceptor()
                              .handleInvocation(new TaskListenerInvocation(listener, entity));
                        } catch (RuntimeException e) {
                          throw e;
                        } catch (Exception e) {
                          throw new IllegalStateException(e);
                        }
                        count++;
                      }
                    }
                    return count;
                  });
    }
    return ran;
  }

  /** The create listeners of a user task in the old model, named as {@link #name} names them. */
  private static Set<String> createListeners(BpmnModelInstance model, String taskKey) {
    Set<String> names = new HashSet<>();
    if (model == null
        || !(model.getModelElementById(taskKey) instanceof UserTask userTask)
        || userTask.getExtensionElements() == null) {
      return names;
    }
    for (CamundaTaskListener listener :
        userTask
            .getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaTaskListener.class)
            .list()) {
      if (TaskListener.EVENTNAME_CREATE.equals(listener.getCamundaEvent())) {
        if (listener.getCamundaExpression() != null) {
          names.add("expression " + listener.getCamundaExpression());
        } else if (listener.getCamundaDelegateExpression() != null) {
          names.add("delegate " + listener.getCamundaDelegateExpression());
        } else if (listener.getCamundaClass() != null) {
          names.add("class " + listener.getCamundaClass());
        }
      }
    }
    return names;
  }

  /** A listener of the deployed definition, named as in the model; null for any other kind. */
  private static String name(TaskListener listener) {
    if (listener instanceof ExpressionTaskListener expression) {
      return "expression " + expression.getExpressionText();
    }
    if (listener instanceof DelegateExpressionTaskListener delegate) {
      return "delegate " + delegate.getExpressionText();
    }
    if (listener instanceof ClassDelegateTaskListener type) {
      return "class " + type.getClassName();
    }
    return null;
  }
}
