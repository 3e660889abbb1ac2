package se.kommunstod.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * A situation picture: who it is from and a summary; an organisation's picture lists the problems
 * it observes ({@code observations}), the joint one the prioritised problems with their causes
 * ({@code prioritised}), most important first. {@code problems} is the earlier form of either: one
 * category code or free text per entry (forms before V11). The rows are checked one by one ({@link
 * se.kommunstod.api.InputValidation#checkRows}).
 */
public record SituationPictureInput(
    @NotNull Contributor contributor,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String summary,
    @Size(max = 20) List<@NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String> problems,
    @Size(max = 30) List<ObservationInput> observations,
    @Size(max = 20) List<PrioritisedProblemInput> prioritised) {

  public SituationPictureInput(Contributor contributor, String summary, List<String> problems) {
    this(contributor, summary, problems, null, null);
  }

  public List<String> problemsOrEmpty() {
    return problems == null ? List.of() : problems;
  }

  public List<ObservationInput> observationsOrEmpty() {
    return observations == null ? List.of() : observations;
  }

  public List<PrioritisedProblemInput> prioritisedOrEmpty() {
    return prioritised == null ? List.of() : prioritised;
  }

  /**
   * One observed problem. {@code areaId} is one of the municipality's areas, null for the whole
   * municipality; {@code place} optionally names a place in it ("torget").
   */
  public record ObservationInput(
      @NotNull ProblemCategory category,
      @Positive Long areaId,
      @Size(max = 200) @NoPersonalIdentityNumber String place,
      @NotNull ObservationExtent extent,
      @NotNull ObservationTrend trend,
      @NotEmpty @Size(max = 9) Set<@NotNull ObservationSource> sources,
      @NotBlank @Size(min = 3, max = 1000) @NoPersonalIdentityNumber String description) {}

  /**
   * A prioritised problem of the joint analysis: what it is, the observations it rests on (ids of
   * the organisations' observations in this case), and its causes: sides of the crime triangle
   * and/or causes in free text, at least one.
   */
  public record PrioritisedProblemInput(
      @NotNull ProblemCategory category,
      @NotBlank @Size(min = 3, max = 1000) @NoPersonalIdentityNumber String description,
      @Size(max = 90) List<@NotNull Long> observationIds,
      @Size(max = 4) Set<@NotNull CauseFactor> factors,
      @Size(max = 20) List<@NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String> causes) {

    public boolean hasCause() {
      return factors != null && !factors.isEmpty() || causes != null && !causes.isEmpty();
    }
  }
}
