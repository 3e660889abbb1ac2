package se.kommunstod.engine;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import se.kommunstod.security.Role;

/**
 * Camunda's own identity store, keeping a person's groups per municipality ({@code <role>.<code>},
 * which that municipality's tasks are granted to: {@link MunicipalTaskGrants}) in line with their
 * role groups and municipalities, whoever changes the memberships: {@code /api/admin}, or an
 * administrator in Camunda Admin.
 *
 * <p>Why here: with grants per municipality, someone removed from the police group or from a
 * municipality in Camunda Admin kept {@code police.linkoping}, and with it Linköping's police
 * tasks; someone added there by hand got none of them. So after a membership is created, the person
 * joins each existing {@code <role>.<code>} of their roles and municipalities (directly or through
 * a group, as the police of a region); after one is removed, they leave those no longer theirs.
 * Brå's advisors have no groups per municipality (their grant covers every task).
 *
 * <p>The engine writes at the end of the command, so the change being made is not in the database
 * yet when this reads it: it is applied to what is read.
 */
public class LocalRoleGroups extends DbIdentityServiceProvider {

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    join(userId, groups -> groups.add(groupId), tenants -> {});
    return result;
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    IdentityOperationResult result = super.createTenantUserMembership(tenantId, userId);
    join(userId, groups -> {}, tenants -> tenants.add(tenantId));
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    if (!isLocalRoleGroup(groupId)) {
      leave(userId, groups -> groups.remove(groupId), tenants -> {});
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    IdentityOperationResult result = super.deleteTenantUserMembership(tenantId, userId);
    leave(userId, groups -> {}, tenants -> tenants.remove(tenantId));
    return result;
  }

  private void join(
      String userId, Consumer<Set<String>> groupChange, Consumer<Set<String>> tenantChange) {
    Memberships now = memberships(userId, groupChange, tenantChange);
    for (String group : now.localGroupsDue()) {
      if (!now.groups().contains(group) && findGroupById(group) != null) {
        super.createMembership(userId, group);
      }
    }
  }

  private void leave(
      String userId, Consumer<Set<String>> groupChange, Consumer<Set<String>> tenantChange) {
    Memberships now = memberships(userId, groupChange, tenantChange);
    Set<String> due = now.localGroupsDue();
    for (String group : now.groups()) {
      if (isLocalRoleGroup(group) && !due.contains(group)) {
        super.deleteMembership(userId, group);
      }
    }
  }

  /** The person's groups and municipalities as they are once the command's change is applied. */
  private Memberships memberships(
      String userId, Consumer<Set<String>> groupChange, Consumer<Set<String>> tenantChange) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(
        () -> {
          Set<String> groups =
              IdentitySetup.ids(createGroupQuery(context).groupMember(userId).list(), Group::getId);
          groupChange.accept(groups);
          Set<String> tenants =
              IdentitySetup.ids(
                  createTenantQuery(context).userMember(userId).list(), Tenant::getId);
          tenantChange.accept(tenants);
          for (String group : groups) {
            tenants.addAll(
                IdentitySetup.ids(
                    createTenantQuery(context).groupMember(group).list(), Tenant::getId));
          }
          return new Memberships(groups, tenants);
        });
  }

  private static boolean isLocalRoleGroup(String groupId) {
    for (Role role : Role.values()) {
      if (role.worksInOneMunicipality() && groupId.startsWith(role.groupId() + ".")) {
        return true;
      }
    }
    return false;
  }

  private record Memberships(Set<String> groups, Set<String> tenants) {

    /** {@code <role>.<code>} for each of the person's roles and municipalities. */
    Set<String> localGroupsDue() {
      Set<String> due = new HashSet<>();
      for (Role role : Role.values()) {
        if (role.worksInOneMunicipality() && groups.contains(role.groupId())) {
          tenants.forEach(tenant -> due.add(role.groupIn(tenant)));
        }
      }
      return due;
    }
  }
}
