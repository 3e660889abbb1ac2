package se.kommunstod.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.support.IntegrationTest;

/** The tenant rules on the API and the page, over HTTP, as the demo users. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringApiIntegrationTest {

  private static final String STALLED = "/api/monitoring/stalled?process=monitoringApiTest";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TestRestTemplate http;

  @BeforeAll
  void startInstances() {
    repositoryService
        .createDeployment()
        .name("monitoring-api-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("monitoring/api.bpmn")
        .deploy();
    for (String municipality : List.of("linkoping", "sodertalje")) {
      runtimeService.startProcessInstanceByKey(
          "monitoringApiTest",
          "api-" + municipality,
          Map.of(
              "municipalityCode",
              municipality,
              "due",
              Date.from(Instant.now().minus(Duration.ofDays(3)))));
    }
  }

  @Test
  void aMunicipalityUserSeesOnlyTheirOwnMunicipality() {
    Map<String, Object> page = get("samordnare.linkoping", STALLED).getBody();
    assertThat(page.get("hasMore")).isEqualTo(false);
    assertThat(items(page))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.get("municipality")).isEqualTo("linkoping");
              assertThat(item.get("municipalityName")).isEqualTo("Linköpings kommun");
              assertThat(item.get("step")).isEqualTo("Task_PastDue");
              assertThat(item.get("stepName")).isEqualTo("Förfallen uppgift");
              assertThat(item.get("role")).isEqualTo("municipality");
              assertThat(item.get("roleName")).isEqualTo("Kommunens samordnare");
              assertThat(item.get("daysPastLimit")).isEqualTo(3);
              assertThat((String) item.get("link"))
                  .contains("/camunda/app/tasklist/default/#/?task=");
            });
    assertThat(items(get("polis.sodertalje", STALLED).getBody()))
        .extracting(item -> item.get("municipality"))
        .containsExactly("sodertalje");
  }

  @Test
  void braAndAdministratorsSeeEveryMunicipality() {
    for (String user : List.of("radgivare", "admin")) {
      assertThat(items(get(user, STALLED).getBody()))
          .extracting(item -> item.get("municipality"))
          .containsExactlyInAnyOrder("linkoping", "sodertalje");
    }
  }

  @Test
  void askingForAnotherMunicipalityIsRefusedInSwedish() {
    ResponseEntity<Map<String, Object>> answer =
        get("samordnare.linkoping", STALLED + "&municipality=sodertalje");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) answer.getBody().get("detail"))
        .contains("arbetar inte för kommunen 'sodertalje'");
  }

  @Test
  void theSummaryCountsOnlyVisibleMunicipalities() {
    Map<String, Object> summary =
        get("socialtjanst.sodertalje", "/api/monitoring/summary?process=monitoringApiTest")
            .getBody();
    assertThat(summary.get("total")).isEqualTo(1);
    assertThat(summary.get("buckets")).isEqualTo(List.of("0–7", "8–30", "31–90", ">90"));
    assertThat(summary.get("totalBuckets")).isEqualTo(List.of(1, 0, 0, 0));
    assertThat(list(summary, "perMunicipality"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.get("municipality")).isEqualTo("sodertalje");
              assertThat(m.get("count")).isEqualTo(1);
            });
    assertThat(list(summary, "perStep"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.get("step")).isEqualTo("Task_PastDue");
              assertThat(s.get("perMunicipality")).isEqualTo(Map.of("sodertalje", 1));
            });
  }

  @Test
  void badInputGetsAClearMessage() {
    ResponseEntity<Map<String, Object>> tooBig = get("radgivare", STALLED + "&size=5000");
    assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooBig.getBody().get("detail")).contains("Sidstorleken");
    ResponseEntity<Map<String, Object>> negative = get("radgivare", STALLED + "&minAgeDays=-1");
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) negative.getBody().get("detail")).contains("Minsta ålder");
  }

  @Test
  void apiAndPageNeedALogin() {
    assertThat(http.getForEntity(STALLED, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePageIsServedAtDashboard() {
    ResponseEntity<String> page =
        http.withBasicAuth("samordnare.trollhattan", "demo")
            .getForEntity("/dashboard", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("Stillastående steg").contains("dashboard.js");
    assertThat(
            http.withBasicAuth("samordnare.trollhattan", "demo")
                .getForEntity("/dashboard/dashboard.js", String.class)
                .getBody())
        .contains("/api/monitoring/summary");
  }

  private ResponseEntity<Map<String, Object>> get(String user, String url) {
    return http.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, JSON);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("items");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }
}
