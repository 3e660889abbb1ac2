package se.kommunstod.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.security.Role;

/**
 * Outside the demo profile the only account created by the app is the administrator named in
 * KOMMUNSTOD_ADMIN_USER / KOMMUNSTOD_ADMIN_PASSWORD. Without them the app does not start: it never
 * creates a user whose password is known from the source.
 *
 * <p>KOMMUNSTOD_ADMIN_PASSWORD is the administrator's password at every start: an existing account
 * whose password differs (one set in an earlier installation, or forgotten) gets the one from the
 * environment, and a login lock is lifted, so the operator can always get in.
 */
@Component
@Profile("!demo")
@Order(2)
class AdminAccount implements ApplicationRunner {

  static final int MIN_PASSWORD_LENGTH = 12;

  private final IdentitySetup identity;
  private final IdentityService identityService;
  private final PasswordManager passwords;
  private final String userId;
  private final String password;

  AdminAccount(
      IdentitySetup identity,
      ProcessEngine processEngine,
      @Value("${kommunstod.admin.user:}") String userId,
      @Value("${kommunstod.admin.password:}") String password) {
    if (userId.isBlank() || password.isBlank()) {
      throw new MissingAdminAccountException(
          "KOMMUNSTOD_ADMIN_USER and KOMMUNSTOD_ADMIN_PASSWORD are not set.");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new MissingAdminAccountException(
          "KOMMUNSTOD_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH + " characters.");
    }
    this.identity = identity;
    this.identityService = processEngine.getIdentityService();
    this.passwords =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getPasswordManager();
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.user(userId, "Administratör", "", null, password);
    User admin = identityService.createUserQuery().userId(userId).singleResult();
    if (!DemoAccounts.hasPassword(admin, password, passwords)) {
      admin.setPassword(password);
      identityService.saveUser(admin);
    }
    identityService.unlockUser(userId);
    identity.groupMember(userId, Role.ADMIN_GROUP);
  }
}
