package se.kommunstod.security;

/**
 * The organisation roles that do work in the processes. Each is a Camunda group whose id is the
 * candidate group of the user tasks that role does; which municipality a person works for is
 * their tenant membership, not their group.
 */
public enum Role {
  BRA("bra", "Brå – stödgivare"),
  MUNICIPALITY("municipality", "Kommunens samordnare"),
  POLICE("police", "Polisen"),
  SOCIAL_SERVICES("social-services", "Socialtjänsten"),
  HOUSING_COMPANY("housing-company", "Bostadsbolag"),
  COUNTY_BOARD("county-board", "Länsstyrelsen");

  /** Camunda's built-in administrators' group. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /**
   * Process managers (processledare): they change and release the models, follow every
   * municipality's instances in Cockpit and move running cases to a new version. Not a candidate
   * group — they do no tasks of the processes — and not administrators: no users, groups, tenants.
   */
  public static final String PROCESS_MANAGER_GROUP = "processledare";

  private final String groupId;
  private final String displayName;

  Role(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }
}
