package se.kommunstod.intervention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.assessment.ProblemRepository;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.plan.ActivityPlanService;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.plan.Measure;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Interventions (insatser), written by the intervention process's tasks ({@link
 * InterventionTasks}): planned from a measure of the action plan ({@link #planFromMeasure}),
 * followed up, concluded. {@link #register} is also meant for delegates of other models. The report
 * counts them with {@link #interventionsPerFocusAreaAndProblem(String)} and {@link
 * #interventionsPerFocusAreaAndProblemCategory}.
 */
@Service
@Transactional
public class InterventionService {

  private final SupportCaseService cases;
  private final InterventionRepository interventions;
  private final ProblemRepository problems;
  private final InputValidation validation;
  private final SituationPictureService situationPictures;
  private final ActivityPlanService plans;

  public InterventionService(
      SupportCaseService cases,
      InterventionRepository interventions,
      ProblemRepository problems,
      InputValidation validation,
      SituationPictureService situationPictures,
      ActivityPlanService plans) {
    this.situationPictures = situationPictures;
    this.plans = plans;
    this.cases = cases;
    this.interventions = interventions;
    this.problems = problems;
    this.validation = validation;
  }

  public Intervention register(String businessKey, InterventionInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    Problem problem = null;
    if (input.problemId() != null) {
      problem =
          problems
              .findById(input.problemId())
              .filter(found -> found.getSupportCase().getId().equals(supportCase.getId()))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "problemId",
                          "Det finns inget problem med id "
                              + input.problemId()
                              + " i det här stödärendet.",
                          "There is no problem with id "
                              + input.problemId()
                              + " in this support case."));
    }
    return interventions.save(
        new Intervention(
            supportCase,
            problem,
            input.title().strip(),
            input.method(),
            input.ownerRole(),
            input.plan().strip(),
            input.startsOn(),
            input.endsOn(),
            input.targetProblem(),
            input.focusArea()));
  }

  /** Plain-value variant for delegates. */
  public Intervention register(
      String businessKey,
      String title,
      Long problemId,
      InterventionMethod method,
      Role ownerRole,
      String plan,
      LocalDate startsOn,
      LocalDate endsOn) {
    return register(
        businessKey,
        new InterventionInput(title, problemId, method, ownerRole, plan, startsOn, endsOn));
  }

  /**
   * The intervention process's plan: one of the activity plan's focus areas, optionally aimed at a
   * problem category; linked to the case's prioritised problem of that category when the joint
   * analysis named one.
   */
  public Intervention planForFocusArea(
      String businessKey,
      FocusArea focusArea,
      ProblemCategory targetProblem,
      InterventionMethod method,
      Role ownerRole,
      String plan,
      LocalDate startsOn) {
    Long problemId =
        targetProblem == null
            ? null
            : situationPictures.prioritisedProblems(businessKey).stream()
                .filter(problem -> problem.getCategory() == targetProblem)
                .findFirst()
                .map(Problem::getId)
                .orElse(null);
    String title =
        (focusArea != null
                ? focusArea.swedishName()
                : targetProblem != null ? targetProblem.swedishName() : "Insats")
            + (method == null ? "" : ": " + method.swedishName());
    return register(
        businessKey,
        new InterventionInput(
            title, problemId, method, ownerRole, plan, startsOn, null, targetProblem, focusArea));
  }

  /**
   * The intervention process's plan of an intervention started from the action plan's measure in
   * row {@code measureNumber}: linked to the measure, its prioritised problem and cause, in the
   * measure's focus area, titled with the measure; the measure is then started. The target problem
   * defaults to the problem's category. Without a measure (a case whose plan named only focus
   * areas) it is {@link #planForFocusArea}.
   */
  public Intervention planFromMeasure(
      String businessKey,
      Integer measureNumber,
      FocusArea focusArea,
      ProblemCategory targetProblem,
      InterventionMethod method,
      Role ownerRole,
      String plan,
      LocalDate startsOn) {
    if (measureNumber == null) {
      return planForFocusArea(
          businessKey, focusArea, targetProblem, method, ownerRole, plan, startsOn);
    }
    Measure measure =
        plans
            .measure(businessKey, measureNumber)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "measureNumber",
                        "Aktivitetsplanen har ingen åtgärd nummer " + measureNumber + ".",
                        "The action plan has no measure number " + measureNumber + "."));
    Problem problem = measure.getProblem();
    ProblemCategory target =
        targetProblem != null ? targetProblem : problem == null ? null : problem.getCategory();
    String title =
        measure.getDescription().length() <= 200
            ? measure.getDescription()
            : measure.getDescription().substring(0, 199).strip() + "…";
    Intervention intervention =
        register(
            businessKey,
            new InterventionInput(
                title,
                problem == null ? null : problem.getId(),
                method,
                ownerRole,
                plan,
                startsOn,
                null,
                target,
                measure.getFocusArea()));
    intervention.startedFrom(measure, measure.getCause());
    plans.measureStarted(measure.getId());
    return intervention;
  }

  public FollowUp followUp(Long interventionId, InterventionInput.FollowUpInput input) {
    validation.check(input);
    Intervention intervention = require(interventionId);
    if (input.followedUpOn().isBefore(intervention.getStartsOn())) {
      throw new InvalidInputException(
          "followedUpOn",
          "En uppföljning kan inte ligga före insatsens start ("
              + intervention.getStartsOn()
              + ").",
          "A follow-up cannot be before the intervention starts ("
              + intervention.getStartsOn()
              + ").");
    }
    FollowUp followUp = intervention.followUp(input.followedUpOn(), input.note().strip());
    interventions.flush();
    return followUp;
  }

  public Intervention conclude(Long interventionId, InterventionInput.OutcomeInput input) {
    validation.check(input);
    Intervention intervention = require(interventionId);
    intervention.conclude(input.outcome().strip(), input.outcomeRating());
    if (intervention.getMeasure() != null) {
      plans.measureDone(intervention.getMeasure().getId());
    }
    return intervention;
  }

  /**
   * The case's interventions counted per focus area and prioritised problem, with their results
   * (issue 17: the final report counts interventions per focus area and problem directly; it uses
   * the same {@link InterventionCounts}). Interventions without a linked problem are counted under
   * their target problem's category, with {@code problemId} null.
   */
  @Transactional(readOnly = true)
  public List<InterventionCount> interventionsPerFocusAreaAndProblem(String businessKey) {
    SupportCase supportCase = cases.require(businessKey);
    return InterventionCounts.perFocusAreaAndProblem(
        interventions.findBySupportCaseId(supportCase.getId(), Pageable.unpaged()).getContent(),
        i -> true);
  }

  /**
   * Interventions counted per focus area and problem category over the cases of these
   * municipalities (codes; all when null), with their results.
   */
  @Transactional(readOnly = true)
  public List<InterventionCount> interventionsPerFocusAreaAndProblemCategory(
      Collection<String> municipalityCodes) {
    if (municipalityCodes != null && municipalityCodes.isEmpty()) {
      return List.of();
    }
    return InterventionCounts.perFocusAreaAndProblemCategory(
        municipalityCodes == null
            ? interventions.findAll()
            : interventions.findBySupportCaseMunicipalityCodeIn(municipalityCodes),
        i -> true);
  }

  @Transactional(readOnly = true)
  public Intervention require(Long interventionId) {
    return interventions
        .findById(interventionId)
        .orElseThrow(
            () -> new RecordNotFoundException("ingen insats", "intervention", interventionId));
  }
}
