package se.kommunstod.plan;

/** The focus areas (fokusområden) an activity plan can choose, as used in the support. */
public enum FocusArea {
  KNOWLEDGE_BASED_PREVENTION("Kunskapsbaserat brottsförebyggande arbete och organiserad brottslighet"),
  YOUTH_RECRUITMENT("Barn och unga som rekryteras till kriminalitet"),
  PARALLEL_STRUCTURES("Parallella samhällsstrukturer och otillåten påverkan"),
  WELFARE_FRAUD("Välfärdsbrottslighet"),
  SITUATIONAL_PREVENTION("Situationell och platsbaserad prevention"),
  VIOLENT_EXTREMISM("Våldsbejakande extremism"),
  LEAVING_CRIME("Avhopp från kriminalitet");

  private final String swedishName;

  FocusArea(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }
}
