package se.kommunstod.supportcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * What a municipality states when it applies: why, which function to contact, which areas, and
 * (optional) its existing crime-prevention work and capacity to deliver within about a year, as the
 * codes of the DMN table prioritiseApplication.
 */
public record ApplicationInput(
    @NotBlank @Size(max = 40) String municipalityCode,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String motivation,
    @NotBlank @Size(max = 120) @NoPersonalIdentityNumber String contactFunction,
    @NotNull @PastOrPresent LocalDate submittedOn,
    @NotEmpty @Size(max = 20) List<@NotNull Long> areaIds,
    @Pattern(
            regexp = "etablerat|paborjat|saknas",
            message =
                "ska vara etablerat, paborjat eller saknas / must be etablerat, paborjat or saknas")
        String existingWork,
    @Pattern(
            regexp = "god|begransad|otillracklig",
            message =
                "ska vara god, begransad eller otillracklig / must be god, begransad or otillracklig")
        String capacity) {}
