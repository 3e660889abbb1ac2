package se.kommunstod.engine;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import se.kommunstod.security.Role;

/**
 * Grants a task of a municipality to its role's group <em>in that municipality</em> ({@code
 * police.linkoping}) instead of the role group every municipality shares ({@code police}). The
 * candidate group in the model and on the task stays the role ({@code police}): models, Tasklist's
 * group filters and the case page are unchanged; only the engine's per-task authorization moves.
 *
 * <p>Why: Tasklist's query joins a person's group authorizations to the tasks. With the shared role
 * group, a municipality's police officer's query weighed the police grants of every municipality
 * (one per task, 2,500 at 10,000 tasks) before the tenant check narrowed them to their own — most
 * of a municipal user's list time (docs/tasklist-benchmark.txt). Who sees what does not change: the
 * grant was already limited by the tenant to the task's municipality, and the people of a role in a
 * municipality are the members of its group there ({@link MunicipalityAccess}).
 *
 * <p>Tasks without a tenant (the programme round) keep their group's grant. Brå's tasks get none:
 * Brå's grant on every task covers them. Tasks created before this provider keep their grants to
 * the role group, whose members the people stay.
 */
class MunicipalTaskGrants extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(
      Task task, String groupId, String identityLinkType) {
    if (Role.BRA.groupId().equals(groupId)) {
      // Brå's advisors may read and work every task (RoleSetup grants TASK "*", and history through
      // the process definitions): a grant per task would add nothing but rows that Brå's list has
      // to join, one per Brå task in the country.
      return null;
    }
    return super.newTaskGroupIdentityLink(task, grantee(task, groupId), identityLinkType);
  }

  /** The group a task's candidate group's grant goes to. */
  static String grantee(Task task, String groupId) {
    String municipality = task.getTenantId();
    if (municipality == null || groupId == null) {
      return groupId;
    }
    return Role.ofGroup(groupId)
        .filter(Role::worksInOneMunicipality)
        .map(role -> role.groupIn(municipality))
        .orElse(groupId);
  }
}
