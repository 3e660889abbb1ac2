package se.kommunstod.supportcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * What the task "Besluta om ansökan" decides, with what it showed (municipality, classification,
 * DMN result and the rule that gave it) and the round's prioritisation record it decides on (null
 * when the task was started without one, e.g. by a model older than V9).
 */
public record ApplicationDecisionInput(
    @NotBlank @Size(max = 40) String municipalityCode,
    @Size(max = 30) String policeClassification,
    Integer priority,
    @Size(max = 20) String recommendation,
    @NotNull ApplicationDecision.Verdict decision,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String motivation,
    Long roundApplicationId,
    @Size(max = 400) String rule) {}
