package se.kommunstod.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** An organisation's survey answer: three ratings 1–5 and two open answers. */
public record SurveyInput(
    @NotNull(message = "Välj ett värde 1–5. / Choose a value 1–5.") @Min(value = 1, message = "Välj ett värde 1–5. / Choose a value 1–5.") @Max(value = 5, message = "Välj ett värde 1–5. / Choose a value 1–5.") Integer needsMet,
    @NotNull(message = "Välj ett värde 1–5. / Choose a value 1–5.") @Min(value = 1, message = "Välj ett värde 1–5. / Choose a value 1–5.") @Max(value = 5, message = "Välj ett värde 1–5. / Choose a value 1–5.") Integer moreSystematic,
    @NotNull(message = "Välj ett värde 1–5. / Choose a value 1–5.") @Min(value = 1, message = "Välj ett värde 1–5. / Choose a value 1–5.") @Max(value = 5, message = "Välj ett värde 1–5. / Choose a value 1–5.") Integer willContinue,
    @NotBlank @Size(min = 3, max = 4000) @NoPersonalIdentityNumber String whatWorked,
    @NotBlank @Size(min = 3, max = 4000) @NoPersonalIdentityNumber String toImprove) {}
