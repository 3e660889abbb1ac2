package se.kommunstod.assessment;

import se.kommunstod.api.ModelCodes;

/**
 * How large an observed problem is (forms: {@code enstaka|aterkommande|omfattande|okand}). {@link
 * #code()} is the value the forms send, the constant's name the same in upper case with
 * underscores.
 */
public enum ObservationExtent {
  ENSTAKA("Enstaka händelser"),
  ATERKOMMANDE("Återkommande"),
  OMFATTANDE("Omfattande"),
  OKAND("Okänd omfattning");

  private final String swedishName;

  ObservationExtent(String swedishName) {
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
  public static ObservationExtent fromCode(String code) {
    return ModelCodes.find(ObservationExtent.class, code);
  }
}
