package se.kommunstod.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Who someone is to the engine: their groups and the municipalities (tenants) they belong to, by
 * themselves or through a group — what the webapp's login collects, so that /api and the benchmarks
 * authorise a person exactly as Tasklist does.
 */
public record Memberships(String userId, List<String> groups, List<String> tenants) {

  public static Memberships of(IdentityService identityService, String userId) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    List<String> tenants =
        identityService
            .createTenantQuery()
            .userMember(userId)
            .includingGroupsOfUser(true)
            .list()
            .stream()
            .map(Tenant::getId)
            .toList();
    return new Memberships(userId, groups, tenants);
  }

  /** Makes this person the engine's current authentication on this thread. */
  public void authenticate(IdentityService identityService) {
    identityService.setAuthentication(userId, groups, tenants);
  }
}
