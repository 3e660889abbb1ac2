package se.kommunstod.evaluation;

import java.util.Locale;

/**
 * Which way an indicator should move for the situation to be better; forms code it {@code
 * increase|decrease}.
 */
public enum IndicatorDirection {
  INCREASE("Ska öka"),
  DECREASE("Ska minska");

  private final String swedishName;

  IndicatorDirection(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The direction a form's code names, or null for none. */
  public static IndicatorDirection fromCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
