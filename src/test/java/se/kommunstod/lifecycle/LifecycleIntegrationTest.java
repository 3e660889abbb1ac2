package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.support.IntegrationTest;

/**
 * The lifecycle in the running application on PostgreSQL, the way Tasklist uses it: the demo
 * round's applications reach the Brå advisor with their Swedish form, and a decision opens the
 * municipality's support case in its own tenant.
 */
@IntegrationTest
class LifecycleIntegrationTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;

  @Autowired RuntimeService runtimeService;

  @Autowired ManagementService managementService;

  @Test
  void theAdvisorDecidesADemoApplicationInASwedishFormAndTheSupportCaseOpens() {
    ProcessInstance round =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey("stodomgang-demo")
            .singleResult();
    List<Map<String, Object>> decisions =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/engine-rest/task?processInstanceId="
                    + round.getId()
                    + "&taskDefinitionKey=Task_DecideApplication",
                HttpMethod.GET,
                null,
                LIST)
            .getBody();
    assertThat(decisions).hasSize(2);
    // nobody outside Brå sees the decisions
    assertThat(
            http.withBasicAuth("samordnare.linkoping", "demo")
                .exchange(
                    "/engine-rest/task?processInstanceId=" + round.getId(),
                    HttpMethod.GET,
                    null,
                    LIST)
                .getBody())
        .isEmpty();

    Map<String, Object> sigtuna =
        decisions.stream()
            .filter(task -> "sigtuna".equals(variable(task, "municipalityCode")))
            .findFirst()
            .orElseThrow();
    // Brå decides many applications at once: each task's name says whose it is
    assertThat(sigtuna.get("name")).isEqualTo("Besluta om ansökan – Sigtuna kommun");
    ResponseEntity<String> form =
        http.withBasicAuth("radgivare", "demo")
            .getForEntity(
                "/engine-rest/task/" + sigtuna.get("id") + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody())
        .contains("\"id\": \"decide-application\"")
        .contains("Beslut om ansökan")
        .contains("aldrig uppgifter om enskilda personer");
    assertThat(variable(sigtuna, "priority")).isEqualTo(1);
    // the whole application is shown: the municipality's name, its areas with their classification
    // on
    // the current police list, what the municipality wrote, and the rule of the table that gave the
    // priority
    assertThat(variable(sigtuna, "municipalityName")).isEqualTo("Sigtuna kommun");
    assertThat(String.valueOf(variable(sigtuna, "applicationAreas?deserializeValue=false")))
        .contains("Valsta")
        .contains("Riskområde")
        .contains("2023")
        .contains("Centrala Märsta");
    assertThat(variable(sigtuna, "policeClassification")).isEqualTo("riskomrade");
    assertThat((String) variable(sigtuna, "applicationMotivation")).contains("Valsta");
    assertThat(variable(sigtuna, "applicationContactFunction")).isEqualTo("Trygghetssamordnare");
    assertThat(variable(sigtuna, "existingWork")).isEqualTo("paborjat");
    assertThat(variable(sigtuna, "capacity")).isEqualTo("god");
    String rule = (String) variable(sigtuna, "prioritiseApplicationRule");
    assertThat(rule).startsWith("Regel 8 (Rule_8): ");
    assertThat(form.getBody())
        .contains("\"key\": \"municipalityName\"")
        .contains("applicationAreas")
        .contains("prioritiseApplicationRule");

    // Brå compares the round's applications side by side, by priority
    List<Map<String, Object>> compared =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/api/programme-rounds/stodomgang-demo/applications", HttpMethod.GET, null, LIST)
            .getBody();
    assertThat(compared)
        .extracting(a -> a.get("municipalityName"), a -> a.get("priority"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sigtuna kommun", 1),
            org.assertj.core.groups.Tuple.tuple("Göteborgs Stad (Sydväst)", 3));
    assertThat(
            http.withBasicAuth("radgivare", "demo")
                .getForEntity(
                    "/api/programme-rounds/stodomgang-demo/applications?format=html", String.class)
                .getBody())
        .contains("<td>Sigtuna kommun</td>", "Riskområde", "Ej beslutad");

    ResponseEntity<String> completed =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/engine-rest/task/" + sigtuna.get("id") + "/complete",
                HttpMethod.POST,
                json(
                    Map.of(
                        "variables",
                        Map.of(
                            "decision", Map.of("value", "bevilja", "type", "String"),
                            "decisionMotivation",
                                Map.of(
                                    "value",
                                    "Riskområde med god förmåga och påbörjat arbete",
                                    "type",
                                    "String")))),
                String.class);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the decision is recorded with the prioritisation it was based on, and read through /api
    List<Map<String, Object>> recorded =
        http.withBasicAuth("radgivare", "demo")
            .exchange("/api/programme-rounds/stodomgang-demo/decisions", HttpMethod.GET, null, LIST)
            .getBody();
    assertThat(recorded)
        .filteredOn(decision -> "sigtuna".equals(decision.get("municipalityCode")))
        .singleElement()
        .satisfies(
            decision ->
                assertThat(decision)
                    .containsEntry("decision", "BEVILJA")
                    .containsEntry("priority", 1)
                    .containsEntry("policeClassification", "riskomrade")
                    .containsEntry("recommendation", "bevilja")
                    .containsEntry("motivation", "Riskområde med god förmåga och påbörjat arbete")
                    .containsEntry("rule", rule));
    // a municipality's people see only their own municipality's decisions
    assertThat(
            http.withBasicAuth("samordnare.linkoping", "demo")
                .exchange(
                    "/api/programme-rounds/stodomgang-demo/decisions", HttpMethod.GET, null, LIST)
                .getBody())
        .isEmpty();

    ProcessInstance supportCase =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("supportCase")
            .processInstanceBusinessKey("stod-sigtuna")
            .singleResult();
    assertThat(supportCase).isNotNull();
    assertThat(supportCase.getTenantId()).isEqualTo("sigtuna");
    // the other application still waits for its decision
    assertThat(
            http.withBasicAuth("radgivare", "demo")
                .exchange(
                    "/engine-rest/task?processInstanceId="
                        + round.getId()
                        + "&taskDefinitionKey=Task_DecideApplication",
                    HttpMethod.GET,
                    null,
                    LIST)
                .getBody())
        .hasSize(1);
  }

  @Test
  void aGatheringGetsItsAgendaFromTheLessonsBankAndItsNotesBecomeALesson() {
    ProcessInstance round =
        runtimeService.startProcessInstanceByKey(
            "programme",
            "stodomgang-traff-" + System.nanoTime(),
            Map.of("reportDeadline", "2030-06-10"));
    Job gatheringDue =
        managementService
            .createJobQuery()
            .processInstanceId(round.getId())
            .activityId("Start_GatheringDue")
            .singleResult();
    managementService.executeJob(gatheringDue.getId());
    Map<String, Object> gathering =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/engine-rest/task?processInstanceId="
                    + round.getId()
                    + "&taskDefinitionKey=Task_HoldGathering",
                HttpMethod.GET,
                null,
                LIST)
            .getBody()
            .get(0);
    assertThat((String) variable(gathering, "gatheringAgenda")).isNotBlank();

    String notes = "Trygghetsvandringar med bostadsbolaget gav snabba åtgärder " + round.getId();
    ResponseEntity<String> completed =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/engine-rest/task/" + gathering.get("id") + "/complete",
                HttpMethod.POST,
                json(
                    Map.of(
                        "variables",
                        Map.of(
                            "gatheringTitle",
                                Map.of("value", "Träff om trygghetsvandringar", "type", "String"),
                            "gatheringNotes", Map.of("value", notes, "type", "String")))),
                String.class);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // every participant finds the notes in the lessons bank
    Map<String, Object> found =
        http.withBasicAuth("samordnare.linkoping", "demo")
            .exchange(
                "/api/lessons?q=" + round.getId(),
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {})
            .getBody();
    assertThat((List<Map<String, Object>>) found.get("content"))
        .singleElement()
        .satisfies(
            lesson ->
                assertThat(lesson)
                    .containsEntry("title", "Träff om trygghetsvandringar")
                    .containsEntry("lesson", notes));
  }

  private Object variable(Map<String, Object> task, String name) {
    Map<String, Object> value =
        http.withBasicAuth("radgivare", "demo")
            .exchange(
                "/engine-rest/task/" + task.get("id") + "/variables/" + name,
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {})
            .getBody();
    return value.get("value");
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
