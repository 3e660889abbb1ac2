package se.kommunstod.rollout;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ForbiddenException;
import se.kommunstod.security.Role;

/**
 * Who may move running cases to a new model version: administrators ({@value Role#ADMIN_GROUP}) and
 * process managers ({@value #PROCESS_MANAGER_GROUP}), the people who change the models.
 *
 * <p>The application decides this once per request and then lets the engine work as itself ({@link
 * #asApplication}): a migration touches every municipality's cases (every tenant) and several
 * process definitions, and a per-resource engine grant for each of them would be the same decision
 * spread over many rows.
 */
@Component
public class MigrationAccess {

  /**
   * The process managers' group; docs/migration.md. Created by the role set-up (engine.RoleSetup).
   */
  public static final String PROCESS_MANAGER_GROUP = Role.PROCESS_MANAGER_GROUP;

  private final IdentityService identityService;

  MigrationAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** 403 unless the caller is an administrator or a process manager. */
  public void requireMayMigrate() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || !mayMigrate(authentication.getUserId())) {
      throw new ForbiddenException(
          "Endast administratörer ("
              + Role.ADMIN_GROUP
              + ") och processledare ("
              + PROCESS_MANAGER_GROUP
              + ") får förhandsgranska och flytta pågående ärenden till en ny version.",
          "Only administrators ("
              + Role.ADMIN_GROUP
              + ") and process managers ("
              + PROCESS_MANAGER_GROUP
              + ") may preview and move running cases to a new version.");
    }
  }

  /** Membership as the identity service knows it now, not as the caller's session remembers it. */
  public boolean mayMigrate(String userId) {
    return asApplication(
        () ->
            identityService
                    .createGroupQuery()
                    .groupMember(userId)
                    .groupIdIn(Role.ADMIN_GROUP, PROCESS_MANAGER_GROUP)
                    .count()
                > 0);
  }

  /**
   * Runs the work without the caller's engine authentication (so without per-resource checks),
   * restoring it afterwards; only after {@link #requireMayMigrate()} has let the caller in.
   */
  <T> T asApplication(Supplier<T> work) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
