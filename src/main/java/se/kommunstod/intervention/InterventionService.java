package se.kommunstod.intervention;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemRepository;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Interventions (insatser). {@link #register}, {@link #followUp} and {@link #conclude} are meant
 * for the intervention process's delegates and the API.
 */
@Service
@Transactional
public class InterventionService {

  private final SupportCaseService cases;
  private final InterventionRepository interventions;
  private final ProblemRepository problems;
  private final InputValidation validation;
  private final SituationPictureService situationPictures;

  public InterventionService(SupportCaseService cases, InterventionRepository interventions,
      ProblemRepository problems, InputValidation validation, SituationPictureService situationPictures) {
    this.situationPictures = situationPictures;
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
      problem = problems.findById(input.problemId())
          .filter(found -> found.getSupportCase().getId().equals(supportCase.getId()))
          .orElseThrow(() -> new InvalidInputException("problemId",
              "Det finns inget problem med id " + input.problemId() + " i det här stödärendet.",
              "There is no problem with id " + input.problemId() + " in this support case."));
    }
    return interventions.save(new Intervention(supportCase, problem, input.title().strip(), input.method(),
        input.ownerRole(), input.plan().strip(), input.startsOn(), input.endsOn(), input.targetProblem(),
        input.focusArea()));
  }

  /** Plain-value variant for delegates. */
  public Intervention register(String businessKey, String title, Long problemId, InterventionMethod method,
      Role ownerRole, String plan, LocalDate startsOn, LocalDate endsOn) {
    return register(businessKey, new InterventionInput(title, problemId, method, ownerRole, plan, startsOn, endsOn));
  }

  /**
   * The intervention process's plan: one of the activity plan's focus areas, optionally aimed at a
   * problem category; linked to the case's prioritised problem of that category when the joint
   * analysis named one.
   */
  public Intervention planForFocusArea(String businessKey, FocusArea focusArea, ProblemCategory targetProblem,
      InterventionMethod method, Role ownerRole, String plan, LocalDate startsOn) {
    Long problemId = targetProblem == null ? null : situationPictures.prioritisedProblems(businessKey).stream()
        .filter(problem -> problem.getCategory() == targetProblem).findFirst().map(Problem::getId).orElse(null);
    String title = (focusArea != null ? focusArea.swedishName()
        : targetProblem != null ? targetProblem.swedishName() : "Insats")
        + (method == null ? "" : ": " + method.swedishName());
    return register(businessKey, new InterventionInput(title, problemId, method, ownerRole, plan, startsOn, null,
        targetProblem, focusArea));
  }

  public FollowUp followUp(Long interventionId, InterventionInput.FollowUpInput input) {
    validation.check(input);
    Intervention intervention = require(interventionId);
    if (input.followedUpOn().isBefore(intervention.getStartsOn())) {
      throw new InvalidInputException("followedUpOn", "En uppföljning kan inte ligga före insatsens start ("
          + intervention.getStartsOn() + ").", "A follow-up cannot be before the intervention starts ("
          + intervention.getStartsOn() + ").");
    }
    FollowUp followUp = intervention.followUp(input.followedUpOn(), input.note().strip());
    interventions.flush();
    return followUp;
  }

  public Intervention conclude(Long interventionId, InterventionInput.OutcomeInput input) {
    validation.check(input);
    Intervention intervention = require(interventionId);
    intervention.conclude(input.outcome().strip(), input.outcomeRating());
    return intervention;
  }

  @Transactional(readOnly = true)
  public Intervention require(Long interventionId) {
    return interventions.findById(interventionId)
        .orElseThrow(() -> new RecordNotFoundException("ingen insats", "intervention", interventionId));
  }
}
