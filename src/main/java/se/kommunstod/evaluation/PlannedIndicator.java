package se.kommunstod.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * An indicator as the action plan defines it at kick-off: what is measured, in which unit, from
 * which source, where it starts (baseline), where it should go (target) and which way is better.
 * {@link IndicatorService#defineForActionPlan} turns it into an {@link Indicator}.
 */
public record PlannedIndicator(
    @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String name,
    @NotBlank @Size(max = 60) @NoPersonalIdentityNumber String unit,
    @Size(max = 200) @NoPersonalIdentityNumber String source,
    @DecimalMin(value = "-1000000000", message = "Värdet är för litet. / The value is too small.") @DecimalMax(
            value = "1000000000",
            message = "Värdet är för stort. / The value is too large.")
        BigDecimal baseline,
    @DecimalMin(value = "-1000000000", message = "Värdet är för litet. / The value is too small.") @DecimalMax(
            value = "1000000000",
            message = "Värdet är för stort. / The value is too large.")
        BigDecimal target,
    @NotNull IndicatorDirection direction) {}
