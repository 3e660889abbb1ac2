package se.kommunstod.intervention;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.privacy.NoPersonalIdentityNumber;
import se.kommunstod.security.Role;

/**
 * A new intervention: the problem it targets (id of a prioritised problem and/or the problem
 * category {@code targetProblem}, both optional), method, owner, plan, period, and the activity
 * plan's focus area it belongs to (optional: an intervention can be registered outside the plan).
 */
public record InterventionInput(
    @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String title,
    @Positive Long problemId,
    @NotNull InterventionMethod method,
    @NotNull Role ownerRole,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String plan,
    @NotNull LocalDate startsOn,
    LocalDate endsOn,
    ProblemCategory targetProblem,
    FocusArea focusArea) {

  public InterventionInput(
      String title,
      Long problemId,
      InterventionMethod method,
      Role ownerRole,
      String plan,
      LocalDate startsOn,
      LocalDate endsOn) {
    this(title, problemId, method, ownerRole, plan, startsOn, endsOn, null, null);
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "Slutdatum får inte ligga före startdatum. / The end date must not be before the start date.")
  public boolean isPeriodInOrder() {
    return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
  }

  /** A follow-up of an intervention. */
  public record FollowUpInput(
      @NotNull LocalDate followedUpOn,
      @NotBlank @Size(min = 5, max = 4000) @NoPersonalIdentityNumber String note) {}

  /** The outcome of an intervention, assessed at its end. */
  public record OutcomeInput(
      @NotBlank @Size(min = 5, max = 4000) @NoPersonalIdentityNumber String outcome,
      OutcomeRating outcomeRating) {

    public OutcomeInput(String outcome) {
      this(outcome, null);
    }
  }
}
