package se.kommunstod.brasupport;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * What a Brå advisor records about support given: kind, partner (optional), focus area (optional),
 * date, hours, what.
 */
public record BraSupportInput(
    @NotNull SupportKind kind,
    PartnerAgency partner,
    FocusArea focusArea,
    @NotNull LocalDate givenOn,
    @NotNull @DecimalMin(
            value = "0.5",
            message = "Ange minst en halv timme. / Enter at least half an hour.")
        @DecimalMax(
            value = "1000",
            message = "Högst 1000 timmar per post. / At most 1000 hours per entry.")
        @Digits(
            integer = 4,
            fraction = 1,
            message = "Ange timmar med högst en decimal. / Hours with at most one decimal.")
        BigDecimal hours,
    @NotBlank @Size(min = 5, max = 1000) @NoPersonalIdentityNumber String description) {}
