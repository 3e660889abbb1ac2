package se.kommunstod.engine;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_TASK;

import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.security.Role;

/**
 * The role groups and what each role may do, on every installation. Tasks are granted to their
 * candidate group by the engine itself (read and work); tenant membership limits everything to a
 * person's own municipalities. Every role may use Tasklist and read the shared models; only Brå
 * advisors (and administrators) get Cockpit.
 */
@Component
@Order(1)
class RoleSetup implements ApplicationRunner {

  private final IdentitySetup identity;

  RoleSetup(IdentitySetup identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.group(Role.ADMIN_GROUP, "Administratörer", Groups.GROUP_TYPE_SYSTEM);
    for (Resource resource : Resources.values()) {
      identity.grantGroup(Role.ADMIN_GROUP, resource, "*", ALL);
    }
    for (Role role : Role.values()) {
      identity.group(role.groupId(), role.displayName(), Groups.GROUP_TYPE_WORKFLOW);
      identity.grantGroup(role.groupId(), Resources.APPLICATION, "tasklist", ACCESS);
      identity.grantGroup(role.groupId(), Resources.FILTER, "*", READ);
      identity.grantGroup(role.groupId(), Resources.PROCESS_DEFINITION, "*", READ);
    }
    // Brå advisors follow every case: they see and work all instances and tasks (tenant
    // membership of every municipality, see MunicipalityAccess) and use Cockpit, but change no
    // deployments and delete nothing.
    String bra = Role.BRA.groupId();
    identity.grantGroup(bra, Resources.APPLICATION, "cockpit", ACCESS);
    identity.grantGroup(
        bra,
        Resources.PROCESS_DEFINITION,
        "*",
        READ,
        READ_HISTORY,
        READ_INSTANCE,
        UPDATE_INSTANCE,
        CREATE_INSTANCE,
        READ_TASK,
        UPDATE_TASK,
        TASK_WORK,
        TASK_ASSIGN);
    identity.grantGroup(bra, Resources.PROCESS_INSTANCE, "*", READ, UPDATE, CREATE);
    identity.grantGroup(bra, Resources.TASK, "*", READ, UPDATE, TASK_WORK, TASK_ASSIGN);
    identity.grantGroup(bra, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
    identity.grantGroup(bra, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    identity.grantGroup(bra, Resources.DEPLOYMENT, "*", READ);

    processManagers();
  }

  /**
   * Process managers release models and move running cases (docs/rollout.md): they may deploy (the
   * deployment guard still refuses what would split the model set), read every definition, instance
   * and its history in Cockpit, and migrate instances, one by one or as a batch. They get no Admin
   * app and no grant on users, groups, tenants, memberships or authorizations, and they work no
   * tasks. Their tenant memberships (every municipality) come from MunicipalityAccess.
   */
  private void processManagers() {
    String managers = Role.PROCESS_MANAGER_GROUP;
    identity.group(managers, "Processledare", Groups.GROUP_TYPE_WORKFLOW);
    identity.grantGroup(managers, Resources.APPLICATION, "cockpit", ACCESS);
    identity.grantGroup(managers, Resources.APPLICATION, "tasklist", ACCESS);
    identity.grantGroup(managers, Resources.DEPLOYMENT, "*", CREATE, READ);
    identity.grantGroup(
        managers,
        Resources.PROCESS_DEFINITION,
        "*",
        READ,
        READ_HISTORY,
        READ_INSTANCE,
        READ_TASK,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE);
    identity.grantGroup(managers, Resources.PROCESS_INSTANCE, "*", READ);
    identity.grantGroup(managers, Resources.TASK, "*", READ);
    identity.grantGroup(
        managers,
        Resources.HISTORIC_PROCESS_INSTANCE,
        "*",
        HistoricProcessInstancePermissions.READ);
    identity.grantGroup(managers, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
    identity.grantGroup(managers, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
    identity.grantGroup(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    identity.grantGroup(
        managers,
        Resources.BATCH,
        "*",
        BatchPermissions.READ,
        BatchPermissions.READ_HISTORY,
        BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
    identity.grantGroup(managers, Resources.FILTER, "*", READ);
  }
}
