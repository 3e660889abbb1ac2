package se.kommunstod.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * A situation picture: who it is from, a summary, and the problems it names, most important
 * first (for the joint picture this order is the prioritisation).
 */
public record SituationPictureInput(
    @NotNull Contributor contributor,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String summary,
    @Size(max = 20) List<@NotBlank @Size(max = 1000) @NoPersonalIdentityNumber String> problems) {

  public List<String> problemsOrEmpty() {
    return problems == null ? List.of() : problems;
  }
}
