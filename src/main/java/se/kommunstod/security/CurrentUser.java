package se.kommunstod.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The person behind the current request: their id, role groups and the municipalities (tenants)
 * they work for. Set by {@link ApiAuthenticationFilter} as the engine's current authentication, so
 * engine queries made for the request are filtered by the same rules as in Tasklist.
 *
 * <p>In an /api controller: {@code CurrentUser user = CurrentUser.of(identityService);} then {@code
 * user.canSee(code)} before answering about one municipality (404 if not), and {@code
 * user.municipalities()} to filter lists. See docs/access.md.
 */
public record CurrentUser(String userId, List<String> groupIds, List<String> tenantIds) {

  public static CurrentUser of(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No authenticated user for this request");
    }
    return new CurrentUser(
        authentication.getUserId(),
        authentication.getGroupIds() == null
            ? List.of()
            : List.copyOf(authentication.getGroupIds()),
        authentication.getTenantIds() == null
            ? List.of()
            : List.copyOf(authentication.getTenantIds()));
  }

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId());
  }

  public boolean isAdministrator() {
    return groupIds.contains(Role.ADMIN_GROUP);
  }

  /**
   * The codes of the municipalities this person may see: the tenants they or their groups are
   * members of (a Brå advisor's and an administrator's groups are members of every tenant, a police
   * region's group of the tenants of its municipalities). Use it to filter /api answers.
   */
  public List<String> municipalities() {
    return tenantIds;
  }

  /** Whether this person may see the records of the municipality (tenant) with this code. */
  public boolean canSee(String municipalityCode) {
    return municipalityCode != null && tenantIds.contains(municipalityCode);
  }

  /** Brå advisors and administrators follow every municipality. */
  public boolean seesAllMunicipalities() {
    return hasRole(Role.BRA) || isAdministrator();
  }

  /** Same as {@link #canSee(String)}. */
  public boolean worksFor(String municipalityCode) {
    return canSee(municipalityCode);
  }
}
