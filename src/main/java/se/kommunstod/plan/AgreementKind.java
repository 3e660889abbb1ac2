package se.kommunstod.plan;

import se.kommunstod.api.ModelCodes;

/**
 * What the municipality and the police signed at kick-off (forms: {@code declaration-of-intent},
 * {@code cooperation-agreement}).
 */
public enum AgreementKind {
  DECLARATION_OF_INTENT("Avsiktsförklaring"),
  COOPERATION_AGREEMENT("Samverkansöverenskommelse");

  private final String swedishName;

  AgreementKind(String swedishName) {
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
  public static AgreementKind fromCode(String code) {
    return ModelCodes.find(AgreementKind.class, code);
  }
}
