package se.kommunstod.brasupport;

/** A national or regional agency that took part in a piece of Brå's support. */
public enum PartnerAgency {
  POLICE("Polismyndigheten"),
  COUNTY_BOARD("Länsstyrelsen"),
  MFOF("Myndigheten för familjerätt och föräldraskapsstöd (MFoF)"),
  SOCIALSTYRELSEN("Socialstyrelsen"),
  OTHER("Annan myndighet");

  private final String swedishName;

  PartnerAgency(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }
}
