package se.kommunstod.intervention;

import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;
import se.kommunstod.security.Role;

/**
 * Registers the intervention planned in a task's form. Reads {@code interventionTitle}, {@code
 * interventionProblemId} (optional), {@code interventionMethod} (e.g. EST), {@code
 * interventionOwnerRole} (e.g. POLICE or police), {@code interventionPlan}, {@code
 * interventionStartsOn} and {@code interventionEndsOn} (optional); leaves the new record's id in
 * the variable {@code interventionId} for later follow-ups. Use as {@code
 * camunda:delegateExpression="${interventionRecorder}"}.
 */
@Component("interventionRecorder")
public class InterventionRecorder extends RecordingDelegate {

  public static final String TITLE = "interventionTitle";
  public static final String PROBLEM_ID = "interventionProblemId";
  public static final String METHOD = "interventionMethod";
  public static final String OWNER_ROLE = "interventionOwnerRole";
  public static final String PLAN = "interventionPlan";
  public static final String STARTS_ON = "interventionStartsOn";
  public static final String ENDS_ON = "interventionEndsOn";
  public static final String INTERVENTION_ID = "interventionId";

  private final InterventionService service;

  public InterventionRecorder(InterventionService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    Intervention intervention =
        service.register(
            businessKey,
            input.string(TITLE),
            input.number(PROBLEM_ID),
            input.enumValue(METHOD, InterventionMethod.class),
            input.enumValue(OWNER_ROLE, Role.class),
            input.string(PLAN),
            input.date(STARTS_ON),
            input.date(ENDS_ON));
    input.set(INTERVENTION_ID, intervention.getId());
  }
}
