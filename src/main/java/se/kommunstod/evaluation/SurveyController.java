package se.kommunstod.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCaseService;

/** The participants' survey answers of a case (written by the survey tasks, read here). */
@RestController
@Tag(name = "Deltagarenkät", description = "The participants' survey at the end of a case")
public class SurveyController {

  private final SupportCaseService cases;
  private final ParticipantSurveyService service;

  SurveyController(SupportCaseService cases, ParticipantSurveyService service) {
    this.cases = cases;
    this.service = service;
  }

  @GetMapping("/api/support-cases/{businessKey}/survey")
  @Operation(
      summary =
          "Deltagarenkätens svar, ett per organisation / the survey's answers, one per organisation")
  @Transactional(readOnly = true)
  public List<SurveyAnswerView> answers(@PathVariable String businessKey) {
    cases.readable(businessKey);
    return service.answers(businessKey).stream().map(SurveyAnswerView::of).toList();
  }

  public record SurveyAnswerView(
      Role organisation,
      String organisationName,
      int needsMet,
      int moreSystematic,
      int willContinue,
      String whatWorked,
      String toImprove,
      Instant answeredAt) {

    static SurveyAnswerView of(SurveyAnswer a) {
      return new SurveyAnswerView(
          a.getOrganisation(),
          a.getOrganisation().organisationName(),
          a.rating(SurveyStatement.NEEDS_MET),
          a.rating(SurveyStatement.MORE_SYSTEMATIC),
          a.rating(SurveyStatement.WILL_CONTINUE),
          a.getWhatWorked(),
          a.getToImprove(),
          a.getAnsweredAt());
    }
  }
}
