package se.kommunstod.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Idempotent steps to create groups, tenants, users and grants: safe to run at every start. Each
 * step asks the engine whether its fact exists; for many steps at once (every municipality at every
 * start) {@link #remembering()} asks in bulk instead.
 */
@Service
public class IdentitySetup implements IdentitySteps {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /**
   * Steps that read what exists once, in bulk (all tenants and groups; a group's tenants and a
   * user's groups at their first use), and ask the engine only about what was not there: a restart
   * with 290 municipalities made about 20 queries per municipality before. Only facts read from the
   * engine or written by these steps are remembered, so a fact missing from them is asked for
   * again, never assumed absent. For one run of steps; not shared between threads.
   */
  public IdentitySteps remembering() {
    return new Remembering();
  }

  @Override
  public boolean group(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
      return true;
    }
    return false;
  }

  @Override
  public void tenant(String id, String name) {
    if (identityService.createTenantQuery().tenantId(id).count() == 0) {
      Tenant tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }

  /** Creates the user if absent; an existing user's password is left as it is. */
  public void user(String id, String firstName, String lastName, String email, String password) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
    }
  }

  @Override
  public void groupMember(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  public void tenantMember(String userId, String tenantId) {
    if (identityService.createUserQuery().userId(userId).memberOfTenant(tenantId).count() == 0) {
      identityService.createTenantUserMembership(tenantId, userId);
    }
  }

  @Override
  public void tenantGroup(String groupId, String tenantId) {
    if (identityService.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }

  @Override
  public List<String> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId)
        .toList();
  }

  /** Grants a group the permissions on a resource (id "*" for all), adding to an existing grant. */
  public void grantGroup(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      changed |= !grant.isPermissionGranted(permission);
      grant.addPermission(permission);
    }
    if (changed) { // every start grants the same again: write only what is new
      authorizationService.saveAuthorization(grant);
    }
  }

  /** The ids of the groups, tenants or users a query found, as a set to add to. */
  static <T> Set<String> ids(List<T> found, Function<T, String> id) {
    return found.stream().map(id).collect(Collectors.toCollection(HashSet::new));
  }

  private final class Remembering implements IdentitySteps {

    private final Set<String> tenants =
        ids(identityService.createTenantQuery().list(), Tenant::getId);
    private final Set<String> groups = ids(identityService.createGroupQuery().list(), Group::getId);
    private final Map<String, Set<String>> tenantsOfGroup = new HashMap<>();
    private final Map<String, Set<String>> groupsOfUser = new HashMap<>();
    private final Map<String, List<String>> membersOfGroup = new HashMap<>();

    @Override
    public boolean group(String id, String name, String type) {
      return groups.add(id) && IdentitySetup.this.group(id, name, type);
    }

    @Override
    public void tenant(String id, String name) {
      if (tenants.add(id)) {
        IdentitySetup.this.tenant(id, name);
      }
    }

    @Override
    public void groupMember(String userId, String groupId) {
      Set<String> known =
          groupsOfUser.computeIfAbsent(
              userId,
              user ->
                  ids(identityService.createGroupQuery().groupMember(user).list(), Group::getId));
      if (known.add(groupId)) {
        IdentitySetup.this.groupMember(userId, groupId);
      }
    }

    @Override
    public void tenantGroup(String groupId, String tenantId) {
      Set<String> known =
          tenantsOfGroup.computeIfAbsent(
              groupId,
              group ->
                  ids(
                      identityService.createTenantQuery().groupMember(group).list(),
                      Tenant::getId));
      if (known.add(tenantId)) {
        IdentitySetup.this.tenantGroup(groupId, tenantId);
      }
    }

    @Override
    public List<String> membersOf(String groupId) {
      return membersOfGroup.computeIfAbsent(groupId, IdentitySetup.this::membersOf);
    }
  }
}
