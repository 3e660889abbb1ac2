package se.kommunstod.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.engine.MunicipalityTenants;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.support.IntegrationTest;
import se.kommunstod.support.OpenTasks;

/**
 * Each municipality sees only its own work, behind every door: the engine REST API, Tasklist's and
 * Cockpit's own REST API (webapp session) and the application's /api. A is Linköping, B is
 * Södertälje; both run a support case with a task for the municipality's coordinator.
 */
@IntegrationTest
class AccessDoorsIntegrationTest {

  static final String A_USER = "samordnare.linkoping";
  static final String B_USER = "samordnare.sodertalje";
  static final String ADVISOR = "radgivare";
  static final String PASSWORD = "demo";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  String instanceA;
  String instanceB;
  String taskA;
  String taskB;

  @BeforeEach
  void twoMunicipalitiesWithWork() {
    instanceA = start("linkoping");
    instanceB = start("sodertalje");
    // the coordinator's own task of each case (lifecycle: the case starts with three situation
    // pictures)
    taskA = task(instanceA, "Task_SituationPictureMunicipality");
    taskB = task(instanceB, "Task_SituationPictureMunicipality");
  }

  // --- engine REST API (HTTP Basic) ---

  @Test
  void engineRestRequiresAuthentication() {
    assertThat(
            http.getForEntity("/engine-rest/task/" + taskB, String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(
            http.postForEntity(
                    "/engine-rest/task/" + taskB + "/complete", jsonBody("{}"), String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertUnchanged(taskB);
  }

  @Test
  void engineRestListsOnlyTheOwnMunicipalitysTasks() {
    assertThat(restTaskInstances(A_USER)).contains(instanceA).doesNotContain(instanceB);
    assertThat(restTaskInstances(B_USER)).contains(instanceB).doesNotContain(instanceA);
    assertThat(restTaskInstances(ADVISOR)).contains(instanceA, instanceB);
    assertThat(
            ids(
                basic(A_USER)
                    .getForEntity(
                        "/engine-rest/history/task?processInstanceId=" + instanceB, String.class)
                    .getBody()))
        .isEmpty();
    assertThat(
            ids(
                basic(A_USER)
                    .getForEntity(
                        "/engine-rest/process-instance?processInstanceIds=" + instanceB,
                        String.class)
                    .getBody()))
        .isEmpty();
  }

  @Test
  void engineRestRefusesToReadClaimOrCompleteAnotherMunicipalitysTask() {
    TestRestTemplate a = basic(A_USER);
    assertRefused(a.getForEntity("/engine-rest/task/" + taskB, String.class));
    assertRefused(a.getForEntity("/engine-rest/task/" + taskB + "/variables", String.class));
    assertRefused(a.getForEntity("/engine-rest/task/" + taskB + "/form-variables", String.class));
    assertRefused(a.getForEntity("/engine-rest/process-instance/" + instanceB, String.class));
    assertRefused(
        a.postForEntity(
            "/engine-rest/task/" + taskB + "/claim",
            jsonBody("{\"userId\":\"" + A_USER + "\"}"),
            String.class));
    assertRefused(
        a.postForEntity(
            "/engine-rest/task/" + taskB + "/complete",
            jsonBody(
                "{\"variables\":{\"situationPictureMunicipality\":{\"value\":\"x\",\"type\":\"String\"}}}"),
            String.class));
    assertUnchanged(taskB);
  }

  @Test
  void engineRestLetsAMunicipalityClaimItsOwnTaskAndTheAdvisorSeeIt() {
    ResponseEntity<String> claimed =
        basic(A_USER)
            .postForEntity(
                "/engine-rest/task/" + taskA + "/claim",
                jsonBody("{\"userId\":\"" + A_USER + "\"}"),
                String.class);
    assertThat(claimed.getStatusCode().value()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taskA).singleResult().getAssignee())
        .isEqualTo(A_USER);
    assertThat(
            basic(ADVISOR)
                .getForEntity("/engine-rest/task/" + taskB, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }

  // --- Tasklist: the webapp's own REST API with a logged-in session ---

  @Test
  void tasklistApiRequiresALogin() {
    assertThat(new WebappSession(port).get(WEBAPP_ENGINE + "/task").statusCode()).isEqualTo(401);
  }

  @Test
  void tasklistShowsOnlyTheOwnMunicipalitysTasksAndRefusesTheOthers() {
    WebappSession a = new WebappSession(port);
    assertThat(a.login("tasklist", A_USER, PASSWORD)).isEqualTo(200);

    String query = "{\"processInstanceIdIn\":[\"" + instanceA + "\",\"" + instanceB + "\"]}";
    assertThat(processInstanceIds(a.post(WEBAPP_ENGINE + "/task", query).body()))
        .containsExactly(instanceA);
    assertRefused(a.get(WEBAPP_ENGINE + "/task/" + taskB).statusCode());
    assertRefused(a.get(WEBAPP_ENGINE + "/task/" + taskB + "/form-variables").statusCode());
    assertRefused(
        a.post(WEBAPP_ENGINE + "/task/" + taskB + "/claim", "{\"userId\":\"" + A_USER + "\"}")
            .statusCode());
    assertRefused(
        a.post(WEBAPP_ENGINE + "/task/" + taskB + "/submit-form", "{\"variables\":{}}")
            .statusCode());
    assertUnchanged(taskB);

    // the same session may work its own task: the refusals above are about B, not about the session
    assertThat(
            a.post(WEBAPP_ENGINE + "/task/" + taskA + "/claim", "{\"userId\":\"" + A_USER + "\"}")
                .statusCode())
        .isEqualTo(204);

    WebappSession advisor = new WebappSession(port);
    assertThat(advisor.login("tasklist", ADVISOR, PASSWORD)).isEqualTo(200);
    // (each case has three open tasks: the situation pictures)
    assertThat(processInstanceIds(advisor.post(WEBAPP_ENGINE + "/task", query).body()))
        .containsOnly(instanceA, instanceB);
  }

  @Test
  void aMunicipalitysPoliceSeeItsPoliceTasksNotAnotherMunicipalitys() {
    String policeA = task(instanceA, SupportCaseProcess.TASK_SITUATION_PICTURE_POLICE);
    String policeB = task(instanceB, SupportCaseProcess.TASK_SITUATION_PICTURE_POLICE);
    // the engine grants each task to its role's group in its own municipality only
    assertThat(taskGrantees(policeA)).containsExactly("police.linkoping");
    assertThat(taskGrantees(policeB)).containsExactly("police.sodertalje");
    assertThat(taskService.getIdentityLinksForTask(policeA))
        .extracting(link -> link.getGroupId())
        .contains("police");

    String both = "{\"processInstanceIdIn\":[\"" + instanceA + "\",\"" + instanceB + "\"]}";
    WebappSession a = new WebappSession(port);
    assertThat(a.login("tasklist", "polis.linkoping", PASSWORD)).isEqualTo(200);
    assertThat(ids(a.post(WEBAPP_ENGINE + "/task", both).body())).containsExactly(policeA);
    WebappSession b = new WebappSession(port);
    assertThat(b.login("tasklist", "polis.sodertalje", PASSWORD)).isEqualTo(200);
    assertThat(ids(b.post(WEBAPP_ENGINE + "/task", both).body())).containsExactly(policeB);
    assertRefused(
        a.post(WEBAPP_ENGINE + "/task/" + policeB + "/claim", "{\"userId\":\"polis.linkoping\"}")
            .statusCode());
    assertThat(taskService.createTaskQuery().taskId(policeB).singleResult().getAssignee()).isNull();

    // a region's police work every municipality of the region, and no other
    String instanceC = start("trollhattan");
    String policeC = task(instanceC, SupportCaseProcess.TASK_SITUATION_PICTURE_POLICE);
    String all = both.replace("]", ",\"" + instanceC + "\"]");
    WebappSession region = new WebappSession(port);
    assertThat(region.login("tasklist", "polis.vast", PASSWORD)).isEqualTo(200);
    assertThat(ids(region.post(WEBAPP_ENGINE + "/task", all).body())).containsExactly(policeC);
  }

  // --- Cockpit: only advisors log in; history is filtered by municipality as well ---

  @Test
  void cockpitIsForAdvisorsAndHistoryIsFilteredByMunicipality() {
    assertThat(new WebappSession(port).login("cockpit", A_USER, PASSWORD)).isIn(401, 403);
    assertThat(new WebappSession(port).login("admin", A_USER, PASSWORD)).isIn(401, 403);
    assertThat(new WebappSession(port).login("admin", ADVISOR, PASSWORD)).isIn(401, 403);

    WebappSession advisor = new WebappSession(port);
    assertThat(advisor.login("cockpit", ADVISOR, PASSWORD)).isEqualTo(200);
    String history =
        WEBAPP_ENGINE
            + "/history/process-instance?processInstanceIds="
            + instanceA
            + ","
            + instanceB;
    assertThat(ids(advisor.get(history).body())).containsExactlyInAnyOrder(instanceA, instanceB);

    WebappSession a = new WebappSession(port);
    a.login("tasklist", A_USER, PASSWORD);
    assertThat(ids(a.get(history).body())).doesNotContain(instanceB);
    assertThat(ids(a.get(WEBAPP_ENGINE + "/history/task?processInstanceId=" + instanceB).body()))
        .isEmpty();
    assertThat(
            ids(a.get(WEBAPP_ENGINE + "/process-instance?processInstanceIds=" + instanceB).body()))
        .isEmpty();
  }

  // --- the application's /api ---

  @Test
  void applicationApiKnowsWhichMunicipalitiesEachPersonSees() throws Exception {
    assertThat(http.getForEntity("/api/me", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(municipalities(A_USER)).containsExactly("linkoping");
    assertThat(municipalities(B_USER)).containsExactly("sodertalje");
    assertThat(municipalities("polis.vast")).containsExactly("goteborg", "trollhattan");
    assertThat(municipalities(ADVISOR))
        .contains("linkoping", "sodertalje", "sigtuna", "trollhattan", "goteborg");
    // and a session of Tasklist reaches /api for reading, with the same answer
    WebappSession a = new WebappSession(port);
    a.login("tasklist", A_USER, PASSWORD);
    Map<String, Object> me = json.readValue(a.get("/api/me").body(), new TypeReference<>() {});
    assertThat(me.get("municipalities")).isEqualTo(List.of("linkoping"));
  }

  @Test
  void applicationApiAdministrationIsForAdministratorsOnly() {
    assertThat(
            basic(A_USER)
                .getForEntity("/api/admin/municipalities", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            basic(ADVISOR)
                .exchange(
                    "/api/admin/municipalities/ostersund",
                    HttpMethod.PUT,
                    jsonBody(
                        "{\"name\":\"Östersunds kommun\",\"policeRegion\":\"polisregion-mitt\"}"),
                    String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            basic("admin")
                .getForEntity("/api/admin/municipalities/ostersund", String.class)
                .getStatusCode()
                .value())
        .isIn(404, 405);
  }

  // --- helpers ---

  private String start(String municipality) {
    return runtimeService
        .startProcessInstanceByKey(
            "supportCase",
            "access-" + municipality + "-" + System.nanoTime(),
            Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, municipality))
        .getId();
  }

  private String task(String instance, String taskDefinitionKey) {
    return OpenTasks.id(taskService, instance, taskDefinitionKey);
  }

  /** The groups the engine granted a task to (its authorizations on the task). */
  private List<String> taskGrantees(String taskId) {
    return authorizationService
        .createAuthorizationQuery()
        .resourceType(Resources.TASK)
        .resourceId(taskId)
        .list()
        .stream()
        .map(Authorization::getGroupId)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private TestRestTemplate basic(String user) {
    return http.withBasicAuth(user, PASSWORD);
  }

  private List<String> restTaskInstances(String user) {
    return processInstanceIds(
        basic(user)
            .getForEntity(
                "/engine-rest/task?processInstanceIdIn=" + instanceA + "," + instanceB,
                String.class)
            .getBody());
  }

  private List<String> municipalities(String user) {
    try {
      Map<String, Object> me =
          json.readValue(
              basic(user).getForEntity("/api/me", String.class).getBody(),
              new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      List<String> codes = (List<String>) me.get("municipalities");
      return codes;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> processInstanceIds(String body) {
    return field(body, "processInstanceId");
  }

  private List<String> ids(String body) {
    return field(body, "id");
  }

  private List<String> field(String body, String name) {
    try {
      List<Map<String, Object>> rows = json.readValue(body, new TypeReference<>() {});
      return rows.stream().map(row -> (String) row.get(name)).toList();
    } catch (Exception e) {
      throw new AssertionError("Not a JSON list: " + body, e);
    }
  }

  private void assertUnchanged(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task).as("task still open").isNotNull();
    assertThat(task.getAssignee()).as("nobody claimed it").isNull();
    assertThat(runtimeService.getVariables(task.getProcessInstanceId()))
        .doesNotContainKey("situationPictureMunicipality");
  }

  private static void assertRefused(ResponseEntity<String> answer) {
    assertRefused(answer.getStatusCode().value());
  }

  private static void assertRefused(int status) {
    assertThat(status).isIn(403, 404);
  }

  private static HttpEntity<String> jsonBody(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
