package se.kommunstod.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo and production never share state: outside the demo profile the app refuses to start on a
 * database that holds the demo's people or any account whose password is the demo's. Such a
 * database was once started as the demo (the demo's default database used to be the production
 * default, ./data), and its accounts' passwords are in the source code and the README.
 *
 * <p>Runs while the application context is created, before any start-up step (roles, tenants,
 * administrator, models) has written anything; the check itself only reads — it compares password
 * hashes, it does not log in, so it neither counts as a failed login nor delays one.
 */
@Component
@Profile("!demo")
class DemoAccounts implements InitializingBean {

  /** The demo profile's password and the ids of its people (demo.DemoSetup). */
  static final String DEMO_PASSWORD = "demo";

  static final List<String> DEMO_USER_IDS = demoUserIds();

  private final IdentityService identityService;
  private final ProcessEngine processEngine;

  DemoAccounts(IdentityService identityService, ProcessEngine processEngine) {
    this.identityService = identityService;
    this.processEngine = processEngine;
  }

  @Override
  public void afterPropertiesSet() {
    List<String> found = new ArrayList<>();
    PasswordManager passwords =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
            .getPasswordManager();
    for (User user : identityService.createUserQuery().list()) {
      boolean demoPerson = DEMO_USER_IDS.contains(user.getId()) && !user.getId().equals("admin");
      if (demoPerson || hasDemoPassword(user, passwords)) {
        found.add(user.getId());
      }
    }
    if (!found.isEmpty()) {
      throw new DemoAccountsException(found);
    }
  }

  private static boolean hasDemoPassword(User user, PasswordManager passwords) {
    return hasPassword(user, DEMO_PASSWORD, passwords);
  }

  /** Compares the stored hash, without a login: no failed attempt is counted, no delay starts. */
  static boolean hasPassword(User user, String password, PasswordManager passwords) {
    if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
      return false;
    }
    return passwords.check(
        EncryptionUtil.saltPassword(password, entity.getSalt()), entity.getPassword());
  }

  private static List<String> demoUserIds() {
    List<String> ids = new ArrayList<>(List.of("admin", "radgivare", "polis.vast"));
    for (String municipality : List.of("linkoping", "sodertalje", "trollhattan")) {
      for (String prefix : List.of("samordnare", "polis", "socialtjanst", "bostad")) {
        ids.add(prefix + "." + municipality);
      }
    }
    return List.copyOf(ids);
  }

  /** The database holds demo accounts; see {@link DemoAccountsFailureAnalyzer}. */
  static class DemoAccountsException extends IllegalStateException {
    private final List<String> userIds;

    DemoAccountsException(List<String> userIds) {
      super(
          "The database holds demo accounts or accounts with the demo password: "
              + String.join(", ", userIds));
      this.userIds = List.copyOf(userIds);
    }

    List<String> userIds() {
      return userIds;
    }
  }
}
