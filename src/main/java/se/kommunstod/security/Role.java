package se.kommunstod.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The organisation roles that do work in the processes. Each is a Camunda group whose id is the
 * candidate group of the user tasks that role does; which municipality a person works for is their
 * tenant membership. A role that works for one municipality also has a group per municipality
 * ({@link #groupIn}), which its tasks there are granted to (engine.MunicipalTaskGrants): the people
 * of the role in that municipality are its members.
 */
public enum Role {
  BRA("bra", "Brå – stödgivare", "Brå"),
  MUNICIPALITY("municipality", "Kommunens samordnare", "Kommunen"),
  POLICE("police", "Polisen", "Polisen"),
  SOCIAL_SERVICES("social-services", "Socialtjänsten", "Socialtjänsten"),
  HOUSING_COMPANY("housing-company", "Bostadsbolag", "Bostadsbolaget"),
  COUNTY_BOARD("county-board", "Länsstyrelsen", "Länsstyrelsen");

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
  private final String organisationName;

  Role(String groupId, String displayName, String organisationName) {
    this.groupId = groupId;
    this.displayName = displayName;
    this.organisationName = organisationName;
  }

  /** The organisation as a report or a form names it: "Polisen", "Bostadsbolaget", … */
  public String organisationName() {
    return organisationName;
  }

  public String groupId() {
    return groupId;
  }

  /** Everyone but Brå, who follows every municipality, works for one municipality (or region). */
  public boolean worksInOneMunicipality() {
    return this != BRA;
  }

  /** This role's group in one municipality, e.g. {@code police.linkoping}. */
  public String groupIn(String municipalityCode) {
    return groupId + "." + municipalityCode;
  }

  /** The role whose (shared) group this is, if any. */
  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
  }

  public String displayName() {
    return displayName;
  }
}
