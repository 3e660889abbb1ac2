package se.kommunstod.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kommunstod.assessment.Contributor;
import se.kommunstod.assessment.SituationPictureRepository;
import se.kommunstod.engine.MunicipalityTenants;
import se.kommunstod.security.WebappSession;
import se.kommunstod.support.IntegrationTest;
import se.kommunstod.support.RaceGate;
import se.kommunstod.support.RaceGate.Preload;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Every row of the task answer policy (docs/faults.md), through both doors that change tasks:
 * Tasklist's own engine API (a logged-in webapp session with CSRF) and the engine REST API (HTTP
 * Basic). The races do not depend on timing: {@link RaceGate} holds the loser's command inside the
 * engine, after it has read the task, until the winner's completion has committed.
 *
 * <p>The people: Linköping's coordinator ({@code municipality}, who sees the task through its
 * candidate group) and Brå's advisor ({@code bra}, who may work on every task); the task: the
 * municipality's situation picture of a real support case, whose record listener writes a record.
 */
@IntegrationTest
class TaskAnswerPolicyIntegrationTest {

  static final String TASK = "Task_SituationPictureMunicipality";
  static final String COORDINATOR = "samordnare.linkoping";
  static final String ADVISOR = "radgivare";
  static final String OTHER_MUNICIPALITY = "samordnare.sodertalje";
  static final String POLICE = "polis.linkoping";
  static final String TEXT = "Otrygghet kring torget på kvällarna.";
  static final String FORM =
      "{\"variables\":{"
          + "\"situationPictureMunicipality\":{\"value\":\""
          + TEXT
          + "\",\"type\":\"String\"},"
          + "\"situationPictureMunicipalityProblems\":{\"value\":\"[\\\"situational\\\"]\",\"type\":\"Json\"}}}";

  /** The two JAX-RS applications that change tasks. */
  enum Door {
    TASKLIST("/camunda/api/engine/engine/default/task/"),
    ENGINE_REST("/engine-rest/task/");

    final String tasks;

    Door(String tasks) {
      this.tasks = tasks;
    }
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired SupportCaseService cases;
  @Autowired SituationPictureRepository pictures;
  @Autowired RaceGate gate;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  final Map<String, WebappSession> sessions = new ConcurrentHashMap<>();
  final HttpClient http = HttpClient.newHttpClient();
  final ExecutorService loser = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    loser.shutdownNow();
  }

  // --- the races: the loser has read the task when the winner's commit lands ---

