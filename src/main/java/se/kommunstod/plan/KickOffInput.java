package se.kommunstod.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.kommunstod.evaluation.PlannedIndicator;
import se.kommunstod.privacy.NoPersonalIdentityNumber;
import se.kommunstod.security.Role;

/**
 * What the kick-off (uppstart) records: the declaration of intent or cooperation agreement (kind,
 * date, who signed as organisation and position), the citizen promises, the indicators of the
 * follow-up and the action plan's measures, besides the plan's overall goal. A kick-off from a form
 * before V11 has none of these and names the focus areas instead ({@link ActivityPlanInput}).
 */
public record KickOffInput(
    @NotNull AgreementKind agreementKind,
    @NotNull LocalDate agreementSignedOn,
    @Size(max = 20) List<SignatoryInput> signatories,
    @Size(max = 20) List<@NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String> citizenPromises,
    @Size(max = 30) List<PlannedIndicator> indicators,
    @Size(max = 40) List<MeasureInput> measures) {

  public List<SignatoryInput> signatoriesOrEmpty() {
    return signatories == null ? List.of() : signatories;
  }

  public List<String> citizenPromisesOrEmpty() {
    return citizenPromises == null ? List.of() : citizenPromises;
  }

  public List<PlannedIndicator> indicatorsOrEmpty() {
    return indicators == null ? List.of() : indicators;
  }

  public List<MeasureInput> measuresOrEmpty() {
    return measures == null ? List.of() : measures;
  }

  /**
   * Who signed: an organisation and a position ("kommundirektör", "lokalpolisområdeschef"), not a
   * name.
   */
  public record SignatoryInput(
      @NotNull Role organisation,
      @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String title) {}

  /**
   * A row of the action plan: the prioritised problem and the cause it is aimed at (ids from the
   * joint analysis), the measure, the focus area it falls in, its operative goal, when it is to be
   * done, who (an organisation), the indicator it is followed up with (by name, one of the plan's)
   * and its status.
   */
  public record MeasureInput(
      @Positive Long problemId,
      @Positive Long causeId,
      @NotBlank @Size(min = 3, max = 1000) @NoPersonalIdentityNumber String measure,
      @NotNull FocusArea focusArea,
      @NotBlank @Size(min = 3, max = 1000) @NoPersonalIdentityNumber String goal,
      @NotNull LocalDate dueOn,
      @NotNull Role owner,
      @Size(max = 200) @NoPersonalIdentityNumber String indicator,
      @NotNull MeasureStatus status) {}
}
