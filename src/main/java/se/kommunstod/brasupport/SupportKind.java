package se.kommunstod.brasupport;

/** The kinds of support Brå gave a municipality (its three kinds, plus expert input and advice). */
public enum SupportKind {
  KNOWLEDGE_RAISING("Kunskapshöjande"),
  ORGANISATIONAL_DEVELOPMENT("Organisationsutveckling"),
  METHOD_INTRODUCTION("Metodinförande"),
  EXPERT_INPUT("Expertstöd"),
  ADVICE("Rådgivning");

  private final String swedishName;

  SupportKind(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }
}
