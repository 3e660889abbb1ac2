package se.kommunstod.evaluation;

/** The survey's fixed statements, each rated 1–5; the form's field is {@link #field()}. */
public enum SurveyStatement {
  NEEDS_MET("surveyNeedsMet", "Stödet motsvarade våra behov"),
  MORE_SYSTEMATIC(
      "surveyMoreSystematic", "Vårt arbete har blivit mer systematiskt och kunskapsbaserat"),
  WILL_CONTINUE("surveyWillContinue", "Vi kommer att fortsätta arbetet");

  private final String field;
  private final String swedishName;

  SurveyStatement(String field, String swedishName) {
    this.field = field;
    this.swedishName = swedishName;
  }

  public String field() {
    return field;
  }

  public String swedishName() {
    return swedishName;
  }
}
