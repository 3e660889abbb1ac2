package se.kommunstod.supportcase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.process.ProgrammeProcess.DecideApplication;
import se.kommunstod.process.ProgrammeProcess.Variables;

/**
 * Listeners of the application in {@code programme} (variables local to the application's event
 * subprocess):
 *
 * <ul>
 *   <li>{@code ${applicationDecisionTasks.describe(execution)}} (start of {@code
 *       Task_PrioritiseApplication}) puts what the decision must show into variables: the
 *       municipality's name, the areas of the application with their classification on the police
 *       list current now, the municipality's motivation, contact function, existing work and
 *       capacity; and the most severe classification as prioritiseApplication's input, so the DMN
 *       reads the current list, not a value typed in.
 *   <li>{@code ${applicationDecisionTasks.prioritised(execution)}} (start of {@code
 *       Task_DecideApplication}) records the prioritisation for the round's side-by-side
 *       comparison.
 *   <li>{@code ${applicationDecisionTasks.decide(task)}} (complete) records Brå's decision ({@code
 *       decision}, {@code decisionMotivation}) with what the task showed, under the round's
 *       business key, dated today.
 * </ul>
 */
@Component
public class ApplicationDecisionTasks {

  private final ApplicationDecisionService service;
  private final RoundApplications rounds;

  public ApplicationDecisionTasks(ApplicationDecisionService service, RoundApplications rounds) {
    this.service = service;
    this.rounds = rounds;
  }

  public void describe(DelegateExecution execution) {
    TaskRecording.refusingInvalidInput(
        () -> {
          ProcessInput input = ProcessInput.of(execution);
          rounds
              .describe(
                  input.string(Variables.MUNICIPALITY_CODE),
                  input.number(Variables.APPLICATION_ID),
                  input.string(Variables.POLICE_CLASSIFICATION),
                  input.string(Variables.EXISTING_WORK),
                  input.string(Variables.CAPACITY))
              .variables()
              .forEach(execution::setVariable);
        });
  }

  public void prioritised(DelegateExecution execution) {
    TaskRecording.refusingInvalidInput(
        () -> {
          ProcessInput input = ProcessInput.of(execution);
          Long priority = input.number(Variables.PRIORITY);
          RoundApplication recorded =
              rounds.record(
                  execution.getProcessBusinessKey(),
                  input.string(Variables.MUNICIPALITY_CODE),
                  input.number(Variables.APPLICATION_ID),
                  input.string(Variables.POLICE_CLASSIFICATION),
                  input.raw(Variables.APPLICATION_AREAS),
                  input.string(Variables.EXPECTED_EFFECT),
                  input.string(Variables.EXISTING_WORK),
                  input.string(Variables.CAPACITY),
                  priority == null ? 0 : priority.intValue(),
                  input.string(Variables.RECOMMENDATION),
                  input.string(Variables.PRIORITISE_APPLICATION_RULE),
                  execution.getProcessInstanceId(),
                  execution.getId());
          input.set(Variables.ROUND_APPLICATION_ID, recorded.getId());
        });
  }

  public void decide(DelegateTask task) {
    TaskRecording.record(
        task,
        (roundKey, input) -> {
          Long priority = input.number(Variables.PRIORITY);
          service.record(
              roundKey,
              new ApplicationDecisionInput(
                  input.string(Variables.MUNICIPALITY_CODE),
                  input.string(DecideApplication.POLICE_CLASSIFICATION),
                  priority == null ? null : priority.intValue(),
                  input.string(DecideApplication.RECOMMENDATION),
                  input.enumValue(DecideApplication.DECISION, ApplicationDecision.Verdict.class),
                  input.string(DecideApplication.DECISION_MOTIVATION),
                  input.number(Variables.ROUND_APPLICATION_ID),
                  input.string(DecideApplication.PRIORITISE_APPLICATION_RULE)),
              EngineTime.today());
        });
  }
}
