package se.kommunstod.supportcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** What a municipality states when it applies: why, which function to contact, which areas. */
public record ApplicationInput(
    @NotBlank @Size(max = 40) String municipalityCode,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String motivation,
    @NotBlank @Size(max = 120) @NoPersonalIdentityNumber String contactFunction,
    @NotNull @PastOrPresent LocalDate submittedOn,
    @NotEmpty @Size(max = 20) List<@NotNull Long> areaIds) {
}
