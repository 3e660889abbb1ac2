package se.kommunstod.assessment;

import se.kommunstod.api.ModelCodes;

/**
 * What an observation rests on: statistics, surveys and what staff see — never registers about
 * individuals. {@link #code()} is the value the forms send, the constant's name the same in upper
 * case with underscores.
 */
public enum ObservationSource {
  POLISENS_STATISTIK("Polisens statistik"),
  TRYGGHETSMATNING("Trygghetsmätning"),
  EST_RAPPORTER("EST-rapporter"),
  PERSONALENS_IAKTTAGELSER("Personalens iakttagelser"),
  SKOLANS_UNDERLAG("Skolans underlag"),
  SOCIALTJANSTENS_STATISTIK("Socialtjänstens statistik"),
  BOSTADSBOLAGETS_UNDERLAG("Bostadsbolagets underlag"),
  MEDBORGARDIALOG("Medborgardialog"),
  OVRIGT("Annan källa");

  private final String swedishName;

  ObservationSource(String swedishName) {
    this.swedishName = swedishName;
  }

  /** The Swedish label, as in the forms. */
  public String swedishName() {
    return swedishName;
  }

  /** The code used by the forms. */
  public String code() {
    return ModelCodes.code(this);
  }

  /** The constant for a form code or constant name; null if none. */
  public static ObservationSource fromCode(String code) {
    return ModelCodes.find(ObservationSource.class, code);
  }
}
