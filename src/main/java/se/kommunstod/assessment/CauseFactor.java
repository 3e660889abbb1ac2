package se.kommunstod.assessment;

import se.kommunstod.api.ModelCodes;

/**
 * A cause of a prioritised problem after the crime triangle (problemanalystriangeln): offenders,
 * targets, places, and the guardians who are absent. Forms: {@code
 * motivated-offenders|suitable-targets|places|absent-guardians}. {@link #code()} is the value the
 * forms send, the constant's name the same in upper case with underscores.
 */
public enum CauseFactor {
  MOTIVATED_OFFENDERS("Motiverade gärningspersoner"),
  SUITABLE_TARGETS("Lämpliga mål eller offer"),
  PLACES("Platser"),
  ABSENT_GUARDIANS("Frånvaro av kapabla väktare");

  private final String swedishName;

  CauseFactor(String swedishName) {
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
  public static CauseFactor fromCode(String code) {
    return ModelCodes.find(CauseFactor.class, code);
  }
}
