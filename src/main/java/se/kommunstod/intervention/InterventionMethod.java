package se.kommunstod.intervention;

import java.util.Arrays;
import java.util.Locale;

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

  /** The code used by the models and forms, e.g. {@code undue-influence-cooperation}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant for a model code ({@code gvi}) or constant name ({@code GVI}); null if none. */
  public static InterventionMethod fromCode(String code) {
    if (code == null) {
      return null;
    }
    String normalised = code.strip();
    return Arrays.stream(values())
        .filter(value -> value.code().equalsIgnoreCase(normalised) || value.name().equalsIgnoreCase(normalised))
        .findFirst().orElse(null);
  }
}
