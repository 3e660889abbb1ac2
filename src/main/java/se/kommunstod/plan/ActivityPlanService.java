package se.kommunstod.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemCause;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.evaluation.Indicator;
import se.kommunstod.evaluation.IndicatorService;
import se.kommunstod.plan.KickOffInput.MeasureInput;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * The activity plan of a case, written by completing the kick-off ({@link ActivityPlanTasks});
 * {@link #adopt} is also meant for delegates of other models (adopting again revises goal and focus
 * areas). The plan's measures move on as their interventions start and end ({@link
 * #measureStarted}, {@link #measureDone}).
 */
@Service
@Transactional
public class ActivityPlanService {

  private final SupportCaseService cases;
  private final ActivityPlanRepository plans;
  private final MeasureRepository measures;
  private final SituationPictureService situationPictures;
  private final IndicatorService indicators;
  private final InputValidation validation;

  public ActivityPlanService(
      SupportCaseService cases,
      ActivityPlanRepository plans,
      MeasureRepository measures,
      SituationPictureService situationPictures,
      IndicatorService indicators,
      InputValidation validation) {
    this.cases = cases;
    this.plans = plans;
    this.measures = measures;
    this.situationPictures = situationPictures;
    this.indicators = indicators;
    this.validation = validation;
  }

  public ActivityPlan adopt(String businessKey, ActivityPlanInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    ActivityPlan plan =
        plans
            .findBySupportCaseId(supportCase.getId())
            .orElseGet(() -> new ActivityPlan(supportCase));
    plan.revise(input.goal().strip(), input.adoptedOn(), input.focusAreas());
    return plans.save(plan);
  }

  /** Plain-value variant for delegates. */
  public ActivityPlan adopt(
      String businessKey, String goal, Set<FocusArea> focusAreas, LocalDate adoptedOn) {
    return adopt(businessKey, new ActivityPlanInput(goal, focusAreas, adoptedOn));
  }

  /**
   * Kick-off from a form before V11: the plan with its focus areas, and whether the declaration of
   * intent is signed.
   */
  public ActivityPlan kickOff(
      String businessKey, ActivityPlanInput input, boolean declarationOfIntentSigned) {
    ActivityPlan plan = adopt(businessKey, input);
    plan.setDeclarationOfIntentSigned(declarationOfIntentSigned);
    return plan;
  }

  /**
   * Kick-off: the plan's goal, the agreement and who signed it, the citizen promises, the
   * indicators (defined in the evaluation's records) and the measures, each aimed at a cause of a
   * prioritised problem. The plan's focus areas are those of its measures.
   */
  public ActivityPlan kickOff(
      String businessKey, String goal, LocalDate adoptedOn, KickOffInput input) {
    validation.check(input);
    validation.checkRows("signatories", "Undertecknad av", input.signatoriesOrEmpty());
    validation.checkRows("measures", "Aktivitetsplan", input.measuresOrEmpty());
    if (input.measuresOrEmpty().isEmpty()) {
      throw new InvalidInputException(
          "measures",
          "Aktivitetsplanen ska ha minst en åtgärd.",
          "The action plan must have at least one measure.");
    }
    if (input.signatoriesOrEmpty().isEmpty()) {
      throw new InvalidInputException(
          "signatories",
          "Ange vilka roller som undertecknade "
              + input.agreementKind().swedishName().toLowerCase(Locale.ROOT)
              + ".",
          "Name who signed the agreement.");
    }
    Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
    input.measuresOrEmpty().forEach(m -> focusAreas.add(m.focusArea()));
    ActivityPlan plan = adopt(businessKey, new ActivityPlanInput(goal, focusAreas, adoptedOn));
    if (!plan.getMeasures().isEmpty()) {
      throw new InvalidInputException(
          "measures",
          "Ärendet har redan en aktivitetsplan med åtgärder.",
          "The case already has an action plan with measures.");
    }
    plan.setDeclarationOfIntentSigned(true);
    plan.sign(
        input.agreementKind(),
        input.agreementSignedOn(),
        input.signatoriesOrEmpty().stream()
            .map(s -> new Signatory(s.organisation(), s.title().strip()))
            .toList());
    plan.promise(input.citizenPromisesOrEmpty().stream().map(String::strip).toList());
    Map<String, Indicator> defined =
        indicators.defineForActionPlan(businessKey, input.indicatorsOrEmpty());
    List<Problem> problems = situationPictures.prioritisedProblems(businessKey);
    List<MeasureInput> rows = input.measuresOrEmpty();
    for (int i = 0; i < rows.size(); i++) {
      MeasureInput row = rows.get(i);
      int number = i + 1;
      Problem problem =
          row.problemId() == null
              ? null
              : problems.stream()
                  .filter(p -> p.getId().equals(row.problemId()))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          refusal(
                              number,
                              "problem",
                              "det prioriterade problemet finns inte i den gemensamma analysen",
                              "the prioritised problem is not one of the joint analysis's"));
      ProblemCause cause = null;
      if (row.causeId() != null) {
        cause =
            problems.stream()
                .flatMap(p -> p.getCauses().stream())
                .filter(c -> c.getId().equals(row.causeId()))
                .findFirst()
                .orElseThrow(
                    () ->
                        refusal(
                            number,
                            "cause",
                            "orsaken finns inte i den gemensamma analysen",
                            "the cause is not one of the joint analysis's"));
        if (problem == null) {
          problem = cause.getProblem();
        } else if (!cause.getProblem().getId().equals(problem.getId())) {
          throw refusal(
              number,
              "cause",
              "orsaken hör till ett annat prioriterat problem",
              "the cause belongs to another prioritised problem");
        }
      }
      Indicator indicator = null;
      if (row.indicator() != null && !row.indicator().isBlank()) {
        indicator = defined.get(row.indicator().strip().toLowerCase(Locale.ROOT));
        if (indicator == null) {
          throw refusal(
              number,
              "indicator",
              "indikatorn '"
                  + row.indicator().strip()
                  + "' finns inte bland planens "
                  + "indikatorer",
              "the indicator is not one of the plan's");
        }
      }
      plan.addMeasure(
          new Measure(
              plan,
              number,
              problem,
              cause,
              row.measure().strip(),
              row.focusArea(),
              row.goal().strip(),
              row.dueOn(),
              row.owner(),
              indicator,
              row.status()));
    }
    return plans.save(plan);
  }

  private static InvalidInputException refusal(int row, String field, String sv, String en) {
    return new InvalidInputException(
        "measures",
        "Rad " + row + " i «Aktivitetsplan»: '" + field + "': " + sv + ".",
        "Row " + row + " of 'measures': '" + field + "': " + en + ".");
  }

  @Transactional(readOnly = true)
  public Optional<ActivityPlan> find(String businessKey) {
    return plans.findBySupportCaseId(cases.require(businessKey).getId());
  }

  /** The plan's measure in this row (1, 2, …); empty if the case's plan has none there. */
  @Transactional(readOnly = true)
  public Optional<Measure> measure(String businessKey, int position) {
    return measures.findBySupportCaseIdAndPosition(cases.require(businessKey).getId(), position);
  }

  /** An intervention was planned for the measure: planned becomes started. */
  public void measureStarted(Long measureId) {
    measures.findById(measureId).ifPresent(Measure::started);
  }

  /** The intervention of the measure recorded its outcome: the measure is done. */
  public void measureDone(Long measureId) {
    measures.findById(measureId).ifPresent(Measure::done);
  }
}
