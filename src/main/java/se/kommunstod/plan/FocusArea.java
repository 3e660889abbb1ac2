package se.kommunstod.plan;

import se.kommunstod.api.ModelCodes;

/**
 * The problem categories of the support: an activity plan's focus areas (insatsområden), the
 * prioritised problems of a situation picture and an intervention's target problem. The same
 * vocabulary as the models and forms: {@link #code()} is the value a form sends (e.g.
 * {@code gang-recruitment}), the constant's name is the same in upper case with underscores.
 */
public enum FocusArea {
  GANG_RECRUITMENT("Rekrytering till kriminella nätverk"),
  SERIOUS_VIOLENCE("Grovt våld"),
  PUBLIC_ORDER("Ordningsstörningar"),
  UNDUE_INFLUENCE("Otillbörlig påverkan"),
  WELFARE_FRAUD("Välfärdsbrott"),
  SITUATIONAL("Situationell prevention (platser och miljöer)");

  private final String swedishName;

  FocusArea(String swedishName) {
    this.swedishName = swedishName;
  }

  /** The Swedish label, as in the forms. */
  public String swedishName() {
    return swedishName;
  }

  /** The code used by the models and forms, e.g. {@code gang-recruitment}. */
  public String code() {
    return ModelCodes.code(this);
  }

  /** The constant for a model code or constant name; null if none. */
  public static FocusArea fromCode(String code) {
    return ModelCodes.find(FocusArea.class, code);
  }
}
