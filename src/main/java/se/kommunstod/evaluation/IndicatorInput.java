package se.kommunstod.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** A new indicator: what is measured and in which unit. */
public record IndicatorInput(
    @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String name,
    @NotBlank @Size(max = 60) @NoPersonalIdentityNumber String unit) {

  /** A measured value at a date. */
  public record ValueInput(
      @NotNull LocalDate measuredOn,
      @NotNull @DecimalMin(
              value = "-1000000000",
              message = "Värdet är för litet. / The value is too small.")
          @DecimalMax(
              value = "1000000000",
              message = "Värdet är för stort. / The value is too large.")
          BigDecimal value) {}
}
