package se.kommunstod.intervention;

import se.kommunstod.api.ModelCodes;

/**
 * The methods the support draws on, the same vocabulary as the models, forms and the DMN table
 * {@code suggestMethod}: {@link #code()} is the value a form sends (e.g. {@code gvi}), the
 * constant's name is the same in upper case with underscores.
 */
public enum InterventionMethod {
  EST("EST – Effektiv samordning för trygghet"),
  GVI("GVI/Sluta skjut"),
  SSPF("SSPF – skola, socialtjänst, polis, fritid"),
  SITUATIONAL("Situationella åtgärder"),
  UNDUE_INFLUENCE_COOPERATION("Myndighetssamverkan mot otillbörlig påverkan"),
  WELFARE_CONTROL("Kontrollsamverkan mot välfärdsbrott");

  private final String swedishName;

  InterventionMethod(String swedishName) {
    this.swedishName = swedishName;
  }

  /** The Swedish label, as in the forms. */
  public String swedishName() {
    return swedishName;
  }

  /** The code used by the models and forms, e.g. {@code gvi}. */
  public String code() {
    return ModelCodes.code(this);
  }

  /** The constant for a model code or constant name; null if none. */
  public static InterventionMethod fromCode(String code) {
    return ModelCodes.find(InterventionMethod.class, code);
  }
}
