package se.kommunstod.plan;

import se.kommunstod.api.ModelCodes;

/**
 * How far a measure of the action plan has come (forms: {@code planned}, {@code started}, {@code
 * done}, {@code cancelled}); an intervention started from it moves it on.
 */
public enum MeasureStatus {
  PLANNED("Planerad"),
  STARTED("Pågår"),
  DONE("Genomförd"),
  CANCELLED("Avbruten");

  private final String swedishName;

  MeasureStatus(String swedishName) {
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
  public static MeasureStatus fromCode(String code) {
    return ModelCodes.find(MeasureStatus.class, code);
  }
}
