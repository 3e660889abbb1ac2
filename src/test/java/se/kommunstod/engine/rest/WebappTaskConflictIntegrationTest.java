package se.kommunstod.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kommunstod.assessment.Contributor;
import se.kommunstod.assessment.SituationPictureRepository;
import se.kommunstod.engine.MunicipalityTenants;
import se.kommunstod.security.WebappSession;
import se.kommunstod.supportcase.SupportCaseService;
import se.kommunstod.support.IntegrationTest;

/**
 * Tasklist's own engine API (the webapp session, not /engine-rest) tells the second of two people
 * submitting one task's form that someone else was first: 409 with the same body as the engine REST
 * API, and the task, its history and its record exist once. The people: Linköping's coordinator and
 * Brå's advisor, each logged in to Tasklist; the task: the municipality's situation picture of a real
 * support case, whose record listener writes a situation picture.
 */
@IntegrationTest
class WebappTaskConflictIntegrationTest {

  static final String API = "/camunda/api/engine/engine/default/task/";
  static final String TASK = "Task_SituationPictureMunicipality";
  static final String FORM = "{\"variables\":{"
      + "\"situationPictureMunicipality\":{\"value\":\"Otrygghet kring torget på kvällarna.\",\"type\":\"String\"},"
      + "\"situationPictureMunicipalityProblems\":{\"value\":\"[\\\"situational\\\"]\",\"type\":\"Json\"}}}";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired SupportCaseService cases;
  @Autowired SituationPictureRepository pictures;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  WebappSession coordinator;
  WebappSession advisor;
  ExecutorService twoPeople = Executors.newFixedThreadPool(2);

  @BeforeEach
  void logIn() {
    coordinator = new WebappSession(port);
    advisor = new WebappSession(port);
    assertThat(coordinator.login("tasklist", "samordnare.linkoping", "demo")).isEqualTo(200);
    assertThat(advisor.login("tasklist", "radgivare", "demo")).isEqualTo(200);
  }

  @AfterEach
  void stop() {
    twoPeople.shutdownNow();
  }

  @Test
  void twoPeopleSubmittingTheSameFormAtOnceGetOneSuccessAndOneConflict() throws Exception {
    for (int round = 0; round < 5; round++) {
      String businessKey = startCase();
      String taskId = openTask(businessKey);
      CyclicBarrier together = new CyclicBarrier(2);
      Future<HttpResponse<String>> first = twoPeople.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        return coordinator.post(API + taskId + "/submit-form", FORM);
      });
      Future<HttpResponse<String>> second = twoPeople.submit(() -> {
        together.await(10, TimeUnit.SECONDS);
        return advisor.post(API + taskId + "/submit-form", FORM);
      });
      List<HttpResponse<String>> answers = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS))
          .stream().sorted(Comparator.comparingInt(HttpResponse::statusCode)).toList();

      assertThat(answers.get(0).statusCode()).as("round %d: the winner", round).isEqualTo(204);
      assertThat(answers.get(1).statusCode()).as("round %d: the loser, %s", round, answers.get(1).body())
          .isEqualTo(409);
      assertConflictBody(answers.get(1));
      assertDoneOnce(businessKey, taskId);
    }
  }

  @Test
  void submittingATaskSomeoneElseHasCompletedIsAConflict() throws Exception {
    String businessKey = startCase();
    String taskId = openTask(businessKey);

    assertThat(advisor.post(API + taskId + "/submit-form", FORM).statusCode()).isEqualTo(204);
    HttpResponse<String> late = coordinator.post(API + taskId + "/submit-form", FORM);
    HttpResponse<String> lateComplete = coordinator.post(API + taskId + "/complete", FORM);

    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertConflictBody(late);
    assertThat(lateComplete.statusCode()).as(lateComplete.body()).isEqualTo(409);
    assertConflictBody(lateComplete);
    assertDoneOnce(businessKey, taskId);
  }

  @Test
  void aRefusedFormIsABadRequestNotAConflictAndTheTaskStaysOpen() {
    String taskId = openTask(startCase());
    String withIdentityNumber = FORM.replace("Otrygghet kring torget på kvällarna.",
        "Kontaktperson 19121212-1212 vid torget.");

    HttpResponse<String> refused = coordinator.post(API + taskId + "/submit-form", withIdentityNumber);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("personnummer");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aTaskThatNeverExistedIsNotAConflict() {
    HttpResponse<String> answer = coordinator.post(API + "no-such-task/submit-form", FORM);

    assertThat(answer.statusCode()).as(answer.body()).isNotEqualTo(409);
    assertThat(answer.statusCode()).isGreaterThanOrEqualTo(400);
  }

  private void assertConflictBody(HttpResponse<String> answer) throws Exception {
    assertThat(json.readValue(answer.body(), Map.class))
        .containsEntry("type", "TaskConflict")
        .containsEntry("message", TaskCompletionAnswers.MESSAGE_SV)
        .containsEntry("message_en", TaskCompletionAnswers.MESSAGE_EN);
  }

  /** The task is gone, completed once in history, and its record (the situation picture) exists once. */
  private void assertDoneOnce(String businessKey, String taskId) {
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isEqualTo(1);
    String instanceId = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
        .getProcessInstanceId();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(TASK).finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
        .filteredOn(d -> ((HistoricVariableUpdate) d).getVariableName().equals("situationPictureMunicipality"))
        .as("the form's text written once").hasSize(1);
    Long caseId = cases.require(businessKey).getId();
    assertThat(pictures.findBySupportCaseIdOrderByRecordedAtAscIdAsc(caseId))
        .filteredOn(p -> p.getContributor() == Contributor.MUNICIPALITY).hasSize(1);
  }

  private String startCase() {
    String businessKey = "konflikt-linkoping-" + System.nanoTime();
    runtimeService.startProcessInstanceByKey("supportCase", businessKey,
        Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "linkoping"));
    return businessKey;
  }

  private String openTask(String businessKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(TASK)
        .singleResult().getId();
  }
}
