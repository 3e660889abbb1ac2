package se.kommunstod.api;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import se.kommunstod.security.CurrentUser;
import se.kommunstod.security.Role;

/**
 * Who may read and write the records. Reading: the people of the record's municipality (its
 * Camunda tenant), Brå advisors and administrators. Writing: additionally the caller must have one
 * of the roles that may write that kind of record; administrators always may.
 */
@Component
public class Access {

  private final IdentityService identityService;

  public Access(IdentityService identityService) {
    this.identityService = identityService;
  }

  public CurrentUser user() {
    return CurrentUser.of(identityService);
  }

  /** The municipalities whose records the caller may read, or null for all. */
  public List<String> readableMunicipalities() {
    CurrentUser user = user();
    return user.seesAllMunicipalities() ? null : user.tenantIds();
  }

  public void requireRead(String municipalityCode) {
    if (!user().worksFor(municipalityCode)) {
      throw new ForbiddenException(
          "Du arbetar inte med kommunen '" + municipalityCode + "' och får inte se dess uppgifter.",
          "You do not work for municipality '" + municipalityCode + "' and may not see its records.");
    }
  }

  public void requireWrite(String municipalityCode, Role... roles) {
    requireRead(municipalityCode);
    CurrentUser user = user();
    if (user.groupIds().contains(Role.ADMIN_GROUP) || Arrays.stream(roles).anyMatch(user::hasRole)) {
      return;
    }
    List<String> names = Arrays.stream(roles).map(Role::displayName).toList();
    throw new ForbiddenException(
        "Din roll får inte ändra detta. Det får: " + String.join(", ", names) + ".",
        "Your role may not change this. Allowed: " + String.join(", ", Arrays.stream(roles).map(Role::groupId).toList())
            + ".");
  }
}
