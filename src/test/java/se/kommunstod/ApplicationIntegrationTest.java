package se.kommunstod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.support.IntegrationTest;

/** The whole application on PostgreSQL, used the way a client uses it: over HTTP. */
@IntegrationTest
class ApplicationIntegrationTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;

  @Autowired HistoryService historyService;

  @Test
  void engineRestRefusesRequestsWithoutCredentials() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a user of its own: a wrong password locks the account for a few seconds (engine login
    // throttling)
    assertThat(
            http.withBasicAuth("bostad.trollhattan", "wrong")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestAnswersADemoUser() {
    assertThat(
            http.withBasicAuth("radgivare", "demo")
                .getForEntity("/engine-rest/task", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void applicationApiRefusesRequestsWithoutCredentials() {
    ResponseEntity<String> answer = http.getForEntity("/api/anything", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void tasklistIsServed() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("tasklist");
  }

  @Test
  void aSupportCaseRunsThroughTheRestApi() {
    String businessKey = "it-" + System.nanoTime();
    ResponseEntity<Map<String, Object>> started =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/engine-rest/process-definition/key/supportCase/start",
                HttpMethod.POST,
                json(
                    Map.of(
                        "businessKey",
                        businessKey,
                        "variables",
                        Map.of(
                            "municipalityCode", Map.of("value", "linkoping", "type", "String")))),
                new ParameterizedTypeReference<>() {});
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");

    // needs assessment: each organisation of the case's own municipality sees only its own
    // situation picture
    assertThat(tasksOf("samordnare.linkoping", instanceId))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.get("taskDefinitionKey"))
                  .isEqualTo("Task_SituationPictureMunicipality");
              assertThat(task.get("tenantId")).isEqualTo("linkoping");
              assertThat(task.get("due")).isNotNull();
            });
    assertThat(tasksOf("polis.linkoping", instanceId))
        .extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly("Task_SituationPicturePolice");
    // ...and nobody of another municipality sees them
    assertThat(tasksOf("samordnare.sodertalje", instanceId)).isEmpty();

    // the coordinator completes the municipality's picture; the others are still awaited
    String taskId = (String) tasksOf("samordnare.linkoping", instanceId).get(0).get("id");
    ResponseEntity<String> completed =
        http.withBasicAuth("samordnare.linkoping", "demo")
            .exchange(
                "/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST,
                json(
                    Map.of(
                        "variables",
                        Map.of(
                            "situationPictureMunicipality",
                            Map.of(
                                "value", "Otrygghet kring torget kvällstid", "type", "String")))),
                String.class);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .activityId("Task_SituationPictureMunicipality")
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(tasksOf("polis.linkoping", instanceId)).hasSize(1);
    assertThat(tasksOf("samordnare.linkoping", instanceId)).isEmpty();
  }

  private List<Map<String, Object>> tasksOf(String user, String instanceId) {
    return http.withBasicAuth(user, "demo")
        .exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST)
        .getBody();
  }

  private static HttpEntity<Object> json(Object body) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
