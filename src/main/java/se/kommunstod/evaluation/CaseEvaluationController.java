package se.kommunstod.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.supportcase.SupportCaseService;

/** The follow-up and evaluation of a support case, as its last tasks wrote it. */
@RestController
@Tag(
    name = "Utvärdering",
    description = "Follow-up of indicators, participants' assessment, Brå's evaluation")
public class CaseEvaluationController {

  private final SupportCaseService cases;
  private final CaseEvaluationService service;

  CaseEvaluationController(SupportCaseService cases, CaseEvaluationService service) {
    this.cases = cases;
    this.service = service;
  }

  @GetMapping("/api/support-cases/{businessKey}/evaluation")
  @Operation(summary = "Ärendets uppföljning och utvärdering / the case's follow-up and evaluation")
  @Transactional(readOnly = true)
  public CaseEvaluationView get(@PathVariable String businessKey) {
    cases.readable(businessKey);
    return service
        .find(businessKey)
        .map(CaseEvaluationView::of)
        .orElseThrow(
            () -> new RecordNotFoundException("ingen utvärdering", "evaluation", businessKey));
  }

  public record CaseEvaluationView(
      String indicatorSummary,
      IndicatorTrend indicatorTrend,
      Integer participantRating,
      String participantAssessment,
      GoalsAchieved goalsAchieved,
      String evaluationSummary) {

    static CaseEvaluationView of(CaseEvaluation e) {
      return new CaseEvaluationView(
          e.getIndicatorSummary(),
          e.getIndicatorTrend(),
          e.getParticipantRating(),
          e.getParticipantAssessment(),
          e.getGoalsAchieved(),
          e.getEvaluationSummary());
    }
  }
}
