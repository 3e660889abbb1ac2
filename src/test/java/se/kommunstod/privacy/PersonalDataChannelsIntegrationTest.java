package se.kommunstod.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kommunstod.engine.MunicipalityTenants;
import se.kommunstod.support.IntegrationTest;

/**
 * Every way text enters the engine or the records, tried with each of the ten spellings of a
 * personal identity number from issue 20 ({@link PersonalIdentityNumbersTest#SPELLINGS}). Each
 * attempt carries a unique marker next to the number; afterwards no text or binary column of any
 * table (runtime, history, identity, records) holds a marker. Done as the administrator, who may do
 * everything: what refuses is the guard, not an authorization.
 */
@IntegrationTest
class PersonalDataChannelsIntegrationTest {

  static final List<String> SPELLINGS = PersonalIdentityNumbersTest.SPELLINGS;

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired se.kommunstod.municipality.MunicipalityRepository municipalities;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  String instance;
  String taskId;

  /** The start of every marker of one test method: one search per column finds any of them. */
  final String run = "pii" + Long.toString(System.nanoTime(), 36) + "q";

  int attempts;

  @BeforeEach
  void aCase() {
    instance =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                "pii-" + System.nanoTime(),
                Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "linkoping"))
            .getId();
    taskId =
        taskService
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_SituationPictureMunicipality")
            .singleResult()
            .getId();
  }

  /**
   * "pii<n>x <spelling>": the marker is found in a column if anything of the attempt was stored.
   */
  private String text(String spelling) {
    return run + (attempts++) + "x " + spelling;
  }

  // --- variables through the engine REST API, every type ---

  @Test
  void everyVariableTypeThroughEngineRest() throws Exception {
    for (String spelling : SPELLINGS) {
      assertRefused(putVariable("s", Map.of("type", "String", "value", text(spelling))));
      assertRefused(
          putVariable(
              "j",
              Map.of(
                  "type",
                  "Json",
                  "value",
                  json.writeValueAsString(Map.of("note", text(spelling))))));
      assertRefused(
          putVariable(
              "o",
              Map.of(
                  "type",
                  "Object",
                  "value",
                  json.writeValueAsString(List.of(text(spelling))),
                  "valueInfo",
                  Map.of(
                      "objectTypeName",
                      "java.util.ArrayList",
                      "serializationDataFormat",
                      "application/json"))));
      assertRefused(
          putVariable(
              "b",
              Map.of(
                  "type",
                  "Bytes",
                  "value",
                  Base64.getEncoder()
                      .encodeToString(text(spelling).getBytes(StandardCharsets.UTF_8)))));
    }
    assertRefused(putVariable("l", Map.of("type", "Long", "value", 191212121212L)));
    assertRefused(putVariable("i", Map.of("type", "Integer", "value", 1212121212)));
    assertThat(runtimeService.getVariables(instance))
        .doesNotContainKeys("s", "j", "o", "b", "l", "i");
    assertNothingStored();
  }

  @Test
  void fileVariablesVariableNamesAndStartPayloadsThroughJava() {
    for (String spelling : SPELLINGS) {
      String content = text(spelling);
      assertGuardRefuses(
          () ->
              runtimeService.setVariable(
                  instance,
                  "f",
                  Variables.fileValue("bilaga.txt")
                      .file(content.getBytes(StandardCharsets.UTF_8))
                      .create()));
      String name = text(spelling);
      assertGuardRefuses(
          () ->
              runtimeService.setVariable(
                  instance, "f", Variables.fileValue(name).file(new byte[] {1, 2, 3}).create()));
      String variableName = text(spelling);
      assertGuardRefuses(() -> runtimeService.setVariable(instance, variableName, "x"));
      String businessKey = text(spelling);
      assertGuardRefuses(
          () ->
              runtimeService.startProcessInstanceByKey(
                  "supportCase",
                  businessKey,
                  Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "linkoping")));
      String payload = text(spelling);
      assertGuardRefuses(
          () ->
              runtimeService.startProcessInstanceByKey(
                  "supportCase",
                  "pii-ok-" + System.nanoTime(),
                  Map.of(
                      MunicipalityTenants.MUNICIPALITY_VARIABLE,
                      "linkoping",
                      "anteckning",
                      Variables.objectValue(Map.of("k", payload))
                          .serializationDataFormat("application/json")
                          .create())));
    }
    assertNothingStored();
  }

  // --- starts, messages, task fields, identity links, comments, attachments ---

  @Test
  void startsAndMessagesThroughEngineRest() {
    repositoryService
        .createDeployment()
        .name("pii-message-test")
        .tenantId("linkoping")
        .addClasspathResource("monitoring/message.bpmn")
        .deploy();
    String waiting =
        runtimeService
            .createProcessInstanceByKey("monitoringTestMessage")
            .processDefinitionTenantId("linkoping")
            .setVariable("later", "2099-01-01T00:00:00")
            .execute()
            .getId();
    for (String spelling : SPELLINGS) {
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/process-definition/key/supportCase/start",
                  body(Map.of("businessKey", text(spelling), "variables", municipality())),
                  String.class));
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/process-definition/key/supportCase/start",
                  body(
                      Map.of(
                          "variables",
                          Map.of(
                              "municipalityCode",
                              Map.of("type", "String", "value", "linkoping"),
                              "anteckning",
                              Map.of("type", "String", "value", text(spelling))))),
                  String.class));
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/message",
                  body(
                      Map.of(
                          "messageName",
                          "reportArrived",
                          "processInstanceId",
                          waiting,
                          "processVariables",
                          Map.of("rapport", Map.of("type", "String", "value", text(spelling))))),
                  String.class));
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(waiting).count())
        .isEqualTo(1);
    assertNothingStored();
  }

  @Test
  void taskFieldsIdentityLinksCommentsAndAttachments() {
    for (String spelling : SPELLINGS) {
      assertRefused(
          admin()
              .exchange(
                  "/engine-rest/task/" + taskId,
                  HttpMethod.PUT,
                  body(Map.of("name", text(spelling), "tenantId", "linkoping")),
                  String.class));
      assertRefused(
          admin()
              .exchange(
                  "/engine-rest/task/" + taskId,
                  HttpMethod.PUT,
                  body(
                      Map.of(
                          "name",
                          "Lägesbild",
                          "description",
                          text(spelling),
                          "tenantId",
                          "linkoping")),
                  String.class));
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/task/" + taskId + "/assignee",
                  body(Map.of("userId", text(spelling))),
                  String.class));
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/task/" + taskId + "/identity-links",
                  body(Map.of("userId", text(spelling), "type", "candidate")),
                  String.class));
      // Camunda's comment resource answers every engine refusal with 400 "Not enough parameters
      // submitted"
      assertThat(
              admin()
                  .postForEntity(
                      "/engine-rest/task/" + taskId + "/comment/create",
                      body(Map.of("message", text(spelling))),
                      String.class)
                  .getStatusCode()
                  .value())
          .isEqualTo(400);
      String commentText = text(spelling);
      assertGuardRefuses(() -> taskService.createComment(taskId, instance, commentText));
      String attachmentName = text(spelling);
      assertGuardRefuses(
          () ->
              taskService.createAttachment(
                  "text/plain", taskId, instance, attachmentName, "b", "https://example.org/a"));
      String description = text(spelling);
      assertGuardRefuses(
          () ->
              taskService.createAttachment(
                  "text/plain", taskId, instance, "a", description, "https://example.org/a"));
      String url = text(spelling);
      assertGuardRefuses(
          () ->
              taskService.createAttachment(
                  "url", taskId, instance, "a", "b", "https://example.org/?q=" + url));
      String content = text(spelling);
      assertGuardRefuses(
          () ->
              taskService.createAttachment(
                  "text/plain",
                  taskId,
                  instance,
                  "a",
                  "b",
                  new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
      String group = text(spelling);
      assertGuardRefuses(() -> taskService.addCandidateGroup(taskId, group));
    }
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    assertThat(task.getAssignee()).isNull();
    assertThat(taskService.getTaskComments(taskId)).isEmpty();
    assertThat(taskService.getTaskAttachments(taskId)).isEmpty();
    assertNothingStored();
  }

  // --- a real completion of a situation picture, through Tasklist's API, and the records ---

  @Test
  void aSituationPictureCompletionTheRecordsApiAndTheRecordsGuard() {
    se.kommunstod.security.WebappSession tasklist = new se.kommunstod.security.WebappSession(port);
    assertThat(tasklist.login("tasklist", "samordnare.linkoping", "demo")).isEqualTo(200);
    for (String spelling : SPELLINGS) {
      String form =
          "{\"variables\":{\"situationPictureMunicipality\":{\"type\":\"String\",\"value\":\""
              + text(spelling)
              + "\"},\"situationPictureMunicipalityProblems\":{\"type\":\"String\",\"value\":\"situational\"}}}";
      var answer =
          tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", form);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(answer.body()).contains("personnummer").doesNotContain("1212");
      assertRefused(
          http.withBasicAuth("samordnare.linkoping", "demo")
              .postForEntity(
                  "/api/support-cases/stod-linkoping/lessons",
                  body(Map.of("title", text(spelling), "lesson", "En erfarenhet om platsen.")),
                  String.class));
      // straight to a repository, past every input check: the records' guard refuses it
      String name = text(spelling);
      assertThatThrownBy(
              () ->
                  municipalities.saveAndFlush(
                      new se.kommunstod.municipality.Municipality(
                          "pii-" + System.nanoTime() % 100000, name, null)))
          .satisfies(
              e ->
                  assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e))
                      .isInstanceOf(PersonalDataRefusal.class));
    }
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertNothingStored();
  }

  // --- people, filters and the application's own administration ---

  @Test
  void usersFiltersAndAdministration() {
    for (String spelling : SPELLINGS) {
      assertRefused(
          admin()
              .exchange(
                  "/engine-rest/user/radgivare/profile",
                  HttpMethod.PUT,
                  body(
                      Map.of(
                          "id", "radgivare", "firstName", text(spelling), "lastName", "Rådgivare")),
                  String.class));
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/user/create",
                  body(
                      Map.of(
                          "profile",
                              Map.of(
                                  "id", "ny-person", "firstName", "Ny", "lastName", text(spelling)),
                          "credentials", Map.of("password", "ett-langt-losenord"))),
                  String.class));
      assertRefused(
          admin()
              .postForEntity(
                  "/engine-rest/filter/create",
                  body(Map.of("resourceType", "Task", "name", text(spelling), "query", Map.of())),
                  String.class));
      String filterName = text(spelling);
      assertGuardRefuses(
          () -> {
            Filter filter = filterService.newTaskFilter(filterName);
            filterService.saveFilter(filter);
          });
      ResponseEntity<String> person =
          admin()
              .exchange(
                  "/api/admin/municipalities/linkoping/people/ny.person",
                  HttpMethod.PUT,
                  body(
                      Map.of(
                          "firstName",
                          text(spelling),
                          "lastName",
                          "Person",
                          "role",
                          "municipality",
                          "password",
                          "ett-langt-losenord")),
                  String.class);
      assertRefused(person);
      assertThat(person.getHeaders().getContentType().toString()).contains("problem+json");
      assertRefused(
          admin()
              .exchange(
                  "/api/admin/municipalities/norrkoping-" + System.nanoTime() % 1000,
                  HttpMethod.PUT,
                  body(Map.of("name", text(spelling), "policeRegion", "polisregion-vast")),
                  String.class));
    }
    User advisor = identityService.createUserQuery().userId("radgivare").singleResult();
    assertThat(advisor.getFirstName()).isEqualTo("Anna");
    assertThat(identityService.createUserQuery().userId("ny-person").count()).isZero();
    assertThat(identityService.createUserQuery().userId("ny.person").count()).isZero();
    assertNothingStored();
  }

  // --- helpers ---

  private static Map<String, Object> municipality() {
    return Map.of("municipalityCode", Map.of("type", "String", "value", "linkoping"));
  }

  private ResponseEntity<String> putVariable(String name, Map<String, Object> value) {
    return admin()
        .exchange(
            "/engine-rest/process-instance/" + instance + "/variables/" + name,
            HttpMethod.PUT,
            body(value),
            String.class);
  }

  private void assertRefused(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody())
        .contains("personnummer")
        .doesNotContain("1212")
        .doesNotContain("Exception:");
  }

  private static void assertGuardRefuses(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(PersonalDataRefusal.class);
  }

  /** No text or bytea column of any table (engine and records) holds a marker of this test. */
  private void assertNothingStored() {
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_name, column_name, data_type "
                + "from information_schema.columns where table_schema = 'public' "
                + "and data_type in ('character varying', 'text', 'bytea')");
    assertThat(columns).hasSizeGreaterThan(50);
    assertThat(attempts).isGreaterThan(0);
    String marker = run;
    {
      for (Map<String, Object> column : columns) {
        String table = (String) column.get("table_name");
        String name = (String) column.get("column_name");
        String condition =
            "bytea".equals(column.get("data_type"))
                ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                : "\"" + name + "\" like '%' || ? || '%'";
        Long found =
            jdbc.queryForObject(
                "select count(*) from \"" + table + "\" where " + condition, Long.class, marker);
        assertThat(found).as(table + "." + name + " holds " + marker).isZero();
      }
    }
  }

  private TestRestTemplate admin() {
    return http.withBasicAuth("admin", "demo");
  }

  private static HttpEntity<Object> body(Object value) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(
        value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value, headers);
  }
}
