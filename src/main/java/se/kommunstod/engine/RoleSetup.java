package se.kommunstod.engine;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.security.Role;

/**
 * The role groups and what each role may do, on every installation. Tasks are granted to their
 * candidate group by the engine itself; tenant membership limits everything to a person's own
 * municipalities. Brå advisors follow all cases, so they get Cockpit and all instances.
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
    String bra = Role.BRA.groupId();
    identity.grantGroup(bra, Resources.APPLICATION, "cockpit", ACCESS);
    for (Resource resource : new Resource[] {Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE,
        Resources.TASK, Resources.DECISION_DEFINITION, Resources.DEPLOYMENT}) {
      identity.grantGroup(bra, resource, "*", ALL);
    }
  }
}
