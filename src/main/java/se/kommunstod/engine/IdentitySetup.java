package se.kommunstod.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Idempotent steps to create groups, tenants, users and grants: safe to run at every start. */
@Service
public class IdentitySetup {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** Creates the group if absent; true if it was created. */
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

  public void tenantGroup(String groupId, String tenantId) {
    if (identityService.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
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
}
