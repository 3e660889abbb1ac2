package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import se.kommunstod.municipality.Municipality;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.municipality.PoliceRegion;
import se.kommunstod.municipality.PoliceRegionRepository;
import se.kommunstod.security.Role;
import se.kommunstod.support.IntegrationTest;

/**
 * What every start does ({@link MunicipalityAccess#openAll}, read in bulk): it repairs what is
 * missing, including an installation from before the per-municipality role groups, and a second run
 * finds everything in place (a membership created twice would break the engine's unique key); and
 * what an administrator changes in Camunda Admin moves a person in and out of the groups per
 * municipality ({@link LocalRoleGroups}), and so in and out of that municipality's tasks.
 */
@IntegrationTest
class MunicipalityAccessIntegrationTest {

  private static final String REGION = "polisregion-vast";

  @Autowired MunicipalityAccess access;
  @Autowired IdentityService identityService;
  @Autowired MunicipalityRepository municipalities;
  @Autowired PoliceRegionRepository policeRegions;
  @Autowired TestRestTemplate http;

  private final String code =
      "prov" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final String socialWorker = "socialtjanst." + code;

  @AfterEach
  void removeTheMunicipality() {
    for (Role role : Role.values()) {
      identityService.deleteGroup(role.groupIn(code));
    }
    identityService.deleteUser(socialWorker);
    identityService.deleteTenant(code);
    municipalities.deleteById(code);
  }

  @Test
  void everyStartRepairsWhatIsMissingAndFindsItInPlaceTheNextTime() {
    PoliceRegion region = policeRegions.findById(REGION).orElseThrow();
    municipalities.save(new Municipality(code, "Provkommun", region.getName()));
    // as an installation from before the role groups per municipality left it: a tenant, and a
    // social worker who is a tenant member in the role's shared group only
    identityService.saveTenant(identityService.newTenant(code));
    User user = identityService.newUser(socialWorker);
    user.setPassword("ett-langt-losenord");
    identityService.saveUser(user);
    identityService.createMembership(socialWorker, Role.SOCIAL_SERVICES.groupId());
    identityService.createTenantUserMembership(code, socialWorker);

    access.openAll();
    access.openAll();

    assertThat(groupsInTenant())
        .contains(
            Role.BRA.groupId(), Role.ADMIN_GROUP, Role.PROCESS_MANAGER_GROUP, region.getGroupId());
    for (Role role : Role.values()) {
      assertThat(identityService.createGroupQuery().groupId(role.groupIn(code)).count())
          .as(role.groupIn(code))
          .isEqualTo(role.worksInOneMunicipality() ? 1 : 0);
    }
    assertThat(members(Role.SOCIAL_SERVICES.groupIn(code))).containsExactly(socialWorker);
    assertThat(members(Role.POLICE.groupIn(code)))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(members(region.getGroupId()));
    assertThat(members(Role.MUNICIPALITY.groupIn(code))).isEmpty();
  }

  @Test
  void someoneChangedInCamundaAdminGetsAndLosesTheTasksOfTheirRoleInTheMunicipality() {
    String officer = "polis.admin" + code;
    User user = identityService.newUser(officer);
    user.setPassword("ett-langt-losenord");
    identityService.saveUser(user);
    try {
      List<String> linkopingPolice = taskIds("polis.linkoping", "demo");
      assertThat(linkopingPolice).as("the demo has a police task in Linköping").isNotEmpty();
      assertThat(taskIds(officer, "ett-langt-losenord")).isEmpty();

      // what Camunda Admin sends: the police group, then the municipality
      asAdmin(HttpMethod.PUT, "/engine-rest/group/police/members/" + officer);
      asAdmin(HttpMethod.PUT, "/engine-rest/tenant/linkoping/user-members/" + officer);
      assertThat(groupsOf(officer)).contains(Role.POLICE.groupIn("linkoping"));
      assertThat(taskIds(officer, "ett-langt-losenord"))
          .containsExactlyInAnyOrderElementsOf(linkopingPolice);

      // a police region's group reaches the region's municipalities
      asAdmin(HttpMethod.PUT, "/engine-rest/group/" + REGION + "/members/" + officer);
      assertThat(groupsOf(officer))
          .contains(Role.POLICE.groupIn("trollhattan"), Role.POLICE.groupIn("goteborg"));

      asAdmin(HttpMethod.DELETE, "/engine-rest/group/" + REGION + "/members/" + officer);
      assertThat(groupsOf(officer))
          .contains(Role.POLICE.groupIn("linkoping"))
          .doesNotContain(Role.POLICE.groupIn("trollhattan"), Role.POLICE.groupIn("goteborg"));

      // out of the police group: out of Linköping's police tasks, though still in the municipality
      asAdmin(HttpMethod.DELETE, "/engine-rest/group/police/members/" + officer);
      assertThat(groupsOf(officer)).doesNotContain(Role.POLICE.groupIn("linkoping"));
      assertThat(taskIds(officer, "ett-langt-losenord")).isEmpty();
    } finally {
      identityService.deleteUser(officer);
    }
  }

  private void asAdmin(HttpMethod method, String path) {
    assertThat(
            http.withBasicAuth("admin", "demo")
                .exchange(path, method, null, String.class)
                .getStatusCode()
                .is2xxSuccessful())
        .as(method + " " + path)
        .isTrue();
  }

  private List<String> taskIds(String user, String password) {
    JsonNode tasks =
        http.withBasicAuth(user, password).getForObject("/engine-rest/task", JsonNode.class);
    List<String> ids = new java.util.ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  private List<String> groupsInTenant() {
    return identityService.createGroupQuery().memberOfTenant(code).list().stream()
        .map(Group::getId)
        .toList();
  }

  private List<String> members(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId)
        .toList();
  }
}
