package se.kommunstod.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.process.SupportCaseProcess.Evaluate;

/**
 * Brå's evaluation at the end of {@code supportCase}: {@code ${caseEvaluationTasks.evaluate(task)}}
 * records {@code goalsAchieved} and {@code evaluationSummary}. The indicators' follow-up is {@link
 * IndicatorTasks}, the participants' survey {@link ParticipantSurveyTasks}.
 */
@Component
public class CaseEvaluationTasks {

  private final CaseEvaluationService service;

  public CaseEvaluationTasks(CaseEvaluationService service) {
    this.service = service;
  }

  /** Task_Evaluate. */
  public void evaluate(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) ->
            service.evaluate(
                businessKey,
                new CaseEvaluationInput.Evaluation(
                    input.enumValue(Evaluate.GOALS_ACHIEVED, GoalsAchieved.class),
                    input.string(Evaluate.EVALUATION_SUMMARY))));
  }
}
