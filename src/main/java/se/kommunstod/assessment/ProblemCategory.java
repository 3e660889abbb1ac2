package se.kommunstod.assessment;

import se.kommunstod.api.ModelCodes;

/**
 * What a prioritised problem of a situation picture is about, and the problem an intervention
 * targets. Kept apart from {@link se.kommunstod.plan.FocusArea}: the government decision names
 * recruitment to gangs, serious violence between criminals and public-order disturbances as
 * examples of problems the support can address, while focus areas are the programme's fields of
 * work. The same vocabulary as the models and forms: {@link #code()} is the value a form sends
 * (e.g. {@code gang-recruitment}), the constant's name is the same in upper case with underscores.
 */
public enum ProblemCategory {
  GANG_RECRUITMENT("Rekrytering till kriminella nätverk"),
  SERIOUS_VIOLENCE("Grovt våld"),
  PUBLIC_ORDER("Ordningsstörningar"),
  UNDUE_INFLUENCE("Otillbörlig påverkan"),
  WELFARE_FRAUD("Välfärdsbrott"),
  SITUATIONAL("Otrygga platser och miljöer");

  private final String swedishName;

  ProblemCategory(String swedishName) {
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
  public static ProblemCategory fromCode(String code) {
    return ModelCodes.find(ProblemCategory.class, code);
  }
}
