package se.kommunstod.lifecycle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The record beans the models call (situationPictures, activityPlans, evaluations, lessons,
 * gatheringAgenda, gatheringNotesRecorder,
 * meetings, interventions, applications, supportCaseLifecycle), for the plain in-memory engine of the process
 * tests (camunda.cfg.xml), which has no Spring context and no records: each call is only noted as
 * "bean.method(taskDefinitionKey)" so a test can see that a task's completion reaches the records.
 * The records themselves are tested on PostgreSQL (records.ProcessWiringIntegrationTest).
 */
public class RecordsOutOfScope implements ExecutionListener, TaskListener {

  public static final List<String> CALLS = new CopyOnWriteArrayList<>();

  private final String bean;

  public RecordsOutOfScope(String bean) {
    this.bean = bean;
  }

  private void note(String method, DelegateTask task) {
    CALLS.add(bean + "." + method + "(" + task.getTaskDefinitionKey() + ")");
  }

  @Override
  public void notify(DelegateExecution execution) {
    CALLS.add(bean + "." + execution.getEventName() + "(" + execution.getProcessBusinessKey() + ")");
  }

  @Override
  public void notify(DelegateTask task) {
    note(task.getEventName(), task);
  }

  public void describe(DelegateExecution execution) {
    CALLS.add(bean + ".describe(" + execution.getCurrentActivityId() + ")");
  }

  public void prioritised(DelegateExecution execution) {
    CALLS.add(bean + ".prioritised(" + execution.getCurrentActivityId() + ")");
  }

  public void record(DelegateTask task, String contributor) {
    note("record:" + contributor, task);
  }

  public void prepare(DelegateTask task) {
    note("prepare", task);
  }

  public void prepareJoint(DelegateTask task) {
    note("prepareJoint", task);
  }

  public void recordJoint(DelegateTask task) {
    note("recordJoint", task);
  }

  public void kickOff(DelegateTask task) {
    note("kickOff", task);
  }

  public void indicators(DelegateTask task) {
    note("indicators", task);
  }

  public void participants(DelegateTask task) {
    note("participants", task);
  }

  public void evaluate(DelegateTask task) {
    note("evaluate", task);
  }

  public void closure(DelegateTask task) {
    note("closure", task);
  }

  public void agenda(DelegateTask task) {
    note("agenda", task);
  }

  public void openItems(DelegateTask task) {
    note("openItems", task);
  }

  public void actorReport(DelegateTask task) {
    note("actorReport", task);
  }

  public void decisions(DelegateTask task) {
    note("decisions", task);
  }

  public void plan(DelegateTask task) {
    note("plan", task);
  }

  public void followUp(DelegateTask task) {
    note("followUp", task);
  }

  public void outcome(DelegateTask task) {
    note("outcome", task);
  }

  public void decide(DelegateTask task) {
    note("decide", task);
  }

  public void submit(DelegateTask task, String kind) {
    note("submit", task);
  }
}
