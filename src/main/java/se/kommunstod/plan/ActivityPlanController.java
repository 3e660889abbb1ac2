package se.kommunstod.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.evaluation.Indicator;
import se.kommunstod.evaluation.IndicatorDirection;
import se.kommunstod.evaluation.IndicatorService;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * The activity plan (aktivitetsplan) of a support case, read-only: it is written by completing the
 * kick-off in Tasklist (or through the engine REST API), one writer per record.
 */
@RestController
@RequestMapping("/api/support-cases/{businessKey}/activity-plan")
@Tag(name = "Aktivitetsplan", description = "Activity plan: agreement, measures, focus areas")
public class ActivityPlanController {

  private final SupportCaseService cases;
  private final ActivityPlanService service;
  private final IndicatorService indicators;

  ActivityPlanController(
      SupportCaseService cases, ActivityPlanService service, IndicatorService indicators) {
    this.cases = cases;
    this.service = service;
    this.indicators = indicators;
  }

  @GetMapping
  @Operation(
      summary =
          "Ärendets aktivitetsplan med avsiktsförklaring och åtgärder / the case's activity plan")
  @Transactional(readOnly = true)
  public ActivityPlanView get(@PathVariable String businessKey) {
    cases.readable(businessKey);
    List<IndicatorDefinitionView> defined =
        indicators.indicatorsOfCase(businessKey).stream().map(IndicatorDefinitionView::of).toList();
    return service
        .find(businessKey)
        .map(plan -> ActivityPlanView.of(plan, defined))
        .orElseThrow(
            () ->
                new RecordNotFoundException("ingen aktivitetsplan", "activity plan", businessKey));
  }

  public record ActivityPlanView(
      Long id,
      String goal,
      LocalDate adoptedOn,
      Set<FocusArea> focusAreas,
      List<String> focusAreaNames,
      Boolean declarationOfIntentSigned,
      AgreementKind agreementKind,
      LocalDate agreementSignedOn,
      List<SignatoryView> signatories,
      List<String> citizenPromises,
      List<IndicatorDefinitionView> indicators,
      List<MeasureView> measures) {

    static ActivityPlanView of(ActivityPlan plan, List<IndicatorDefinitionView> indicators) {
      return new ActivityPlanView(
          plan.getId(),
          plan.getGoal(),
          plan.getAdoptedOn(),
          Set.copyOf(plan.getFocusAreas()),
          plan.getFocusAreas().stream().sorted().map(FocusArea::swedishName).toList(),
          plan.getDeclarationOfIntentSigned(),
          plan.getAgreementKind(),
          plan.getAgreementSignedOn(),
          plan.getSignatories().stream().map(SignatoryView::of).toList(),
          List.copyOf(plan.getCitizenPromises()),
          indicators,
          plan.getMeasures().stream().map(MeasureView::of).toList());
    }
  }

  /** An indicator of the follow-up as the plan defines it; its values are under /indicators. */
  public record IndicatorDefinitionView(
      Long id,
      String name,
      String unit,
      String source,
      BigDecimal baseline,
      BigDecimal target,
      IndicatorDirection direction) {

    static IndicatorDefinitionView of(Indicator i) {
      return new IndicatorDefinitionView(
          i.getId(),
          i.getName(),
          i.getUnit(),
          i.getSource(),
          i.getBaseline(),
          i.getTarget(),
          i.getDirection());
    }
  }

  public record SignatoryView(Role organisation, String title) {

    static SignatoryView of(Signatory s) {
      return new SignatoryView(s.getOrganisation(), s.getTitle());
    }
  }

  /**
   * A row of the action plan: problem → cause → measure → operative goal → when → who → indicator →
   * status.
   */
  public record MeasureView(
      Long id,
      int position,
      Long problemId,
      String problem,
      Long causeId,
      String cause,
      String measure,
      FocusArea focusArea,
      String operativeGoal,
      LocalDate dueOn,
      Role owner,
      Long indicatorId,
      String indicator,
      MeasureStatus status) {

    static MeasureView of(Measure m) {
      return new MeasureView(
          m.getId(),
          m.getPosition(),
          m.getProblem() == null ? null : m.getProblem().getId(),
          m.getProblem() == null ? null : m.getProblem().getDescription(),
          m.getCause() == null ? null : m.getCause().getId(),
          m.getCause() == null ? null : m.getCause().getDescription(),
          m.getDescription(),
          m.getFocusArea(),
          m.getOperativeGoal(),
          m.getDueOn(),
          m.getOwnerRole(),
          m.getIndicator() == null ? null : m.getIndicator().getId(),
          m.getIndicator() == null ? null : m.getIndicator().getName(),
          m.getStatus());
    }
  }
}