  @ParameterizedTest
  @EnumSource(Door.class)
  void theLoserMeetsTheWinnersChangeAtCommitAndGetsAConflict(Door door) throws Exception {
    Case c = openCase();
    // Brå may work on every task, so the loser's command passes its checks and fails only on flush.
    HttpResponse<String> lost =
        race(door, c, ADVISOR, Preload.TASK_AND_EXECUTION_TREE, COORDINATOR);

    assertAnswer(lost, TaskAnswer.ENDED_MEANWHILE);
    assertEngineThrew(OptimisticLockingException.class);
    assertDoneOnce(c);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void theLoserWhoseAuthorizationsWentWithTheTaskGetsAConflictNotAForbidden(Door door)
      throws Exception {
    Case c = openCase();
    // The coordinator works through the task's own authorizations, which the winner's commit
    // removed.
    HttpResponse<String> lost = race(door, c, COORDINATOR, Preload.TASK, ADVISOR);

    assertAnswer(lost, TaskAnswer.ENDED_MEANWHILE);
    assertEngineThrew(AuthorizationException.class);
    assertDoneOnce(c);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void theLoserWhoseExecutionTheWinnerRemovedGetsAConflict(Door door) throws Exception {
    Case c = openCase();
    HttpResponse<String> lost = race(door, c, ADVISOR, Preload.TASK, COORDINATOR);

    assertAnswer(lost, TaskAnswer.ENDED_MEANWHILE);
    assertEngineThrew(NullPointerException.class);
    assertDoneOnce(c);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void twoPeopleSubmittingAtTheSameInstantGetOneSuccessAndOneConflict(Door door) throws Exception {
    for (int round = 0; round < 3; round++) {
      Case c = openCase();
      ExecutorService both = Executors.newFixedThreadPool(2);
      try {
        CyclicBarrier together = new CyclicBarrier(2);
        Future<HttpResponse<String>> first =
            both.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return send(door, COORDINATOR, "POST", c.taskId + "/submit-form", FORM);
                });
        Future<HttpResponse<String>> second =
            both.submit(
                () -> {
                  together.await(10, TimeUnit.SECONDS);
                  return send(door, ADVISOR, "POST", c.taskId + "/submit-form", FORM);
                });
        List<HttpResponse<String>> answers =
            List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)).stream()
                .sorted(Comparator.comparingInt(HttpResponse::statusCode))
                .toList();
        assertThat(answers.get(0).statusCode())
            .as("round %d: the winner %s", round, answers.get(0).body())
            .isEqualTo(204);
        assertAnswer(answers.get(1), TaskAnswer.ENDED_MEANWHILE);
        assertDoneOnce(c);
      } finally {
        both.shutdownNow();
      }
    }
  }

  // --- a task that had ended before the request came ---

  @ParameterizedTest
  @EnumSource(Door.class)
  void everyActionOnATaskThatHasEndedIsAConflictWhoeverAsks(Door door) throws Exception {
    Case c = openCase();
    assertThat(send(door, ADVISOR, "POST", c.taskId + "/submit-form", FORM).statusCode())
        .isEqualTo(204);

    for (String person : List.of(COORDINATOR, ADVISOR)) {
      assertAnswer(
          send(door, person, "POST", c.taskId + "/submit-form", FORM), TaskAnswer.ENDED_MEANWHILE);
      assertAnswer(
          send(door, person, "POST", c.taskId + "/complete", "{}"), TaskAnswer.ENDED_MEANWHILE);
      assertAnswer(
          send(door, person, "POST", c.taskId + "/claim", "{\"userId\":\"" + person + "\"}"),
          TaskAnswer.ENDED_MEANWHILE);
      assertAnswer(
          send(
              door,
              person,
              "POST",
              c.taskId + "/variables",
              "{\"modifications\":{\"draft\":{\"value\":\"utkast\",\"type\":\"String\"}}}"),
          TaskAnswer.ENDED_MEANWHILE);
    }
    assertDoneOnce(c);
  }

  // --- the task still runs ---

  @ParameterizedTest
  @EnumSource(Door.class)
  void claimingATaskSomeoneElseHasClaimedIsAConflictAndTheTaskStaysTheirs(Door door)
      throws Exception {
    Case c = openCase();
    assertThat(
            send(
                    door,
                    COORDINATOR,
                    "POST",
                    c.taskId + "/claim",
                    "{\"userId\":\"" + COORDINATOR + "\"}")
                .statusCode())
        .isEqualTo(204);

    assertAnswer(
        send(door, ADVISOR, "POST", c.taskId + "/claim", "{\"userId\":\"" + ADVISOR + "\"}"),
        TaskAnswer.CLAIMED_BY_SOMEONE_ELSE);
    assertThat(taskService.createTaskQuery().taskId(c.taskId).singleResult().getAssignee())
        .isEqualTo(COORDINATOR);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void inputRefusedByThePersonalDataGuardIsABadRequestAndTheTaskStaysOpen(Door door)
      throws Exception {
    Case c = openCase();
    HttpResponse<String> refused =
        send(
            door,
            COORDINATOR,
            "POST",
            c.taskId + "/submit-form",
            FORM.replace(TEXT, "Kontaktperson 19121212-1212 vid torget."));

    assertRefused(refused, c, "personnummer", "Inget har sparats.");
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void inputRefusedByTheRecordListenerIsABadRequestAndTheTaskStaysOpen(Door door) throws Exception {
    Case c = openCase();
    HttpResponse<String> refused =
        send(
            door,
            COORDINATOR,
            "POST",
            c.taskId + "/submit-form",
            FORM.replace(TEXT, "Kort.")); // a summary needs at least 10 characters

    assertRefused(refused, c, "Uppgifterna är felaktiga, inget har sparats.", "nothing was saved");
  }

  private void assertRefused(HttpResponse<String> refused, Case c, String... message)
      throws Exception {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(body(refused).get("message").toString()).contains(message);
    assertThat(taskService.createTaskQuery().taskId(c.taskId).count())
        .as("the task stays open")
        .isEqualTo(1);
    assertThat(runtimeService.getVariables(c.instanceId))
        .doesNotContainKey("situationPictureMunicipality");
    assertThat(pictures.findBySupportCaseIdOrderByRecordedAtAscIdAsc(c.caseId)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void aPersonWhoSeesTheTaskButMayNotWorkOnItIsForbiddenInSwedish(Door door) throws Exception {
    Case c = openCase();
    Authorization readOnly =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    readOnly.setUserId(POLICE);
    readOnly.setResource(Resources.TASK);
    readOnly.setResourceId(c.taskId);
    readOnly.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(readOnly);
    try {
      assertAnswer(
          send(door, POLICE, "POST", c.taskId + "/submit-form", FORM), TaskAnswer.NOT_PERMITTED);
      assertThat(taskService.createTaskQuery().taskId(c.taskId).count()).isEqualTo(1);
    } finally {
      authorizationService.deleteAuthorization(readOnly.getId());
    }
  }

  // --- tasks the person may not see: one answer, whether they exist, run or have ended ---

  @ParameterizedTest
  @EnumSource(Door.class)
  void aTaskNeverSeenIsNotFoundTheSameWayWhetherItNeverExistedRunsOrHasEnded(Door door)
      throws Exception {
    Case running = openCase();
    Case ended = openCase();
    assertThat(send(door, COORDINATOR, "POST", ended.taskId + "/submit-form", FORM).statusCode())
        .isEqualTo(204);

    HttpResponse<String> never =
        send(door, OTHER_MUNICIPALITY, "POST", "no-such-task/submit-form", FORM);
    HttpResponse<String> othersRunning =
        send(door, OTHER_MUNICIPALITY, "POST", running.taskId + "/submit-form", FORM);
    HttpResponse<String> othersEnded =
        send(door, OTHER_MUNICIPALITY, "POST", ended.taskId + "/submit-form", FORM);
    HttpResponse<String> othersClaim =
        send(
            door,
            OTHER_MUNICIPALITY,
            "POST",
            running.taskId + "/claim",
            "{\"userId\":\"" + OTHER_MUNICIPALITY + "\"}");

    for (HttpResponse<String> answer : List.of(never, othersRunning, othersEnded, othersClaim)) {
      assertAnswer(answer, TaskAnswer.NOT_FOUND);
    }
    assertThat(taskService.createTaskQuery().taskId(running.taskId).singleResult().getAssignee())
        .isNull();
    assertThat(runtimeService.getVariables(running.instanceId))
        .doesNotContainKey("situationPictureMunicipality");
  }

  // --- helpers ---

  private Throwable thrown;

  /**
   * The loser's request is held in the engine after reading the task; the winner then completes it.
   */
  private HttpResponse<String> race(
      Door door, Case c, String loserId, Preload preload, String winnerId) throws Exception {
    RaceGate.Hold hold = gate.holdNext(loserId, c.taskId, preload);
    Future<HttpResponse<String>> lost =
        loser.submit(() -> send(door, loserId, "POST", c.taskId + "/submit-form", FORM));
    hold.awaitHeld();
    HttpResponse<String> won = send(door, winnerId, "POST", c.taskId + "/submit-form", FORM);
    assertThat(won.statusCode()).as("the winner: %s", won.body()).isEqualTo(204);
    hold.release();
    HttpResponse<String> answer = lost.get(30, TimeUnit.SECONDS);
    thrown = hold.thrown();
    return answer;
  }

  /** The row of the table the race exercised: what the held command met inside the engine. */
  private void assertEngineThrew(Class<? extends Throwable> type) {
    assertThat(thrown).as("the held command's failure").isNotNull();
    boolean found = false;
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      found |= type.isInstance(cause);
    }
    assertThat(found).as("%s caused by %s", thrown, type.getSimpleName()).isTrue();
  }

  private HttpResponse<String> send(
      Door door, String user, String method, String path, String body) {
    if (door == Door.TASKLIST) {
      WebappSession session =
          sessions.computeIfAbsent(
              user,
              u -> {
                WebappSession s = new WebappSession(port);
                assertThat(s.login("tasklist", u, "demo")).isEqualTo(200);
                return s;
              });
      return session.post(door.tasks + path, body);
    }
    String basic =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + door.tasks + path))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertAnswer(HttpResponse<String> answer, TaskAnswer expected) throws Exception {
    assertThat(answer.statusCode())
        .as("%s: %s", expected, answer.body())
        .isEqualTo(expected.status.getStatusCode());
    assertThat(body(answer))
        .containsEntry("type", expected.type)
        .containsEntry("message", expected.messageSv)
        .containsEntry("message_en", expected.messageEn)
        .hasSize(3);
  }

  private Map<String, Object> body(HttpResponse<String> answer) throws Exception {
    return json.readValue(
        answer.body(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
  }

  /**
   * The task is gone, completed once in history, its form's text written once, its record made
   * once.
   */
  private void assertDoneOnce(Case c) {
    assertThat(taskService.createTaskQuery().taskId(c.taskId).count()).isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(c.taskId).finished().count())
        .isEqualTo(1);
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(c.instanceId)
                .activityId(TASK)
                .finished()
                .count())
        .isEqualTo(1);
    assertThat(
            historyService
                .createHistoricDetailQuery()
                .processInstanceId(c.instanceId)
                .variableUpdates()
                .list())
        .filteredOn(
            d ->
                ((HistoricVariableUpdate) d)
                    .getVariableName()
                    .equals("situationPictureMunicipality"))
        .as("the form's text written once")
        .hasSize(1);
    assertThat(pictures.findBySupportCaseIdOrderByRecordedAtAscIdAsc(c.caseId))
        .filteredOn(p -> p.getContributor() == Contributor.MUNICIPALITY)
        .hasSize(1);
  }

  record Case(String businessKey, String instanceId, String taskId, Long caseId) {}

  private Case openCase() {
    String businessKey = "svar-linkoping-" + System.nanoTime();
    String instanceId =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                businessKey,
                Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "linkoping"))
            .getId();
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey(TASK)
            .singleResult()
            .getId();
    return new Case(businessKey, instanceId, taskId, cases.require(businessKey).getId());
  }
}
