package se.kommunstod.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The person behind the current request: their id, role groups and the municipalities (tenants)
 * they work for. Set by {@link ApiAuthenticationFilter} as the engine's current authentication, so
 * engine queries made for the request are filtered by the same rules as in Tasklist.
 */
public record CurrentUser(String userId, List<String> groupIds, List<String> tenantIds) {

  public static CurrentUser of(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("No authenticated user for this request");
    }
    return new CurrentUser(authentication.getUserId(),
        authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds()),
        authentication.getTenantIds() == null ? List.of() : List.copyOf(authentication.getTenantIds()));
  }

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId());
  }

  /** Brå advisors and administrators follow every municipality. */
  public boolean seesAllMunicipalities() {
    return hasRole(Role.BRA) || groupIds.contains(Role.ADMIN_GROUP);
  }

  public boolean worksFor(String municipalityCode) {
    return seesAllMunicipalities() || tenantIds.contains(municipalityCode);
  }
}
