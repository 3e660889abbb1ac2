package se.kommunstod.evaluation;

import java.util.Locale;

/**
 * The indicators' overall development, as the form {@code indicator-follow-up} codes it ({@code
 * battre}, …).
 */
public enum IndicatorTrend {
  BATTRE("Bättre"),
  OFORANDRAD("Oförändrad"),
  SAMRE("Sämre"),
  OKLART("Går inte att bedöma");

  private final String swedishName;

  IndicatorTrend(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
