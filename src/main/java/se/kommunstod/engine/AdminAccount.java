package se.kommunstod.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kommunstod.security.Role;

/**
 * Outside the demo profile the only account created by the app is the administrator named in
 * KOMMUNSTOD_ADMIN_USER / KOMMUNSTOD_ADMIN_PASSWORD. Without them the app does not start: it
 * never creates a user whose password is known from the source.
 */
@Component
@Profile("!demo")
@Order(2)
class AdminAccount implements ApplicationRunner {

  static final int MIN_PASSWORD_LENGTH = 12;

  private final IdentitySetup identity;
  private final String userId;
  private final String password;

  AdminAccount(IdentitySetup identity,
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
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    identity.user(userId, "Administratör", "", null, password);
    identity.groupMember(userId, Role.ADMIN_GROUP);
  }
}
