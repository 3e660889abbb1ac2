package se.kommunstod.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.TaskRecording;

/**
 * Task listeners ("complete") of the follow-up and evaluation in {@code supportCase}, e.g.
 * {@code ${caseEvaluationTasks.indicators(task)}}: the indicators' development ({@code indicatorSummary},
 * {@code indicatorTrend}), the participants' assessment ({@code participantRating},
 * {@code participantAssessment}) and Brå's evaluation ({@code goalsAchieved}, {@code evaluationSummary}).
 */
@Component
public class CaseEvaluationTasks {

  private final CaseEvaluationService service;

  public CaseEvaluationTasks(CaseEvaluationService service) {
    this.service = service;
  }

  /** Task_FollowUpIndicators. */
  public void indicators(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.followUpIndicators(businessKey,
        new CaseEvaluationInput.Indicators(input.string("indicatorSummary"),
            input.enumValue("indicatorTrend", IndicatorTrend.class))));
  }

  /** Task_ParticipantsAssessment. */
  public void participants(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> {
      Long rating = input.number("participantRating");
      service.assessByParticipants(businessKey, new CaseEvaluationInput.Participants(
          rating == null ? null : (int) Math.min(Math.max(rating, Integer.MIN_VALUE), Integer.MAX_VALUE),
          input.string("participantAssessment")));
    });
  }

  /** Task_Evaluate. */
  public void evaluate(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.evaluate(businessKey,
        new CaseEvaluationInput.Evaluation(input.enumValue("goalsAchieved", GoalsAchieved.class),
            input.string("evaluationSummary"))));
  }
}
