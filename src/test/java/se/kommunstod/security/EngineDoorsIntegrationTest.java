package se.kommunstod.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
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
import se.kommunstod.support.IntegrationTest;

/**
 * The doors Camunda's own checks leave open, tried by id as Linköping's coordinator (A) against
 * Södertälje (B) and the programme round (no tenant): a task's comments, attachments and events,
 * jobs; and what a role user may do with a task of their own municipality (TASK_WORK only).
 */
@IntegrationTest
class EngineDoorsIntegrationTest {

  static final String A_USER = "samordnare.linkoping";
  static final String PASSWORD = "demo";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @LocalServerPort int port;

  String instanceB;
  String taskB;
  String commentB;
  String attachmentB;

  @BeforeEach
  void anotherMunicipalitysTaskWithACommentAndAnAttachment() {
    instanceB =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                "doors-" + System.nanoTime(),
                Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "sodertalje"))
            .getId();
    taskB =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceB)
            .taskDefinitionKey("Task_SituationPictureMunicipality")
            .singleResult()
            .getId();
    // written by the application itself (no logged-in user): allowed
    commentB = taskService.createComment(taskB, instanceB, "Södertäljes kommentar").getId();
    attachmentB =
        taskService
            .createAttachment(
                "text/plain",
                taskB,
                instanceB,
                "bilaga.txt",
                "Södertäljes bilaga",
                new ByteArrayInputStream("hemligt".getBytes(StandardCharsets.UTF_8)))
            .getId();
  }

  // --- comments, attachments and events: off for everyone but administrators ---

  @Test
  void engineRestGivesNoCommentOrAttachmentOfAnotherMunicipalityByIdAndDeletesNothing() {
    TestRestTemplate a = basic(A_USER);
    String task = "/engine-rest/task/" + taskB;
    assertThat(status(a.getForEntity(task + "/comment/" + commentB, String.class))).isEqualTo(404);
    assertThat(status(a.getForEntity(task + "/attachment/" + attachmentB, String.class)))
        .isEqualTo(404);
    assertThat(status(a.getForEntity(task + "/attachment/" + attachmentB + "/data", String.class)))
        .isEqualTo(404);
    // Camunda looks the attachment up first: "not there", as for any id
    assertThat(
            status(
                a.exchange(
                    task + "/attachment/" + attachmentB, HttpMethod.DELETE, null, String.class)))
        .isIn(403, 404);
    assertThat(
            status(
                a.exchange(task + "/comment/" + commentB, HttpMethod.DELETE, null, String.class)))
        .isIn(403, 404);
    assertThat(status(a.exchange(task + "/comment", HttpMethod.DELETE, null, String.class)))
        .isIn(403, 404);
    assertThat(
            status(
                a.exchange(
                    task + "/attachment/" + attachmentB,
                    HttpMethod.PUT,
                    json("{\"name\":\"x\"}"),
                    String.class)))
        .isIn(403, 404, 405);
    assertStillThere();
  }

  @Test
  void tasklistApiGivesNoCommentOrAttachmentOfAnotherMunicipalityByIdAndDeletesNothing() {
    WebappSession a = new WebappSession(port);
    assertThat(a.login("tasklist", A_USER, PASSWORD)).isEqualTo(200);
    String task = WEBAPP_ENGINE + "/task/" + taskB;
    assertThat(a.get(task + "/comment/" + commentB).statusCode()).isEqualTo(404);
    assertThat(a.get(task + "/attachment/" + attachmentB).statusCode()).isEqualTo(404);
    assertThat(a.getAny(task + "/attachment/" + attachmentB + "/data").statusCode()).isEqualTo(404);
    assertThat(a.delete(task + "/attachment/" + attachmentB).statusCode()).isIn(403, 404);
    assertThat(a.delete(task + "/comment/" + commentB).statusCode()).isIn(403, 404);
    // the list: Camunda looks the task up first (not visible: 404); the engine would answer empty
    HttpResponseLike list = new HttpResponseLike(a.get(task + "/comment"));
    assertThat(list.status() == 404 || list.body().equals("[]")).as(list.body()).isTrue();
    assertStillThere();
  }

  @Test
  void aMunicipalUserCannotCommentOrAttachEvenOnTheOwnMunicipalitysTask() {
    String instanceA =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                "doors-a-" + System.nanoTime(),
                Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "linkoping"))
            .getId();
    String taskA =
        taskService
            .createTaskQuery()
            .processInstanceId(instanceA)
            .taskDefinitionKey("Task_SituationPictureMunicipality")
            .singleResult()
            .getId();
    ResponseEntity<String> comment =
        basic(A_USER)
            .postForEntity(
                "/engine-rest/task/" + taskA + "/comment/create",
                json("{\"message\":\"en kommentar\"}"),
                String.class);
    // Camunda's comment resource turns every engine refusal into 400 "Not enough parameters
    // submitted"
    assertThat(status(comment)).isIn(400, 403);
    // Java, as the logged-in user: the engine's own refusal and its message
    identityService.setAuthentication(
        A_USER, java.util.List.of("municipality"), java.util.List.of("linkoping"));
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> taskService.createComment(taskA, instanceA, "x"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class)
          .hasMessageContaining("Kommentarer och bilagor används inte");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  taskService.createAttachment(
                      "text/plain", taskA, instanceA, "a", "b", "https://example.org"))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    WebappSession a = new WebappSession(port);
    a.login("tasklist", A_USER, PASSWORD);
    assertThat(
            a.post(WEBAPP_ENGINE + "/task/" + taskA + "/comment/create", "{\"message\":\"x\"}")
                .statusCode())
        .isIn(400, 403);
    assertThat(taskService.getTaskComments(taskA)).isEmpty();
    assertThat(taskService.getTaskAttachments(taskA)).isEmpty();
  }

  @Test
  void javaApiAsALoggedInUserAnswersLikeRest() {
    identityService.setAuthentication(
        A_USER, java.util.List.of("municipality"), java.util.List.of("linkoping"));
    try {
      assertThat(taskService.getTaskComment(taskB, commentB)).isNull();
      assertThat(taskService.getTaskComments(taskB)).isEmpty();
      assertThat(taskService.getProcessInstanceComments(instanceB)).isEmpty();
      assertThat(taskService.getTaskAttachments(taskB)).isEmpty();
      assertThat(taskService.getProcessInstanceAttachments(instanceB)).isEmpty();
      assertThat(taskService.getAttachment(attachmentB)).isNull();
      assertThat(taskService.getAttachmentContent(attachmentB)).isNull();
      assertThat(taskService.getTaskAttachmentContent(taskB, attachmentB)).isNull();
      assertThat(taskService.getTaskEvents(taskB)).isEmpty();
    } finally {
      identityService.clearAuthentication();
    }
    assertStillThere();
  }

  @Test
  void theAdministratorStillReadsThem() {
    ResponseEntity<String> comment =
        basic("admin")
            .getForEntity("/engine-rest/task/" + taskB + "/comment/" + commentB, String.class);
    assertThat(status(comment)).isEqualTo(200);
    assertThat(comment.getBody()).contains("Södertäljes kommentar");
  }

  // --- jobs ---

  @Test
  void aMunicipalUserCannotExecuteOrChangeAnotherMunicipalitysJobAndItKeepsItsRetries() {
    Job job = managementService.createJobQuery().processInstanceId(instanceB).list().get(0);
    assertJobDoorsClosed(job);
  }

  @Test
  void aMunicipalUserCannotExecuteOrChangeTheProgrammeRoundsJobWhichHasNoTenant() {
    Job job =
        managementService.createJobQuery().withoutTenantId().list().stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo programme round has a timer job"));
    assertJobDoorsClosed(job);
  }

  private void assertJobDoorsClosed(Job job) {
    TestRestTemplate a = basic(A_USER);
    for (int i = 0; i < 4; i++) {
      assertThat(
              status(
                  a.postForEntity(
                      "/engine-rest/job/" + job.getId() + "/execute", json("{}"), String.class)))
          .isEqualTo(403);
    }
    assertThat(
            status(
                a.exchange(
                    "/engine-rest/job/" + job.getId() + "/retries",
                    HttpMethod.PUT,
                    json("{\"retries\":0}"),
                    String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.exchange(
                    "/engine-rest/job/" + job.getId() + "/duedate",
                    HttpMethod.PUT,
                    json("{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}"),
                    String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.exchange(
                    "/engine-rest/job/" + job.getId() + "/suspended",
                    HttpMethod.PUT,
                    json("{\"suspended\":true}"),
                    String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.exchange(
                    "/engine-rest/job/" + job.getId() + "/priority",
                    HttpMethod.PUT,
                    json("{\"priority\":99}"),
                    String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.exchange(
                    "/engine-rest/job/" + job.getId(), HttpMethod.DELETE, null, String.class)))
        .isEqualTo(403);
    assertThat(
            status(a.getForEntity("/engine-rest/job/" + job.getId() + "/stacktrace", String.class)))
        .isIn(403, 404);
    Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after).as("job still there").isNotNull();
    assertThat(after.getRetries()).isEqualTo(job.getRetries());
    assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
    assertThat(after.getPriority()).isEqualTo(job.getPriority());
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(runtimeService.createIncidentQuery().configuration(job.getId()).count()).isZero();
    assertThat(historyService.createHistoricJobLogQuery().jobId(job.getId()).failureLog().count())
        .isZero();
  }

  // --- the default task permission TASK_WORK ---

  @Test
  void aRoleUserMayClaimAndCompleteButNotRenameReassignLinkOrSetVariables() {
    repositoryService
        .createDeployment()
        .name("role-task-test")
        .tenantId("linkoping")
        .addClasspathResource("security/role-task.bpmn")
        .deploy();
    String instance =
        runtimeService
            .createProcessInstanceByKey("testRoleTask")
            .processDefinitionTenantId("linkoping")
            .execute()
            .getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    TestRestTemplate a = basic(A_USER);
    String path = "/engine-rest/task/" + task.getId();

    assertThat(
            status(a.exchange(path, HttpMethod.PUT, json("{\"name\":\"Omdöpt\"}"), String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.postForEntity(
                    path + "/assignee", json("{\"userId\":\"vem-som-helst\"}"), String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.postForEntity(
                    path + "/identity-links",
                    json("{\"userId\":\"vem-som-helst\",\"type\":\"candidate\"}"),
                    String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.exchange(
                    path + "/variables/obehorig",
                    HttpMethod.PUT,
                    json("{\"value\":\"x\",\"type\":\"String\"}"),
                    String.class)))
        .isEqualTo(403);
    assertThat(
            status(
                a.exchange(
                    "/engine-rest/process-instance/" + instance + "/variables/obehorig",
                    HttpMethod.PUT,
                    json("{\"value\":\"x\",\"type\":\"String\"}"),
                    String.class)))
        .isEqualTo(403);
    Task unchanged = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(unchanged.getName()).isEqualTo("Kommunens uppgift");
    assertThat(unchanged.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).hasSize(1);
    assertThat(runtimeService.getVariables(instance)).doesNotContainKey("obehorig");

    assertThat(
            status(
                a.postForEntity(
                    path + "/claim", json("{\"userId\":\"" + A_USER + "\"}"), String.class)))
        .isEqualTo(204);
    assertThat(status(a.postForEntity(path + "/complete", json("{}"), String.class)))
        .isEqualTo(204);
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .finished()
                .count())
        .isEqualTo(1);
  }

  // --- helpers ---

  private record HttpResponseLike(int status, String body) {
    HttpResponseLike(java.net.http.HttpResponse<String> response) {
      this(response.statusCode(), response.body());
    }
  }

  private void assertStillThere() {
    Comment comment = taskService.getTaskComment(taskB, commentB);
    assertThat(comment).isNotNull();
    Attachment attachment = taskService.getAttachment(attachmentB);
    assertThat(attachment).isNotNull();
    assertThat(attachment.getName()).isEqualTo("bilaga.txt");
  }

  private TestRestTemplate basic(String user) {
    return http.withBasicAuth(user, PASSWORD);
  }

  private static int status(ResponseEntity<?> answer) {
    return answer.getStatusCode().value();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
