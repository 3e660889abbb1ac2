package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kommunstod.records.RecordsClient.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
import se.kommunstod.process.CooperationMeetingProcess.PrepareAgenda;
import se.kommunstod.process.CooperationMeetingProcess.RecordDecisions;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.process.SupportCaseProcess.SituationPicturePolice;
import se.kommunstod.support.IntegrationTest;

/**
 * Refusals while completing the real models' tasks (processes/) through the engine REST API, on
 * PostgreSQL: a refused record fails the completion and nothing of it is stored, neither record nor
 * variable nor history; a personal identity number in a form or in a start is refused by the engine
 * and never stored. The whole case written and read back: {@link ProcessWiringIntegrationTest},
 * {@link KnowledgeBasedMethodIntegrationTest}.
 */
@IntegrationTest
class RecordsThroughProcessTest {

  static final String COORDINATOR = "samordnare.linkoping";
  static final String POLICE = "polis.linkoping";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  RecordsClient client;
  String businessKey;
  String instanceId;

  @BeforeEach
  void startCase() {
    client = new RecordsClient(http);
    businessKey = "stod-test-" + System.nanoTime();
    instanceId =
        runtimeService
            .startProcessInstanceByKey(
                SupportCaseProcess.KEY, businessKey, Map.of("municipalityCode", "linkoping"))
            .getId();
  }

  @Test
  void aRefusedRecordFailsTheTaskCompletionAndNothingOfItIsStored() {
    // a cooperation meeting of the case, as its implementation calls it
    String meeting =
        CaseWalk.startMeeting(runtimeService, businessKey, "linkoping", "Linköpings kommun");
    CaseWalk walk =
        new CaseWalk(
            client, runtimeService, managementService, CaseWalk.People.of("linkoping"), meeting);
    LocalDate today = EngineTime.today();
    walk.complete(
        COORDINATOR,
        meeting,
        PrepareAgenda.ID,
        Map.of(
            PrepareAgenda.MEETING_DATE.name(),
            today.toString(),
            PrepareAgenda.AGENDA.name(),
            "1. Lägesbild"));
    walk.reportAll(meeting, "inget nytt.");
    String taskId = client.taskId(COORDINATOR, meeting, RecordDecisions.ID);
    String decision = "Ett beslut som inte ska sparas";

    // an action item due before the meeting: the service refuses, the completion is rolled back
    ResponseEntity<Map<String, Object>> answer =
        walk.send(
            COORDINATOR,
            taskId,
            Map.of(
                RecordDecisions.MEETING_DECISIONS.name(),
                decision,
                RecordDecisions.ACTION_ITEMS.name(),
                CaseWalk.rows(
                    List.of(
                        Map.of(
                            "description",
                            "Kartlägg otrygga platser",
                            "ownerOrganisation",
                            "police",
                            "dueDate",
                            today.minusDays(1).toString())))));
    assertThat(answer.getStatusCode())
        .as(String.valueOf(answer.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message"))
        .contains("inget har sparats")
        .contains("Åtgärd 1: klart senast får inte ligga före mötet");

    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    Map<String, Object> minutes =
        content(client.get(COORDINATOR, "/api/support-cases/" + businessKey + "/meetings")).get(0);
    assertThat((List<?>) minutes.get("decisions")).isEmpty();
    assertThat((List<?>) minutes.get("actionItems")).isEmpty();
    assertThat(runtimeService.getVariable(meeting, RecordDecisions.MEETING_DECISIONS.name()))
        .isNull();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(meeting)
                .variableName(RecordDecisions.MEETING_DECISIONS.name())
                .count())
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_hi_detail where text_ = ?", Long.class, decision))
        .isZero();
  }

  @Test
  void aPersonalIdentityNumberInAFormIsRefusedByTheEngineAndNeverStored() {
    String taskId = client.taskId(POLICE, instanceId, SituationPicturePolice.ID);
    String summary = SituationPicturePolice.SITUATION_PICTURE_POLICE.name();
    String text = "Anmälan gäller boende 19121212-1212 vid torget.";

    ResponseEntity<Map<String, Object>> answer =
        client.complete(POLICE, taskId, Map.of(summary, text));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message"))
        .contains(PersonalDataRefusal.MESSAGE_SV)
        .contains(summary)
        .doesNotContain("1212");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(runtimeService.getVariables(instanceId)).doesNotContainKeys(summary);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableNameLike("situationPicture%")
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
                client.get(POLICE, "/api/support-cases/" + businessKey + "/situation-pictures")))
        .isEmpty();

    // Tasklist submits forms through submit-form: refused the same way (12 digits, no separator)
    ResponseEntity<Map<String, Object>> submitted =
        client.send(
            POLICE,
            HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of(
                "variables",
                Map.of(summary, Map.of("value", "Ärendet gäller 191212121212", "type", "String"))));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) submitted.getBody().get("message"))
        .contains(PersonalDataRefusal.MESSAGE_SV);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName(summary)
                .count())
        .isZero();

    // the same form without the number goes through, and its record is read back
    ResponseEntity<Map<String, Object>> corrected =
        client.complete(POLICE, taskId, Map.of(summary, "Anmälningar gäller boende vid torget."));
    assertThat(corrected.getStatusCode())
        .as(String.valueOf(corrected.getBody()))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            content(
                client.get(POLICE, "/api/support-cases/" + businessKey + "/situation-pictures")))
        .extracting(p -> p.get("contributor"))
        .containsExactly("POLICE");
  }

  @Test
  void aProcessStartedWithAPersonalIdentityNumberIsRefusedAndLeavesNothing() {
    String refusedKey = "stod-refused-" + System.nanoTime();
    assertThatThrownBy(
            () ->
                runtimeService.startProcessInstanceByKey(
                    SupportCaseProcess.KEY,
                    refusedKey,
                    Map.of(
                        "municipalityCode",
                        "linkoping",
                        SituationPicturePolice.SITUATION_PICTURE_POLICE.name(),
                        "Gäller 811218-9876")))
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
}
