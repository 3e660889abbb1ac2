package se.kommunstod.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.support.IntegrationTest;

/** Adding a municipality and its people over REST, as scripts/add-municipality.sh does. */
@IntegrationTest
class AdministrationIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired MunicipalityRepository municipalities;
  @Autowired IdentityService identityService;

  @Test
  void anAdministratorAddsAMunicipalityAndItsPeople() {
    ResponseEntity<String> created =
        put(
            "/api/admin/municipalities/norrkoping",
            "{\"name\":\"Norrköpings kommun\",\"policeRegion\":\"polisregion-ost\"}");
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    assertThat(
            put(
                    "/api/admin/municipalities/norrkoping",
                    "{\"name\":\"Norrköpings kommun\",\"policeRegion\":\"Region Öst\"}")
                .getStatusCode()
                .value())
        .as("again, same data: nothing new")
        .isEqualTo(200);
    assertThat(municipalities.findById("norrkoping"))
        .get()
        .satisfies(m -> assertThat(m.getPoliceRegion()).isEqualTo("Region Öst"));
    assertThat(identityService.createTenantQuery().tenantId("norrkoping").singleResult().getName())
        .isEqualTo("Norrköpings kommun");
    for (String group : new String[] {"bra", "camunda-admin", "polisregion-ost"}) {
      assertThat(
              identityService.createTenantQuery().tenantId("norrkoping").groupMember(group).count())
          .as(group + " is a member")
          .isEqualTo(1);
    }

    assertThat(
            put(
                    "/api/admin/municipalities/norrkoping/people/samordnare.norrkoping",
                    "{\"firstName\":\"Nora\",\"lastName\":\"Samordnare\",\"email\":\"nora@example.org\","
                        + "\"role\":\"municipality\",\"password\":\"hemligt-123\"}")
                .getStatusCode()
                .value())
        .isEqualTo(204);
    Map<?, ?> me =
        http.withBasicAuth("samordnare.norrkoping", "hemligt-123")
            .getForObject("/api/me", Map.class);
    assertThat(me.get("municipalities")).isEqualTo(java.util.List.of("norrkoping"));
    // the role, and the role's group in the municipality (its tasks are granted to that group)
    assertThat(me.get("groups"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder("municipality", "municipality.norrkoping");

    assertThat(
            put(
                    "/api/admin/police-regions/polisregion-ost/people/polis.ost",
                    "{\"firstName\":\"Polisen\",\"lastName\":\"Region Öst\",\"password\":\"hemligt-456\"}")
                .getStatusCode()
                .value())
        .isEqualTo(204);
    Map<?, ?> police =
        http.withBasicAuth("polis.ost", "hemligt-456").getForObject("/api/me", Map.class);
    assertThat(police.get("municipalities"))
        .isEqualTo(java.util.List.of("linkoping", "norrkoping"));
    assertThat(police.get("groups"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactlyInAnyOrder(
            "police", "polisregion-ost", "police.linkoping", "police.norrkoping");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndChangesNothing() {
    long before = municipalities.count();
    ResponseEntity<String> badCode =
        put(
            "/api/admin/municipalities/Norr%20K",
            "{\"name\":\"X\",\"policeRegion\":\"polisregion-ost\"}");
    assertThat(badCode.getStatusCode().value()).isEqualTo(400);
    assertThat(badCode.getBody()).contains("Ogiltig kommunkod");
    ResponseEntity<String> badRegion =
        put(
            "/api/admin/municipalities/motala",
            "{\"name\":\"Motala kommun\",\"policeRegion\":\"Region Mars\"}");
    assertThat(badRegion.getStatusCode().value()).isEqualTo(400);
    assertThat(badRegion.getBody()).contains("Okänd polisregion").contains("polisregion-ost");
    ResponseEntity<String> conflict =
        put(
            "/api/admin/municipalities/linkoping",
            "{\"name\":\"Annat namn\",\"policeRegion\":\"polisregion-ost\"}");
    assertThat(conflict.getStatusCode().value()).isEqualTo(409);
    assertThat(municipalities.count()).isEqualTo(before);
    assertThat(identityService.createTenantQuery().tenantId("motala").count()).isZero();
    assertThat(municipalities.findById("linkoping"))
        .get()
        .satisfies(m -> assertThat(m.getName()).isEqualTo("Linköpings kommun"));

    ResponseEntity<String> badRole =
        put(
            "/api/admin/municipalities/linkoping/people/ny.person",
            "{\"firstName\":\"Ny\",\"role\":\"mayor\",\"password\":\"hemligt-123\"}");
    assertThat(badRole.getStatusCode().value()).isEqualTo(400);
    assertThat(badRole.getBody()).contains("Okänd roll");
    ResponseEntity<String> noPassword =
        put(
            "/api/admin/municipalities/linkoping/people/ny.person",
            "{\"firstName\":\"Ny\",\"role\":\"municipality\"}");
    assertThat(noPassword.getStatusCode().value()).isEqualTo(400);
    assertThat(
            put(
                    "/api/admin/municipalities/vaxjo/people/ny.person",
                    "{\"firstName\":\"Ny\",\"role\":\"municipality\",\"password\":\"hemligt-123\"}")
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(identityService.createUserQuery().userId("ny.person").count()).isZero();
  }

  @Test
  void writesNeedCredentials() {
    assertThat(
            http.exchange(
                    "/api/admin/municipalities/motala",
                    HttpMethod.PUT,
                    json("{\"name\":\"Motala kommun\",\"policeRegion\":\"polisregion-ost\"}"),
                    String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(identityService.createTenantQuery().tenantId("motala").count()).isZero();
  }

  private ResponseEntity<String> put(String path, String body) {
    return http.withBasicAuth("admin", "demo")
        .exchange(path, HttpMethod.PUT, json(body), String.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
