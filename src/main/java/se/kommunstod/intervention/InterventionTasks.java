package se.kommunstod.intervention;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.engine.EngineTime;

/**
 * Task listeners ("complete") of the {@code intervention} process. The plan registers the
 * intervention (from {@code focusArea}, the optional {@code targetProblem}, {@code method}, {@code ownerOrganisation},
 * {@code interventionPlan}, starting today) and leaves its id in the instance's variable
 * {@code interventionId}; each follow-up ({@code followUpNotes}) and the outcome
 * ({@code outcomeRating}, {@code outcome}) are added to it. E.g. {@code ${interventionTasks.plan(task)}}.
 */
@Component
public class InterventionTasks {

  private final InterventionService service;

  public InterventionTasks(InterventionService service) {
    this.service = service;
  }

  /** Task_PlanIntervention. */
  public void plan(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> {
      Intervention intervention = service.planForFocusArea(businessKey,
          input.enumValue("focusArea", FocusArea.class), input.enumValue("targetProblem", ProblemCategory.class),
          input.enumValue("method", InterventionMethod.class),
          input.enumValue("ownerOrganisation", Role.class), input.string("interventionPlan"), EngineTime.today());
      input.set(InterventionRecorder.INTERVENTION_ID, intervention.getId());
    });
  }

  /** Task_FollowUpIntervention. */
  public void followUp(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.followUp(interventionId(input),
        new InterventionInput.FollowUpInput(EngineTime.today(), input.string("followUpNotes"))));
  }

  /** Task_RecordOutcome. */
  public void outcome(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.conclude(interventionId(input),
        new InterventionInput.OutcomeInput(input.string("outcome"), input.enumValue("outcomeRating", OutcomeRating.class))));
  }

  private static Long interventionId(ProcessInput input) {
    Long id = input.number(InterventionRecorder.INTERVENTION_ID);
    if (id == null) {
      throw new InvalidInputException(InterventionRecorder.INTERVENTION_ID, "Vilken insats som avses saknas.",
          "The intervention is unknown.");
    }
    return id;
  }
}
