package se.kommunstod.supportcase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.engine.EngineTime;

/**
 * Task listener ("complete") of {@code Task_DecideApplication} in {@code programme}:
 * {@code ${applications.decide(task)}} records Brå's decision ({@code decision},
 * {@code decisionMotivation}) with what the task showed ({@code municipalityCode},
 * {@code policeClassification}, {@code priority}, {@code recommendation}; local to the
 * application's event subprocess), under the round's business key, dated today.
 */
@Component("applications")
public class ApplicationDecisionTasks {

  private final ApplicationDecisionService service;

  public ApplicationDecisionTasks(ApplicationDecisionService service) {
    this.service = service;
  }

  public void decide(DelegateTask task) {
    TaskRecording.record(task, (roundKey, input) -> {
      Long priority = input.number("priority");
      service.record(roundKey, new ApplicationDecisionInput(input.string("municipalityCode"),
          input.string("policeClassification"), priority == null ? null : priority.intValue(),
          input.string("recommendation"), input.enumValue("decision", ApplicationDecision.Verdict.class),
          input.string("decisionMotivation")), EngineTime.today());
    });
  }
}
