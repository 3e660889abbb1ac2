package se.kommunstod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kommunstod.evaluation.IndicatorController.IndicatorView;
import se.kommunstod.evaluation.IndicatorController.ValueView;
import se.kommunstod.evaluation.IndicatorDirection;

/** Where an indicator's latest value stands on the case page, in the indicator's own direction. */
class MethodSectionsTest {

  @Test
  void theLatestValueIsReadInTheIndicatorsDirection() {
    IndicatorView fewer = indicator("24", "12", IndicatorDirection.DECREASE);
    assertThat(MethodSections.standing(fewer, value("12"))).isEqualTo("Målet är nått");
    assertThat(MethodSections.standing(fewer, value("18"))).isEqualTo("Bättre än utgångsvärdet");
    assertThat(MethodSections.standing(fewer, value("24"))).isEqualTo("Som utgångsvärdet");
    assertThat(MethodSections.standing(fewer, value("30"))).isEqualTo("Sämre än utgångsvärdet");
    IndicatorView more = indicator("41.5", "60", IndicatorDirection.INCREASE);
    assertThat(MethodSections.standing(more, value("61"))).isEqualTo("Målet är nått");
    assertThat(MethodSections.standing(more, value("45"))).isEqualTo("Bättre än utgångsvärdet");
    assertThat(MethodSections.standing(more, value("40"))).isEqualTo("Sämre än utgångsvärdet");
    assertThat(MethodSections.standing(more, null)).isEmpty();
  }

  private static IndicatorView indicator(
      String baseline, String target, IndicatorDirection direction) {
    return new IndicatorView(
        1L,
        "Indikator",
        "antal",
        null,
        new BigDecimal(baseline),
        new BigDecimal(target),
        direction,
        List.of());
  }

  private static ValueView value(String value) {
    return new ValueView(LocalDate.of(2026, 11, 1), new BigDecimal(value), null);
  }
}
