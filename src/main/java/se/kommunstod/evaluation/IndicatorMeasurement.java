package se.kommunstod.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * A measured value of an indicator as the follow-up records it: date, value, an optional comment.
 */
public record IndicatorMeasurement(
    @NotNull LocalDate measuredOn,
    @NotNull @DecimalMin(
            value = "-1000000000",
            message = "Värdet är för litet. / The value is too small.")
        @DecimalMax(
            value = "1000000000",
            message = "Värdet är för stort. / The value is too large.")
        BigDecimal value,
    @Size(max = 1000) @NoPersonalIdentityNumber String comment) {}
