package se.kommunstod.api;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import se.kommunstod.security.CurrentUser;
import se.kommunstod.security.Role;

/**
 * Who may read and write the records. Reading: the people of the record's municipality (its Camunda
 * tenant), Brå advisors and administrators. Writing: additionally the caller must have one of the
 * roles that may write that kind of record; administrators always may.
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

  /**
   * Another municipality's record is answered like a missing one (404, docs/access.md), as the
   * engine does: a 403 naming the municipality would tell that the record exists, and where.
   */
  public void requireRead(String municipalityCode) {
    if (!user().worksFor(municipalityCode)) {
      throw RecordNotFoundException.notVisible();
    }
  }

  public void requireWrite(String municipalityCode, Role... roles) {
    requireRead(municipalityCode);
    CurrentUser user = user();
    if (user.groupIds().contains(Role.ADMIN_GROUP)
        || Arrays.stream(roles).anyMatch(user::hasRole)) {
      return;
    }
    List<String> names = Arrays.stream(roles).map(Role::displayName).toList();
    throw new ForbiddenException(
        "Din roll får inte ändra detta. Det får: " + String.join(", ", names) + ".",
        "Your role may not change this. Allowed: "
            + String.join(", ", Arrays.stream(roles).map(Role::groupId).toList())
            + ".");
  }
}
