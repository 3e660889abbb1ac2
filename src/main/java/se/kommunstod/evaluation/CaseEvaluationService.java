package se.kommunstod.evaluation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * The follow-up and evaluation of a support case; written by the support case's last tasks. The
 * participants answer the survey ({@link ParticipantSurveyService}); older records keep their
 * rating.
 */
@Service
@Transactional
public class CaseEvaluationService {

  private final SupportCaseService cases;
  private final CaseEvaluationRepository evaluations;
  private final InputValidation validation;

  public CaseEvaluationService(
      SupportCaseService cases, CaseEvaluationRepository evaluations, InputValidation validation) {
    this.cases = cases;
    this.evaluations = evaluations;
    this.validation = validation;
  }

  public CaseEvaluation followUpIndicators(
      String businessKey, CaseEvaluationInput.Indicators input) {
    validation.check(input);
    CaseEvaluation evaluation = of(businessKey);
    evaluation.followUpIndicators(
        input.indicatorSummary().strip(), input.indicatorTrend(), EngineTime.now());
    return evaluations.save(evaluation);
  }

  public CaseEvaluation evaluate(String businessKey, CaseEvaluationInput.Evaluation input) {
    validation.check(input);
    CaseEvaluation evaluation = of(businessKey);
    evaluation.evaluate(input.goalsAchieved(), input.evaluationSummary().strip(), EngineTime.now());
    return evaluations.save(evaluation);
  }

  @Transactional(readOnly = true)
  public Optional<CaseEvaluation> find(String businessKey) {
    return evaluations.findBySupportCaseId(cases.require(businessKey).getId());
  }

  private CaseEvaluation of(String businessKey) {
    SupportCase supportCase = cases.require(businessKey);
    return evaluations
        .findBySupportCaseId(supportCase.getId())
        .orElseGet(() -> new CaseEvaluation(supportCase));
  }
}
