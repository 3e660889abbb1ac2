package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kommunstod.records.RecordsClient.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.support.IntegrationTest;

/**
 * The records API: writes by the roles that may write, and bad input refused with a 400 problem in
 * Swedish and English that changes nothing, proven by reading back.
 */
@IntegrationTest
class RecordsApiTest {

  static final String COORDINATOR = "samordnare.linkoping";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;

  RecordsClient client;
  String businessKey;
  String base;
  LocalDate today = EngineTime.today();

  @BeforeEach
  void openCase() {
    client = new RecordsClient(http);
    businessKey = "stod-api-" + System.nanoTime();
    runtimeService.startProcessInstanceByKey(
        SupportCaseProcess.KEY, businessKey, Map.of("municipalityCode", "linkoping"));
    base = "/api/support-cases/" + businessKey;
  }

  @Test
  void rolesWriteRecordsThroughTheApi() {
    ResponseEntity<Map<String, Object>> meeting =
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            base + "/meetings",
            Map.of(
                "heldOn",
                today.toString(),
                "subject",
                "Uppstartsmöte",
                "decisions",
                List.of("Starta EST"),
                "actionItems",
                List.of(
                    Map.of(
                        "description",
                        "Kartlägg platser",
                        "ownerRole",
                        "POLICE",
                        "dueDate",
                        today.plusDays(7).toString()))));
    assertThat(meeting.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Number actionItemId =
        (Number)
            ((List<Map<String, Object>>) meeting.getBody().get("actionItems")).get(0).get("id");
    // its status is given at the next meeting's follow-up (a task), not through the API: the item
    // is open, dated
    assertThat(client.getList("radgivare", base + "/action-items?status=OPEN").getBody())
        .anySatisfy(
            item ->
                assertThat(item)
                    .containsEntry("id", actionItemId.intValue())
                    .containsEntry("owner", "Polisen")
                    .containsEntry("status", "OPEN"));
    assertThat(
            client
                .send(
                    "polis.linkoping",
                    HttpMethod.PATCH,
                    "/api/action-items/" + actionItemId,
                    Map.of("status", "DONE"))
                .getStatusCode()
                .is2xxSuccessful())
        .isFalse();

    // indicators have one writer, the kick-off's action plan (KnowledgeBasedMethodIntegrationTest),
    // and their values come from the case's task "Följ upp indikatorer"
    // (report.FinalReportIntegrationTest): /api only reads them
    assertThat(
            client
                .send(
                    COORDINATOR,
                    HttpMethod.POST,
                    base + "/indicators",
                    Map.of("name", "Anmäld skadegörelse", "unit", "antal per månad"))
                .getStatusCode()
                .is2xxSuccessful())
        .isFalse();
    assertThat(client.get("radgivare", base + "/indicators").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(content(client.get("radgivare", base + "/indicators")))
        .noneSatisfy(read -> assertThat(read).containsEntry("name", "Anmäld skadegörelse"));

    ResponseEntity<Map<String, Object>> application =
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            "/api/applications",
            Map.of(
                "municipalityCode",
                "linkoping",
                "motivation",
                "Vi vill stärka det brottsförebyggande arbetet.",
                "contactFunction",
                "Trygghetssamordnare",
                "submittedOn",
                today.toString(),
                "areaIds",
                List.of(areaId("linkoping", "Skäggetorp"))));
    assertThat(application.getStatusCode())
        .as(String.valueOf(application.getBody()))
        .isEqualTo(HttpStatus.CREATED);

    // lessons are shared with every municipality
    assertThat(
            client
                .send(
                    "bostad.linkoping",
                    HttpMethod.POST,
                    base + "/lessons",
                    Map.of(
                        "title", "Belysning", "lesson", "Bättre belysning gav tryggare gångstråk."))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(content(client.get("samordnare.sodertalje", "/api/lessons?size=100")))
        .anySatisfy(lesson -> assertThat(lesson).containsEntry("title", "Belysning"));
  }

  @Test
  void rolesThatMayNotWriteAreRefused() {
    // the housing company may not minute meetings
    assertProblem(
        client.send(
            "bostad.linkoping",
            HttpMethod.POST,
            base + "/meetings",
            Map.of("heldOn", today.toString(), "subject", "Möte")),
        HttpStatus.FORBIDDEN,
        "Din roll får inte");
    // another municipality's coordinator may neither write nor read
    assertProblem(
        client.send(
            "samordnare.sodertalje",
            HttpMethod.POST,
            base + "/meetings",
            Map.of("heldOn", today.toString(), "subject", "Möte")),
        HttpStatus.NOT_FOUND,
        "Det finns ingen sådan post");
    assertThat(content(client.get(COORDINATOR, base + "/meetings"))).isEmpty();
    assertThat(content(client.get(COORDINATOR, base + "/situation-pictures"))).isEmpty();
    // nor find the case: answered like a missing one, and not listed; Brå sees it
    assertThat(client.get("samordnare.sodertalje", base).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(content(client.get("samordnare.sodertalje", "/api/support-cases?size=100")))
        .extracting(found -> found.get("businessKey"))
        .doesNotContain(businessKey);
    assertThat(client.get("radgivare", base).getBody())
        .containsEntry("businessKey", businessKey)
        .containsEntry("municipalityCode", "linkoping");
  }

  @Test
  void missingFieldsAreRefusedAndNothingIsStored() {
    ResponseEntity<Map<String, Object>> answer =
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            base + "/meetings",
            Map.of("decisions", List.of("Beslut")));
    assertProblem(answer, HttpStatus.BAD_REQUEST, "Fältet 'heldOn' är obligatoriskt");
    assertThat((String) answer.getBody().get("detail"))
        .contains("Fältet 'subject' är obligatoriskt");
    assertThat((String) answer.getBody().get("detail_en"))
        .contains("The field 'subject' is required");
    assertThat((List<Map<String, Object>>) answer.getBody().get("errors"))
        .extracting(e -> e.get("field"))
        .containsExactly("heldOn", "subject");
    assertThat(content(client.get(COORDINATOR, base + "/meetings"))).isEmpty();
  }

  @Test
  void wrongTypesAreRefused() {
    assertProblem(
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            base + "/meetings",
            Map.of("heldOn", "igår", "subject", "Möte")),
        HttpStatus.BAD_REQUEST,
        "Fältet 'heldOn' har fel typ eller format: ett datum ÅÅÅÅ-MM-DD");
    assertProblem(
        client.sendRaw(COORDINATOR, HttpMethod.POST, base + "/meetings", "{not json"),
        HttpStatus.BAD_REQUEST,
        "Begäran kunde inte läsas");
    assertProblem(
        client.get(COORDINATOR, "/api/meetings/abc"),
        HttpStatus.BAD_REQUEST,
        "Värdet för 'id' har fel typ");
    assertProblem(
        client.get(COORDINATOR, "/api/support-cases?size=1000"),
        HttpStatus.BAD_REQUEST,
        "får inte vara större än 100");
    assertThat(content(client.get(COORDINATOR, base + "/meetings"))).isEmpty();
  }

