package se.kommunstod.municipality;

/** The police's classification of an area, most serious first. */
public enum PoliceClassification {
  ESPECIALLY_VULNERABLE("Särskilt utsatt område"),
  RISK("Riskområde"),
  VULNERABLE("Utsatt område");

  private final String swedishName;

  PoliceClassification(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }
}
