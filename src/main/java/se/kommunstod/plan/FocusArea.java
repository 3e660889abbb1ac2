package se.kommunstod.plan;

import se.kommunstod.api.ModelCodes;

/**
 * The programme's focus areas (insatsområden) as Brå ran the support: its six fields of work and,
 * from 2023, avhopp. An activity plan chooses them, each chosen one becomes an intervention,
 * lessons are tagged with them and the report counts interventions per focus area. Problems (what a
 * situation picture prioritises, e.g. serious violence or public order) are {@link
 * se.kommunstod.assessment.ProblemCategory}, not focus areas. {@link #code()} is the value the
 * models and forms use (e.g. {@code youth-recruitment}); the constant's name is the same in upper
 * case with underscores.
 */
public enum FocusArea {
  KNOWLEDGE_BASED_PREVENTION(
      "Kunskapsbaserat brottsförebyggande arbete och organiserad brottslighet"),
  YOUTH_RECRUITMENT("Barn och unga som rekryteras till kriminalitet"),
  PARALLEL_STRUCTURES("Parallella samhällsstrukturer och otillåten påverkan"),
  WELFARE_CRIME("Välfärdsbrottslighet"),
  SITUATIONAL_PREVENTION("Situationell och platsbaserad brottsprevention"),
  VIOLENT_EXTREMISM("Våldsbejakande extremism"),
  LEAVING_CRIME("Avhopp: personer som vill lämna kriminalitet");

  private final String swedishName;

  FocusArea(String swedishName) {
    this.swedishName = swedishName;
  }

  /** The Swedish label, as in the forms. */
  public String swedishName() {
    return swedishName;
  }

  /** The code used by the models and forms, e.g. {@code youth-recruitment}. */
  public String code() {
    return ModelCodes.code(this);
  }

  /** The constant for a model code or constant name; null if none. */
  public static FocusArea fromCode(String code) {
    return ModelCodes.find(FocusArea.class, code);
  }
}
