package se.kommunstod.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the logged-in person, their groups and the municipalities they may see. */
@RestController
class MeController {

  private final IdentityService identityService;

  MeController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  Me me() {
    CurrentUser user = CurrentUser.of(identityService);
    return new Me(user.userId(), user.groupIds(), user.municipalities().stream().sorted().toList());
  }

  record Me(String userId, List<String> groups, List<String> municipalities) {}
}
