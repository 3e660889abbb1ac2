package se.kommunstod.assessment;

import se.kommunstod.api.ModelCodes;

/**
 * How an observed problem develops, as the organisation sees it (forms: {@code
 * okande|oforandrad|minskande|okand}). {@link #code()} is the value the forms send, the constant's
 * name the same in upper case with underscores.
 */
public enum ObservationTrend {
  OKANDE("Ökande"),
  OFORANDRAD("Oförändrad"),
  MINSKANDE("Minskande"),
  OKAND("Okänd");

  private final String swedishName;

  ObservationTrend(String swedishName) {
    this.swedishName = swedishName;
  }

  /** The Swedish label, as in the forms. */
  public String swedishName() {
    return swedishName;
  }

  /** The code used by the forms. */
  public String code() {
    return ModelCodes.code(this);
  }

  /** The constant for a form code or constant name; null if none. */
  public static ObservationTrend fromCode(String code) {
    return ModelCodes.find(ObservationTrend.class, code);
  }
}
