package se.kommunstod.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kommunstod.engine.MunicipalityTenants;
import se.kommunstod.knowledge.LessonService;
import se.kommunstod.privacy.UnsafeTextRefusal;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 20's remaining findings, one test each: no permanent lockout by anonymous wrong passwords,
 * CSV formulas neutralised, XML-unsafe text refused at input, management endpoints behind login,
 * security headers everywhere, and client errors answered 4xx (never 500 or a Java class name).
 */
@IntegrationTest
class HardeningIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired LessonService lessons;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  // --- brute force ---

  @Test
  void anonymousWrongPasswordsDelayButNeverLockAnAccountForGood() {
    String id = "lasprov-" + System.nanoTime() % 100000;
    User user = identityService.newUser(id);
    user.setPassword("ratt-losenord-123");
    identityService.saveUser(user);
    try {
      for (int i = 0; i < 12; i++) {
        http.withBasicAuth(id, "fel-" + i).getForEntity("/engine-rest/task", String.class);
        new WebappSession(port).login("tasklist", id, "fel-" + i);
      }
      // throttled: right now even the right password is refused (the delay of the last attempts)
      assertThat(identityService.checkPassword(id, "ratt-losenord-123")).isFalse();
      // one minute later the lock has expired by itself: no administrator needed
      ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
      assertThat(identityService.checkPassword(id, "ratt-losenord-123")).isTrue();
    } finally {
      ClockUtil.reset();
      identityService.deleteUser(id);
    }
  }

  // --- output safety ---

  @Test
  void thePublicCsvExportNeutralisesFormulas() {
    var lesson =
        lessons.record(
            "stod-linkoping",
            "=HYPERLINK(\"http://evil.example\";\"klicka\")",
            "-2+3 är vad en formel i ett kalkylark skulle räkna ut.");
    lessons.release(lesson.getId(), "radgivare", false);
    String csv = http.getForEntity("/api/public/lessons.csv", String.class).getBody();
    assertThat(csv)
        .contains("'=HYPERLINK(")
        .contains("'-2+3 är vad")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain("\"=HYPERLINK");
  }

  @Test
  void textXmlCannotCarryIsRefusedAtInputInSwedishAndNothingIsStored() {
    for (String bad : List.of("Belysning\uD800", "Belysning\u0000", "Belysning\u0007 vid torget")) {
      ResponseEntity<String> answer =
          http.withBasicAuth("samordnare.linkoping", "demo")
              .postForEntity(
                  "/api/support-cases/stod-linkoping/lessons",
                  json(Map.of("title", bad, "lesson", "En erfarenhet som inte ska sparas.")),
                  String.class);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
      assertThat(answer.getBody()).contains("styrtecken").contains("Inget har sparats");
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from lesson_learned where lesson = ?",
                Long.class,
                "En erfarenhet som inte ska sparas."))
        .isZero();
    assertThat(UnsafeTextRefusal.MESSAGE_SV).contains("Inget har sparats");
  }

  @Test
  void thePdfReportRendersWhenAnOldRecordHoldsControlCharacters() {
    var lesson =
        lessons.record("stod-linkoping", "Gammal titel", "En gammal erfarenhet från förr.");
    jdbc.update(
        "update lesson_learned set title = ? where id = ?",
        "Gammal\u0001 titel\u001B",
        lesson.getId());
    ResponseEntity<byte[]> pdf =
        http.withBasicAuth("radgivare", "demo")
            .getForEntity("/api/reports/final?format=pdf", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
  }

  // --- management endpoints and headers ---

  @Test
  void metricsNeedAnAdministratorAndHealthStaysOpen() {
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(
            http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
        .isEqualTo(200);
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode().value())
        .isEqualTo(401);
    assertThat(
            http.withBasicAuth("samordnare.linkoping", "demo")
                .getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    // an administrator passes the door (Spring Boot tests switch the Prometheus export off: 404
    // behind it)
    ResponseEntity<String> metrics =
        http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode().value()).isIn(200, 404);
  }

  @Test
  void securityHeadersOnEveryPageAndApiAndTheWebappsKeepTheirOwnPolicy() {
    for (String path :
        List.of(
            "/api/me",
            "/dashboard",
            "/api/reports/final?format=html",
            "/api-docs",
            "/api/public/lessons.csv",
            "/engine-rest/task",
            "/actuator/health")) {
      HttpHeaders headers =
          http.withBasicAuth("radgivare", "demo").getForEntity(path, String.class).getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("Content-Security-Policy"))
          .as(path)
          .contains("frame-ancestors 'none'")
          .contains("script-src 'self'");
      assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
    HttpHeaders tasklist =
        http.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
    assertThat(tasklist.getFirst("Content-Security-Policy"))
        .contains("frame-ancestors 'none'")
        .contains("'unsafe-eval'");
    assertThat(tasklist.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(tasklist.getFirst("Referrer-Policy")).isEqualTo("same-origin");
  }

  // --- client errors are 4xx ---

  @Test
  void clientErrorsAreAnsweredWith4xxWithoutJavaClassNames() throws Exception {
    String instanceB =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                "fel-" + System.nanoTime(),
                Map.of(MunicipalityTenants.MUNICIPALITY_VARIABLE, "sodertalje"))
            .getId();
    String taskB = taskService.createTaskQuery().processInstanceId(instanceB).list().get(0).getId();
    TestRestTemplate a = http.withBasicAuth("samordnare.linkoping", "demo");
    TestRestTemplate admin = http.withBasicAuth("admin", "demo");

    assertClientError(a.getForEntity("/api/lessons?page=2147483647", String.class), 400);
    assertClientError(a.getForEntity("/api/monitoring/stalled?page=2147483647", String.class), 400);
    assertClientError(
        admin.exchange(
            "/engine-rest/process-instance/" + instanceB + "/variables/x",
            HttpMethod.PUT,
            new HttpEntity<>(null, jsonHeaders()),
            String.class),
        400);
    // another municipality's task and a task that does not exist: the same answer
    ResponseEntity<String> other =
        a.exchange("/engine-rest/task/" + taskB, HttpMethod.DELETE, null, String.class);
    ResponseEntity<String> missing =
        a.exchange("/engine-rest/task/finns-inte", HttpMethod.DELETE, null, String.class);
    assertClientError(other, 403);
    assertThat(missing.getStatusCode()).isEqualTo(other.getStatusCode());
    assertThat(missing.getBody()).isEqualTo(other.getBody());
    assertThat(taskService.createTaskQuery().taskId(taskB).count()).isEqualTo(1);
    assertClientError(
        admin.postForEntity(
            "/engine-rest/condition",
            json(
                Map.of("variables", Map.of("ingetVillkor", Map.of("value", 1, "type", "Integer")))),
            String.class),
        400);
    assertClientError(
        admin.exchange(
            "/engine-rest/process-instance/" + instanceB + "/variables/x",
            HttpMethod.PUT,
            json(Map.of("type", "Xml", "value", "<a/>")),
            String.class),
        400);

    // values that would be accepted and then break every read of their instance
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    assertClientError(
        admin.exchange(
            "/engine-rest/process-instance/" + instanceB + "/variables/djup",
            HttpMethod.PUT,
            json(Map.of("type", "Json", "value", deep)),
            String.class),
        400);
    assertClientError(
        admin.exchange(
            "/engine-rest/process-instance/" + instanceB + "/variables/spring",
            HttpMethod.PUT,
            json(
                Map.of(
                    "type",
                    "Object",
                    "value",
                    "{}",
                    "valueInfo",
                    Map.of(
                        "objectTypeName",
                        "org.springframework.context.support.GenericApplicationContext",
                        "serializationDataFormat",
                        "application/json"))),
            String.class),
        400);
    assertThat(
            admin
                .getForEntity(
                    "/engine-rest/process-instance/" + instanceB + "/variables", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    // /api: another municipality's record is 404 like a missing one, and names no municipality
    ResponseEntity<String> otherCase =
        a.getForEntity("/api/support-cases/stod-sodertalje", String.class);
    assertClientError(otherCase, 404);
    assertThat(otherCase.getBody())
        .contains("Det finns ingen sådan post")
        .doesNotContain("Södertälje")
        .doesNotContain("kommunen 'sodertalje'");
  }

  private static void assertClientError(ResponseEntity<String> answer, int status) {
    assertThat(answer.getStatusCode().value())
        .as(String.valueOf(answer.getBody()))
        .isEqualTo(status);
    assertThat(String.valueOf(answer.getBody()))
        .doesNotContain("java.")
        .doesNotContain("NullPointer")
        .doesNotContain("Exception:");
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private static HttpEntity<Object> json(Object body) {
    return new HttpEntity<>(body, jsonHeaders());
  }
}
