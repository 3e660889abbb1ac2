package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kommunstod.records.RecordsClient.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.privacy.PersonalDataRefusal;
import se.kommunstod.support.IntegrationTest;

/**
 * A whole support case's records written the way people write them, by completing tasks through the
 * engine REST API, and read back through /api, on PostgreSQL.
 */
@IntegrationTest
class RecordsThroughProcessTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  RecordsClient client;
  String businessKey;
  String instanceId;

  @BeforeEach
  void startCase() {
    client = new RecordsClient(http);
    RecordsClient.deployWalkthrough(repositoryService);
    businessKey = "stod-test-" + System.nanoTime();
    instanceId =
        runtimeService
            .startProcessInstanceByKey(
                "recordsWalkthrough", businessKey, Map.of("municipalityCode", "linkoping"))
            .getId();
  }

  @Test
  void aWholeCasesRecordsAreWrittenThroughTheProcessAndReadThroughTheApi() {
    LocalDate today = EngineTime.today();
    complete(
        "polis.linkoping",
        "Task_PolicePicture",
        Map.of(
            "situationSummary", "Öppen narkotikahandel vid centrumtorget kvällstid.",
            "situationProblems", "Narkotikahandel vid torget\nSkadegörelse i tvättstugor"));
    complete(
        "samordnare.linkoping",
        "Task_JointPicture",
        Map.of(
            "situationSummary", "Gemensam bild: otrygghet i centrum, unga rekryteras.",
            "situationProblems",
                "Unga rekryteras till kriminella nätverk\nNarkotikahandel vid torget\n\n"));
    complete(
        "samordnare.linkoping",
        "Task_ActivityPlan",
        Map.of(
            "planGoal", "Minska rekryteringen av unga och öka tryggheten vid torget.",
            "planFocusAreas", "youth-recruitment, SITUATIONAL_PREVENTION",
            "planAdoptedOn", today.toString()));
    complete(
        "samordnare.linkoping",
        "Task_Meeting",
        Map.of(
            "meetingHeldOn",
            today.toString(),
            "meetingSubject",
            "Samverkansmöte 1",
            "meetingDecisions",
            "Starta EST i Skäggetorp\nBjud in bostadsbolaget",
            "meetingActionItems",
            "POLICE; "
                + today.plusDays(14)
                + "; Kartlägg otrygga platser\n"
                + "housing-company; "
                + today.plusDays(30)
                + "; Förbättra belysningen"));

    List<Map<String, Object>> problems =
        client
            .getList("samordnare.linkoping", "/api/support-cases/" + businessKey + "/problems")
            .getBody();
    assertThat(problems)
        .extracting(p -> p.get("description"))
        .containsExactly("Unga rekryteras till kriminella nätverk", "Narkotikahandel vid torget");
    Number firstProblem = (Number) problems.get(0).get("id");

    complete(
        "samordnare.linkoping",
        "Task_Intervention",
        Map.of(
            "interventionTitle", "EST i Skäggetorp",
            "interventionProblemId", firstProblem.longValue(),
            "interventionMethod", "EST",
            "interventionOwnerRole", "police",
            "interventionPlan", "Veckovisa lägesbilder från dem som arbetar i området.",
            "interventionStartsOn", today.toString()));
    complete(
        "polis.linkoping",
        "Task_FollowUp",
        Map.of(
            "followUpOn", today.plusDays(1).toString(),
            "followUpNote", "Första veckorapporterna inkomna.",
            "interventionOutcome", "Färre rapporter om skadegörelse."));
    complete(
        "samordnare.linkoping",
        "Task_Lesson",
        Map.of(
            "lessonTitle", "Tidig samverkan med bostadsbolaget",
            "lessonText", "Bostadsbolaget bör vara med från första mötet."));

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .finished()
                .count())
        .isEqualTo(1);

    String reader = "socialtjanst.linkoping";
    Map<String, Object> supportCase =
        client.get(reader, "/api/support-cases/" + businessKey).getBody();
    assertThat(supportCase)
        .containsEntry("municipalityCode", "linkoping")
        .containsEntry("processInstanceId", instanceId);
    assertThat(supportCase.get("closedAt")).isNotNull();

    assertThat(
            content(
                client.get(reader, "/api/support-cases/" + businessKey + "/situation-pictures")))
        .extracting(p -> p.get("contributor"))
        .containsExactly("POLICE", "JOINT");

    Map<String, Object> plan =
        client.get(reader, "/api/support-cases/" + businessKey + "/activity-plan").getBody();
    assertThat((List<String>) plan.get("focusAreas"))
        .containsExactlyInAnyOrder("YOUTH_RECRUITMENT", "SITUATIONAL_PREVENTION");

    Map<String, Object> meeting =
        content(client.get(reader, "/api/support-cases/" + businessKey + "/meetings")).get(0);
    assertThat((List<String>) meeting.get("decisions"))
        .containsExactly("Starta EST i Skäggetorp", "Bjud in bostadsbolaget");
    assertThat((List<Map<String, Object>>) meeting.get("actionItems"))
        .extracting(a -> a.get("ownerRole"), a -> a.get("dueDate"), a -> a.get("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POLICE", today.plusDays(14).toString(), "OPEN"),
            org.assertj.core.groups.Tuple.tuple(
                "HOUSING_COMPANY", today.plusDays(30).toString(), "OPEN"));

    Map<String, Object> intervention =
        content(client.get(reader, "/api/support-cases/" + businessKey + "/interventions")).get(0);
    assertThat(intervention)
        .containsEntry("method", "EST")
        .containsEntry("ownerRole", "POLICE")
        .containsEntry("outcome", "Färre rapporter om skadegörelse.");
    assertThat(((Number) intervention.get("problemId")).longValue())
        .isEqualTo(firstProblem.longValue());
    assertThat((List<Map<String, Object>>) intervention.get("followUps"))
        .extracting(f -> f.get("note"))
        .containsExactly("Första veckorapporterna inkomna.");

    assertThat(content(client.get(reader, "/api/support-cases/" + businessKey + "/lessons")))
        .extracting(l -> l.get("title"))
        .containsExactly("Tidig samverkan med bostadsbolaget");

    // another municipality's people do not see the case
    assertThat(
            client
                .get("samordnare.sodertalje", "/api/support-cases/" + businessKey)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(content(client.get("samordnare.sodertalje", "/api/support-cases?size=100")))
        .extracting(c -> c.get("businessKey"))
        .doesNotContain(businessKey);
    // Brå sees it
    assertThat(client.get("radgivare", "/api/support-cases/" + businessKey).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRefusedRecordFailsTheTaskCompletionAndNothingOfItIsStored() {
    complete(
        "polis.linkoping",
        "Task_PolicePicture",
        Map.of("situationSummary", "Öppen narkotikahandel vid centrumtorget kvällstid."));
    complete(
        "samordnare.linkoping",
        "Task_JointPicture",
        Map.of(
            "situationSummary",
            "Gemensam bild: otrygghet i centrum.",
            "situationProblems",
            "Narkotikahandel"));
    complete(
        "samordnare.linkoping",
        "Task_ActivityPlan",
        Map.of(
            "planGoal", "Öka tryggheten vid torget.", "planFocusAreas", "situational-prevention"));
    String taskId = client.taskId("samordnare.linkoping", instanceId, "Task_Meeting");
    LocalDate today = EngineTime.today();

    // an action item due before the meeting: the service refuses, the completion is rolled back
    ResponseEntity<Map<String, Object>> answer =
        client.complete(
            "samordnare.linkoping",
            taskId,
            Map.of(
                "meetingHeldOn",
                today.toString(),
                "meetingSubject",
                "Ett möte som inte ska sparas",
                "meetingActionItems",
                "POLICE; " + today.minusDays(1) + "; Kartlägg"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message"))
        .contains("Ett åtgärdsdatum får inte ligga före mötet");

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(
            content(
                client.get(
                    "samordnare.linkoping", "/api/support-cases/" + businessKey + "/meetings")))
        .isEmpty();
    assertThat(runtimeService.getVariable(instanceId, "meetingSubject")).isNull();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName("meetingSubject")
                .count())
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_hi_detail where text_ = ?",
                Long.class,
                "Ett möte som inte ska sparas"))
        .isZero();
  }

  @Test
  void aPersonalIdentityNumberInAFormIsRefusedByTheEngineAndNeverStored() {
    String taskId = client.taskId("polis.linkoping", instanceId, "Task_PolicePicture");
    String text = "Anmälan gäller boende 19121212-1212 vid torget.";

    ResponseEntity<Map<String, Object>> answer =
        client.complete(
            "polis.linkoping",
            taskId,
            Map.of("situationSummary", text, "situationProblems", "Narkotikahandel"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = (String) answer.getBody().get("message");
    assertThat(message)
        .contains(PersonalDataRefusal.MESSAGE_SV)
        .contains("situationSummary")
        .doesNotContain("1212");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(instanceId))
        .doesNotContainKeys("situationSummary", "situationProblems");
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableNameLike("situation%")
                .count())
        .isZero();
    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from " + table + " where text_ like ?",
                  Long.class,
                  "%19121212-1212%"))
          .as(table)
          .isZero();
    }
    assertThat(
            content(
                client.get(
                    "polis.linkoping",
                    "/api/support-cases/" + businessKey + "/situation-pictures")))
        .isEmpty();

    // Tasklist submits forms through submit-form: refused the same way (12 digits, no separator)
    ResponseEntity<Map<String, Object>> submitted =
        client.send(
            "polis.linkoping",
            HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of(
                "variables",
                Map.of(
                    "situationProblems",
                    Map.of("value", "Ärendet gäller 191212121212", "type", "String"))));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) submitted.getBody().get("message"))
        .contains(PersonalDataRefusal.MESSAGE_SV);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName("situationProblems")
                .count())
        .isZero();

    // the same form without the number goes through
    ResponseEntity<Map<String, Object>> corrected =
        client.complete(
            "polis.linkoping",
            taskId,
            Map.of(
                "situationSummary",
                "Anmälningar gäller boende vid torget.",
                "situationProblems",
                "Narkotikahandel"));
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aProcessStartedWithAPersonalIdentityNumberIsRefusedAndLeavesNothing() {
    String refusedKey = "stod-refused-" + System.nanoTime();
    assertThatThrownBy(
            () ->
                runtimeService.startProcessInstanceByKey(
                    "recordsWalkthrough",
                    refusedKey,
                    Map.of(
                        "municipalityCode", "linkoping", "situationSummary", "Gäller 811218-9876")))
        .isInstanceOf(PersonalDataRefusal.class);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(refusedKey)
                .count())
        .isZero();
    assertThat(client.get("radgivare", "/api/support-cases/" + refusedKey).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void complete(String user, String taskDefinitionKey, Map<String, Object> variables) {
    String taskId = client.taskId(user, instanceId, taskDefinitionKey);
    ResponseEntity<Map<String, Object>> answer = client.complete(user, taskId, variables);
    assertThat(answer.getStatusCode())
        .as(taskDefinitionKey + ": " + answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
