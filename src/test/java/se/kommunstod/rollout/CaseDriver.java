package se.kommunstod.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import se.kommunstod.throughput.FormFiller;

/**
 * Drives support cases of the real models through the Java API: each task completed with values
 * read from the form its own deployment serves (so a moved task proves its form still loads), due
 * timers executed as the job executor (off in tests) would. A case and its meetings and
 * interventions share the business key.
 */
final class CaseDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final ManagementService managementService;
  private final HistoryService historyService;

  CaseDriver(
      RuntimeService runtimeService,
      TaskService taskService,
      FormService formService,
      ManagementService managementService,
      HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
    this.managementService = managementService;
    this.historyService = historyService;
  }

  String start(String businessKey, Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey("supportCase", businessKey, variables).getId();
  }

  /**
   * Completes every open task of the case (and its called instances) with this task id; returns how
   * many.
   */
  int complete(String businessKey, String taskDefinitionKey) {
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskDefinitionKey)
            .list();
    assertThat(tasks).as(businessKey + " " + taskDefinitionKey).isNotEmpty();
    tasks.forEach(this::complete);
    return tasks.size();
  }

  void complete(Task task) {
    VariableMap values;
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      values = FormFiller.fill(form, name -> taskService.getVariable(task.getId(), name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    taskService.complete(task.getId(), values);
  }

  /** The needs assessment: the three situation pictures and the joint analysis. */
  void assess(String businessKey) {
    complete(businessKey, "Task_SituationPictureMunicipality");
    complete(businessKey, "Task_SituationPicturePolice");
    complete(businessKey, "Task_SituationPictureSocialServices");
    complete(businessKey, "Task_JointAnalysis");
  }

  /** Executes the one timer of the instance at this activity. */
  void fire(String processInstanceId, String activityId) {
    Job job = timer(processInstanceId, activityId);
    assertThat(job).as("timer " + activityId + " of " + processInstanceId).isNotNull();
    execute(job);
  }

  /**
   * Executes the job when it is due, as the job executor would: the engine's clock moves forward
   * past the due date first. A cycle ({@code R2/PT2M}) counts its repetitions by time, so firing it
   * early would plan the same repetition again.
   */
  void execute(Job job) {
    if (job.getDuedate() != null && !job.getDuedate().before(ClockUtil.getCurrentTime())) {
      // a moment after the due time: a cycle fired exactly at a repetition plans that repetition
      // again
      ClockUtil.setCurrentTime(new java.util.Date(job.getDuedate().getTime() + 1000));
    }
    managementService.executeJob(job.getId());
  }

  Job timer(String processInstanceId, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(activityId)
        .timers()
        .singleResult();
  }

  /** The running instance of the called process in the case's family. */
  ProcessInstance called(String businessKey, String processDefinitionKey) {
    List<ProcessInstance> instances =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .processDefinitionKey(processDefinitionKey)
            .list();
    assertThat(instances).as(processDefinitionKey + " of " + businessKey).hasSize(1);
    return instances.get(0);
  }

  List<ProcessInstance> family(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .list();
  }

  /**
   * Completes whatever is open until the case ends; when only waiting, fires the interventions'
   * follow-up timers (meeting cycles and escalations are left alone: they are not needed to end).
   */
  void finish(String businessKey, String caseInstanceId) {
    for (int round = 0; round < 100; round++) {
      List<Task> tasks =
          taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list();
      if (!tasks.isEmpty()) {
        tasks.forEach(this::complete);
        continue;
      }
      List<Job> followUps =
          family(businessKey).stream()
              .map(instance -> timer(instance.getId(), "Timer_FollowUpDue"))
              .filter(job -> job != null)
              .toList();
      if (followUps.isEmpty()) {
        break;
      }
      followUps.forEach(this::execute);
    }
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(caseInstanceId)
                .finished()
                .count())
        .as(businessKey + " ended")
        .isEqualTo(1);
    assertThat(family(businessKey)).as("nothing of " + businessKey + " left running").isEmpty();
  }
}
