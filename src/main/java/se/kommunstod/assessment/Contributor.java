package se.kommunstod.assessment;

import se.kommunstod.security.Role;

/** Who a situation picture (lägesbild) comes from: one organisation, or the joint one. */
public enum Contributor {
  MUNICIPALITY(Role.MUNICIPALITY),
  POLICE(Role.POLICE),
  SOCIAL_SERVICES(Role.SOCIAL_SERVICES),
  HOUSING_COMPANY(Role.HOUSING_COMPANY),
  COUNTY_BOARD(Role.COUNTY_BOARD),
  /** The joint picture, merged from the others; it carries the prioritised problems. */
  JOINT(null);

  private final Role role;

  Contributor(Role role) {
    this.role = role;
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
          || contributor.role != null && contributor.role.groupId().equalsIgnoreCase(text.strip())) {
        return contributor;
      }
    }
    return null;
  }
}
