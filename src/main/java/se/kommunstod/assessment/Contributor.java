package se.kommunstod.assessment;

import se.kommunstod.security.Role;

/** Who a situation picture (lägesbild) comes from: one organisation, or the joint one. */
public enum Contributor {
  MUNICIPALITY(Role.MUNICIPALITY, "Kommunen"),
  POLICE(Role.POLICE, "Polisen"),
  SOCIAL_SERVICES(Role.SOCIAL_SERVICES, "Socialtjänsten"),
  HOUSING_COMPANY(Role.HOUSING_COMPANY, "Bostadsbolaget"),
  COUNTY_BOARD(Role.COUNTY_BOARD, "Länsstyrelsen"),
  /** The joint picture, merged from the others; it carries the prioritised problems. */
  JOINT(null, "Gemensam");

  private final Role role;
  private final String swedishName;

  Contributor(Role role, String swedishName) {
    this.role = role;
    this.swedishName = swedishName;
  }

  /** "Polisen", "Socialtjänsten", …, as the forms and tables name the organisation. */
  public String swedishName() {
    return swedishName;
  }

  /** The role that writes this organisation's picture; null for the joint one. */
  public Role role() {
    return role;
  }

  /** "police", "social-services", "joint", … (group id or enum name, any case). */
  public static Contributor fromText(String text) {
    if (text == null) {
      return null;
    }
    for (Contributor contributor : values()) {
      if (contributor.name().equalsIgnoreCase(text.strip().replace('-', '_'))
          || contributor.role != null
              && contributor.role.groupId().equalsIgnoreCase(text.strip())) {
        return contributor;
      }
    }
    return null;
  }
}