  @Test
  void tooLongTextIsRefused() {
    assertProblem(
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            base + "/lessons",
            Map.of("title", "t".repeat(201), "lesson", "En lärdom som är lång nog.")),
        HttpStatus.BAD_REQUEST,
        "Fältet 'title' ska ha högst 200 tecken");
    assertThat(content(client.get(COORDINATOR, base + "/lessons"))).isEmpty();
  }

  /**
   * Issue 17, one writer per record: situation pictures, the activity plan and interventions with
   * their follow-ups and outcome are written by completing their tasks, so /api only reads them.
   */
  @Test
  void theRecordsTheTasksOwnHaveNoWritesThroughTheApi() {
    Map<String, Object> anything =
        Map.of("contributor", "POLICE", "summary", "Narkotikahandel vid torget kvällstid.");
    for (String[] write :
        new String[][] {
          {"POST", base + "/situation-pictures"},
          {"PUT", base + "/activity-plan"},
          {"POST", base + "/interventions"},
          {"POST", "/api/interventions/1/follow-ups"},
          {"PUT", "/api/interventions/1/outcome"}
        }) {
      ResponseEntity<Map<String, Object>> answer =
          client.send(COORDINATOR, HttpMethod.valueOf(write[0]), write[1], anything);
      // a path that still has a read answers 405, one that has none 404
      assertThat(answer.getStatusCode())
          .as(write[0] + " " + write[1])
          .isIn(HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_FOUND);
    }
    assertThat(content(client.get(COORDINATOR, base + "/situation-pictures"))).isEmpty();
    assertThat(content(client.get(COORDINATOR, base + "/interventions"))).isEmpty();
    assertThat(client.get(COORDINATOR, base + "/activity-plan").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPersonalIdentityNumberInFreeTextIsRefusedAndNotEchoed() {
    ResponseEntity<Map<String, Object>> answer =
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            base + "/meetings",
            Map.of(
                "heldOn",
                today.toString(),
                "subject",
                "Möte",
                "decisions",
                List.of("Kontakta 811218-9876 om lägenheten")));
    assertProblem(
        answer, HttpStatus.BAD_REQUEST, "Uppgifter om enskilda personer hör inte hemma här");
    assertThat((List<Map<String, Object>>) answer.getBody().get("errors"))
        .extracting(e -> e.get("field"))
        .containsExactly("decisions[0]");
    assertThat(answer.getBody().toString()).doesNotContain("9876");
    assertThat((String) answer.getBody().get("detail_en"))
        .contains("Data about individuals does not belong here");
    assertThat(content(client.get(COORDINATOR, base + "/meetings"))).isEmpty();

    assertProblem(
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            base + "/lessons",
            Map.of("title", "Lärdom", "lesson", "Personen 191212121212 var med.")),
        HttpStatus.BAD_REQUEST,
        "personnummer");
    assertThat(content(client.get(COORDINATOR, base + "/lessons"))).isEmpty();
  }

  @Test
  void unknownIdsAreRefused() {
    assertProblem(
        client.get(COORDINATOR, "/api/support-cases/stod-finns-inte"),
        HttpStatus.NOT_FOUND,
        "Det finns inget stödärende med id 'stod-finns-inte'");
    assertProblem(
        client.get(COORDINATOR, "/api/meetings/987654321"),
        HttpStatus.NOT_FOUND,
        "Det finns inget samverkansmöte");
    // an id in the body that names nothing (or something of another case) is bad input
    assertProblem(
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            "/api/applications",
            Map.of(
                "municipalityCode",
                "linkoping",
                "motivation",
                "Vi vill stärka det förebyggande arbetet.",
                "contactFunction",
                "Trygghetssamordnare",
                "submittedOn",
                today.toString(),
                "areaIds",
                List.of(areaId("sodertalje", "Hovsjö")))),
        HttpStatus.BAD_REQUEST,
        "ligger inte i kommunen linkoping");
  }

  @Test
  void municipalitiesAndAreasAreReferenceData() {
    Map<String, Object> linkoping =
        client.get("polis.trollhattan", "/api/municipalities/linkoping").getBody();
    assertThat((List<Map<String, Object>>) linkoping.get("areas"))
        .anySatisfy(
            area ->
                assertThat(area)
                    .containsEntry("name", "Skäggetorp")
                    .containsEntry("classification", "ESPECIALLY_VULNERABLE")
                    .containsEntry("classificationYear", 2025)
                    .containsEntry("verified", true));
    // Berga has not been on the police's list since 2016: its 2015 entry is history, not current
    assertThat((List<Map<String, Object>>) linkoping.get("areas"))
        .anySatisfy(
            area ->
                assertThat(area)
                    .containsEntry("name", "Berga")
                    .doesNotContainKey("classification")
                    .containsEntry("classificationName", "Inte på polisens gällande lista"));
    // Other tests may add municipalities to the shared database; the reference list must be there.
    assertThat(client.getList("polis.trollhattan", "/api/municipalities").getBody())
        .extracting(municipality -> municipality.get("code"))
        .contains("linkoping", "sodertalje", "sigtuna", "trollhattan", "goteborg");
  }

  @Test
  void theDemoCasesHaveRecords() {
    Map<String, Object> demoCase =
        client.get(COORDINATOR, "/api/support-cases/stod-linkoping").getBody();
    assertThat(demoCase).containsEntry("municipalityCode", "linkoping");
    assertThat(demoCase.get("processInstanceId")).isNotNull();
  }

  @Test
  void theOpenApiDescriptionAndItsPageArePublic() {
    ResponseEntity<String> docs = http.getForEntity("/api-docs", String.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
        .isTrue();
    assertThat(docs.getBody())
        .contains("\"openapi\"")
        .contains("/api/support-cases/{businessKey}/meetings")
        .contains("/api/interventions/{id}")
        .contains("/api/support-cases/{businessKey}/activity-plan");

    ResponseEntity<String> page = http.getForEntity("/api-docs/ui.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("swagger-ui");
    assertThat(http.getForEntity("/api-docs/swagger-config", String.class).getBody())
        .contains("/api-docs");
  }

  private long areaId(String municipality, String name) {
    List<Map<String, Object>> areas =
        (List<Map<String, Object>>)
            client.get(COORDINATOR, "/api/municipalities/" + municipality).getBody().get("areas");
    return areas.stream()
        .filter(a -> name.equals(a.get("name")))
        .map(a -> ((Number) a.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static void assertProblem(
      ResponseEntity<Map<String, Object>> answer, HttpStatus status, String detailPart) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat((String) answer.getBody().get("detail"))
        .as(String.valueOf(answer.getBody()))
        .contains(detailPart);
    assertThat(answer.getBody().get("detail_en")).isNotNull();
  }
}
