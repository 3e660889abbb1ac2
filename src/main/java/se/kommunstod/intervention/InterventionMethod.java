package se.kommunstod.intervention;

/** The methods the support draws on; OTHER for a local method. */
public enum InterventionMethod {
  EST("EST – effektiv samordning för trygghet"),
  GROUP_VIOLENCE_INTERVENTION("Sluta skjut / GVI"),
  PHASE_MODEL("Fasmodellen"),
  SITUATIONAL_PREVENTION("Situationell prevention"),
  CITIZEN_PROMISE("Medborgarlöfte"),
  OTHER("Annan metod");

  private final String swedishName;

  InterventionMethod(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }
}
