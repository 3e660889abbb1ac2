package se.kommunstod.intervention;

import org.springframework.stereotype.Component;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;

/**
 * Writes a follow-up of an intervention, and its outcome when one is given. Reads {@code
 * interventionId} (left by {@link InterventionRecorder}), {@code followUpOn} (date), {@code
 * followUpNote}, and optionally {@code interventionOutcome}. Use as {@code
 * camunda:delegateExpression="${followUpRecorder}"}.
 */
@Component("followUpRecorder")
public class FollowUpRecorder extends RecordingDelegate {

  public static final String FOLLOWED_UP_ON = "followUpOn";
  public static final String NOTE = "followUpNote";
  public static final String OUTCOME = "interventionOutcome";

  private final InterventionService service;

  public FollowUpRecorder(InterventionService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    Long interventionId = input.number(InterventionRecorder.INTERVENTION_ID);
    if (interventionId == null) {
      throw new InvalidInputException(
          InterventionRecorder.INTERVENTION_ID,
          "Vilken insats som följs upp saknas.",
          "The intervention to follow up is missing.");
    }
    service.followUp(
        interventionId,
        new InterventionInput.FollowUpInput(input.date(FOLLOWED_UP_ON), input.string(NOTE)));
    String outcome = input.string(OUTCOME);
    if (outcome != null && !outcome.isBlank()) {
      service.conclude(interventionId, new InterventionInput.OutcomeInput(outcome));
    }
  }
}
