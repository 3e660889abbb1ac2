package se.kommunstod.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** What the follow-up and evaluation tasks of a support case enter. */
public final class CaseEvaluationInput {

  private CaseEvaluationInput() {}

  /** Task "Följ upp indikatorer". */
  public record Indicators(
      @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String indicatorSummary,
      @NotNull IndicatorTrend indicatorTrend) {}

  /** Task "Utvärdera stödet" (Brå). */
  public record Evaluation(
      @NotNull GoalsAchieved goalsAchieved,
      @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String evaluationSummary) {}
}
