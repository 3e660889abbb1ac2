package se.kommunstod.intervention;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.plan.ActivityPlanService;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.process.InterventionProcess.FollowUpIntervention;
import se.kommunstod.process.InterventionProcess.PlanIntervention;
import se.kommunstod.process.InterventionProcess.RecordOutcome;
import se.kommunstod.process.InterventionProcess.Variables;
import se.kommunstod.process.Variable;
import se.kommunstod.security.Role;

/**
 * Task listeners of the {@code intervention} process. The plan ("complete") registers the
 * intervention from the action plan's measure in row {@code measureNumber} (given by the case's
 * implementation; absent for a plan of focus areas only), {@code focusArea}, the optional {@code
 * targetProblem}, {@code method}, {@code ownerOrganisation} and {@code interventionPlan}, starting
 * today, and leaves its id in the instance's variable {@code interventionId}; each follow-up
 * ({@code followUpNotes}) and the outcome ({@code outcomeRating}, {@code outcome}) are added to it.
 * E.g. {@code ${interventionTasks.plan(task)}}. {@code ${interventionTasks.prepare(task)}}
 * ("create" of the plan) shows the measure read-only ({@code measureDescription}, {@code
 * measureProblem}, {@code measureCause}, {@code measureGoal}, {@code measureDueOn}, {@code
 * measureOwner}, {@code measureIndicator}) and pre-selects {@code targetProblem} with the problem's
 * category.
 */
@Component
public class InterventionTasks {

  /** The intervention's record, left by its plan for the follow-ups and the outcome. */
  public static final Variable<Long> INTERVENTION_ID =
      Variable.leftByCode("interventionId", Long.class);

  private final InterventionService service;
  private final ActivityPlanService plans;

  public InterventionTasks(InterventionService service, ActivityPlanService plans) {
    this.service = service;
    this.plans = plans;
  }

  /**
   * Create listener of Task_PlanIntervention: what the action plan says about the measure,
   * read-only.
   */
  public void prepare(DelegateTask task) {
    ProcessInput input = ProcessInput.of(task);
    Long number = input.number(Variables.MEASURE_NUMBER);
    if (number == null) {
      return;
    }
    plans
        .measure(task.getExecution().getProcessBusinessKey(), number.intValue())
        .ifPresent(
            measure -> {
              input.set("measureDescription", measure.getDescription());
              input.set(
                  "measureProblem",
                  measure.getProblem() == null
                      ? "–"
                      : measure.getProblem().getPriority()
                          + ". "
                          + measure.getProblem().getDescription());
              input.set(
                  "measureCause",
                  measure.getCause() == null ? "–" : measure.getCause().getDescription());
              input.set(
                  "measureGoal",
                  measure.getOperativeGoal() == null ? "–" : measure.getOperativeGoal());
              input.set(
                  "measureDueOn", measure.getDueOn() == null ? "–" : measure.getDueOn().toString());
              input.set(
                  "measureOwner",
                  measure.getOwnerRole() == null ? "–" : OWNER_NAMES.get(measure.getOwnerRole()));
              input.set(
                  "measureIndicator",
                  measure.getIndicator() == null
                      ? "–"
                      : measure.getIndicator().getName()
                          + " ("
                          + measure.getIndicator().getUnit()
                          + ")");
              if (!input.has(PlanIntervention.TARGET_PROBLEM)
                  && measure.getProblem() != null
                  && measure.getProblem().getCategory() != null) {
                input.set(
                    PlanIntervention.TARGET_PROBLEM, measure.getProblem().getCategory().code());
              }
            });
  }

  /** The organisations as the forms name them. */
  static final java.util.Map<Role, String> OWNER_NAMES =
      java.util.Map.of(
          Role.MUNICIPALITY,
          "Kommunen",
          Role.POLICE,
          "Polisen",
          Role.SOCIAL_SERVICES,
          "Socialtjänsten",
          Role.HOUSING_COMPANY,
          "Bostadsbolaget",
          Role.COUNTY_BOARD,
          "Länsstyrelsen",
          Role.BRA,
          "Brå");

  /** Task_PlanIntervention. */
  public void plan(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          Long measure = input.number(Variables.MEASURE_NUMBER);
          Intervention intervention =
              service.planFromMeasure(
                  businessKey,
                  measure == null ? null : measure.intValue(),
                  input.enumValue(PlanIntervention.FOCUS_AREA, FocusArea.class),
                  input.enumValue(PlanIntervention.TARGET_PROBLEM, ProblemCategory.class),
                  input.enumValue(PlanIntervention.METHOD, InterventionMethod.class),
                  input.enumValue(PlanIntervention.OWNER_ORGANISATION, Role.class),
                  input.string(PlanIntervention.INTERVENTION_PLAN),
                  EngineTime.today());
          input.set(INTERVENTION_ID, intervention.getId());
        });
  }

  /** Task_FollowUpIntervention. */
  public void followUp(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) ->
            service.followUp(
                interventionId(input),
                new InterventionInput.FollowUpInput(
                    EngineTime.today(), input.string(FollowUpIntervention.FOLLOW_UP_NOTES))));
  }

  /** Task_RecordOutcome. */
  public void outcome(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) ->
            service.conclude(
                interventionId(input),
                new InterventionInput.OutcomeInput(
                    input.string(RecordOutcome.OUTCOME),
                    input.enumValue(RecordOutcome.OUTCOME_RATING, OutcomeRating.class))));
  }

  private static Long interventionId(ProcessInput input) {
    Long id = input.number(INTERVENTION_ID);
    if (id == null) {
      throw new InvalidInputException(
          INTERVENTION_ID.name(),
          "Vilken insats som avses saknas.",
          "The intervention is unknown.");
    }
    return id;
  }
}
