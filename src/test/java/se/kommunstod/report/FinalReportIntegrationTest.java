package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kommunstod.records.CaseWalk.json;
import static se.kommunstod.records.RecordsClient.content;
import static se.kommunstod.records.RecordsClient.list;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.kommunstod.admin.Administration;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.lifecycle.Application;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.lifecycle.ProgrammeRounds;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.records.CaseWalk;
import se.kommunstod.records.RecordsClient;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 7's "done when": two support cases in two new municipalities created through their
 * processes — an application to a programme round, Brå's decision, then every task of the
 * lifecycle completed over the engine REST API by the municipality's own people (case A to its
 * closure with lessons, case B still in its implementation) — and every figure of the report's CSV
 * compared with what the records say, read back through /api and the engine's history. The engine's
 * clock walks the 30 days of the cases, so steps have real durations and the interim report has a
 * past date to cut at. Indicator values, an action item's status and a lesson's release are
 * recorded through /api, as people do (they are not tasks).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinalReportIntegrationTest {

  static final String PASSWORD = "rapport-test-losenord";
  static final String ADVISOR = "radgivare";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired Administration administration;
  @Autowired ProgrammeRounds programmeRounds;

  RecordsClient client;
  String a;
  String b;
  String nameA;
  String nameB;
  String round;
  /** 08:00 on day 0 of the walk, 40 days ago. */
  Instant day0;

  @BeforeAll
  void twoCasesThroughTheirProcesses() {
    client = new RecordsClient(http);
    long n = System.nanoTime() % 1_000_000_000L;
    a = "rapport-a-" + n;
    b = "rapport-b-" + n;
    nameA = "Åmåls testkommun " + n;
    nameB = "Södra Ölands testkommun " + n;
    round = "stodomgang-rapport-" + n;
    day0 = LocalDate.now(EngineTime.SWEDEN).minusDays(40).atTime(8, 0).atZone(EngineTime.SWEDEN).toInstant();
    try {
      municipality(a, nameA, "Region Nord");
      municipality(b, nameB, "Region Bergslagen");
      at(0, 0);
      programmeRounds.start(round, Map.of("reportDeadline", "2030-06-10"));
      CaseWalk caseA = granted(a, 2);
      CaseWalk caseB = granted(b, 3);
      walkCaseA(caseA);
      walkCaseB(caseB);
    } finally {
      ClockUtil.reset();
    }
  }

  @AfterEach
  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyFigureOfTheFinalReportIsWhatTheRecordsSay() throws Exception {
    at(30, 4); // 12:00 on day 30: case B still runs, its open steps count up to now
    String query = "municipality=" + a + "&municipality=" + b;
    Map<String, String> rows = parse(get("/api/reports/final?format=csv&" + query).getBody());

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("rapport|alla|slutrapport", EngineTime.today().toString());
    // the report lists every focus area of the programme, 0 where there is no intervention
    Map<String, Long> byFocusArea = new TreeMap<>();
    for (FocusArea area : FocusArea.values()) {
      byFocusArea.put(area.name(), 0L);
    }
    Map<String, Long> byMethod = new TreeMap<>();
    Map<String, BigDecimal> hoursByStep = new LinkedHashMap<>();
    expectedCase(expected, a, byFocusArea, byMethod, hoursByStep);
    expectedCase(expected, b, byFocusArea, byMethod, hoursByStep);
    byFocusArea.forEach((area, count) -> expected.put("insatser_fokusområde|alla|" + area, count.toString()));
    byMethod.forEach((method, count) -> expected.put("insatser_metod|alla|" + method, count.toString()));
    hoursByStep.forEach((step, hours) -> expected.put("steg_timmar|alla|" + step, hours.toPlainString()));
    expectedExperience(expected);

    assertThat(rows).containsExactlyInAnyOrderEntriesOf(expected);
    // the records are what the walk entered: the comparison above is not between two empty reports
    assertThat(rows).containsEntry("möten|" + a + "|antal", "2").containsEntry("insatser|" + a + "|antal", "2")
        .containsEntry("insatser|" + a + "|uppföljningar", "3").containsEntry("åtgärdspunkter|" + a + "|DONE", "1")
        .containsEntry("ärende|" + a + "|lägesbilder", "4").containsEntry("bedömning|" + a + "|betyg", "4")
        .containsEntry("utvärdering|" + a + "|mål uppnådda", "DELVIS")
        .containsEntry("indikator_senaste|" + a + "|Anmälda rån", "7.5")
        .containsEntry("ärende|" + a + "|avslutat", date(day0.plus(Duration.ofDays(26))))
        .containsEntry("ärende|" + b + "|avslutat", "").containsEntry("insatser_metod|" + b + "|GVI", "1")
        .containsEntry("insatser_fokusområde|alla|SITUATIONAL_PREVENTION", "2")
        .containsEntry("insatser_fokusområde|alla|VIOLENT_EXTREMISM", "0");

    String html = get("/api/reports/final?" + query).getBody();
    assertThat(html).contains("<h2>" + nameA + "</h2>", "<h2>" + nameB + "</h2>", "Samverkansmöten (2)",
        "Insatser (2)", "Insatser per fokusområde", "class=\"bar\"", "Hur arbetet kan fortsätta",
        "Erfarenheter till andra", "Deltagarnas bedömning", "Betyg för stödet: 4 av 5",
        "Stödet gav struktur åt samverkan.", "Indikatorernas utveckling: Bättre.",
        "Brås utvärdering", "Målen uppnådda: Delvis.",
        "Indikatorn ”Anmälda rån” minskade med 4.5 anmälningar: från 12 (" + date(day0.plus(Duration.ofDays(2)))
            + ") till 7.5 (" + date(day0.plus(Duration.ofDays(24))) + ").",
        "Öppen åtgärdspunkt: Förbättra belysningen vid torget");
    // every focus area of the programme appears in Swedish, also those without interventions
    for (FocusArea area : FocusArea.values()) {
      assertThat(html).contains(area.swedishName());
    }

    ResponseEntity<byte[]> pdf = http.withBasicAuth(ADVISOR, "demo").getForEntity(
        "/api/reports/final?format=pdf&" + query, byte[].class);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    // Kept for looking at (docs/final-report-page1.png is page 1 of it, made with pdftoppm).
    Files.write(Path.of("target", "final-report-test.pdf"), pdf.getBody());
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Slutrapport", nameA, nameB, "Samverkansmöten (2)", "Fokusområden");
    }
  }

  @Test
  void theInterimReportCountsOnlyWhatWasRecordedByItsDate() {
    at(30, 4);
    LocalDate date = LocalDate.ofInstant(day0.plus(Duration.ofDays(10)), EngineTime.SWEDEN);
    Map<String, String> rows = parse(get("/api/reports/interim?format=csv&date=" + date + "&municipality=" + a)
        .getBody());
    assertThat(rows).containsEntry("rapport|alla|delrapport", date.toString())
        .containsEntry("ärende|" + a + "|avslutat", "")
        .containsEntry("möten|" + a + "|antal", "1")
        .containsEntry("åtgärdspunkter|" + a + "|OPEN", "1") // one of two; the other is DONE (status changes are not dated)
        .containsEntry("insatser|" + a + "|antal", "2")
        .containsEntry("insatser|" + a + "|med resultat", "0")
        .containsEntry("insatser|" + a + "|uppföljningar", "0")
        .containsEntry("indikator_mätningar|" + a + "|Anmälda rån", "1")
        .containsEntry("indikator_senaste|" + a + "|Anmälda rån", "12")
        .containsEntry("erfarenheter|" + a + "|antal", "0")
        // the kick-off ended on day 4 after four days; nothing later than day 10 counts
        .containsEntry("steg_timmar|" + a + "|Uppstart: avsiktsförklaring och aktivitetsplan", "24.0")
        .doesNotContainKey("steg_timmar|" + a + "|Följ upp indikatorer")
        .doesNotContainKey("bedömning|" + a + "|betyg")
        .doesNotContainKey("utvärdering|" + a + "|mål uppnådda")
        .doesNotContainKey("uppföljning|" + a + "|indikatortrend");
  }

  @Test
  void othersSeeOnlyTheirOwnMunicipalityAndBadInputIsRefused() {
    assertThat(client.get("samordnare.linkoping", "/api/reports/final?municipality=" + a).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("samordnare." + b, PASSWORD)
        .getForEntity("/api/reports/final?format=csv", String.class).getBody()).contains(b).doesNotContain(a);
    assertThat(get("/api/reports/final?format=doc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/reports/interim?date=" + LocalDate.now(EngineTime.SWEDEN).plusDays(2)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/reports/interim?date=igår").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/reports/final", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theReportSubmittedToTheGovernmentOfficesKeepsTheFiguresOfThatMoment() {
    at(30, 6);
    String task = client.taskId(ADVISOR, roundInstance(), "Task_InterimReport");
    String submissions = "/api/programme-rounds/" + round + "/report-submissions";
    ResponseEntity<Map<String, Object>> refused = client.send(ADVISOR, HttpMethod.POST, "/engine-rest/task/" + task
        + "/complete", Map.of("variables", CaseWalk.typed(Map.of("reportSummary", "Kort"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("inget har sparats");
    assertThat(client.getList(ADVISOR, submissions).getBody()).isEmpty();

    String figures = get("/api/reports/interim?format=csv&date=" + EngineTime.today()).getBody();
    ResponseEntity<Map<String, Object>> submitted = client.send(ADVISOR, HttpMethod.POST, "/engine-rest/task/" + task
        + "/complete", Map.of("variables", CaseWalk.typed(Map.of(
            "reportSummary", "Två kommuner har fått stöd; en är klar, en genomför sina insatser.",
            "reportReference", "Ju2024/01234"))));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> archived = client.getList(ADVISOR, submissions).getBody();
    assertThat(archived).singleElement().satisfies(s -> assertThat(s).containsEntry("kind", "INTERIM")
        .containsEntry("asOf", EngineTime.today().toString()).containsEntry("submittedBy", ADVISOR)
        .containsEntry("reference", "Ju2024/01234")
        .containsEntry("summary", "Två kommuner har fått stöd; en är klar, en genomför sina insatser."));
    String csv = "/api/report-submissions/" + archived.get(0).get("id") + "/figures.csv";
    assertThat(get(csv).getBody()).isEqualTo(figures).contains("möten," + a + ",antal,2");
    // the whole programme's figures: only Brå and administrators
    assertThat(client.get("samordnare." + b, submissions).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("samordnare." + b, PASSWORD).getForEntity(csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- the two cases -----------------------------------------------------------------------------

  /** Case A: from application to closure with a lesson, two focus areas so two interventions, two meetings. */
  void walkCaseA(CaseWalk walk) {
    CaseWalk.People p = walk.people();
    String base = "/api/support-cases/stod-" + a;
    at(1, 0);
    walk.complete(p.police(), "Task_SituationPicturePolice", Map.of(
        "situationPicturePolice", "Rån och hot mot unga vid centrum.",
        "situationPicturePoliceProblems", json("[\"serious-violence\",\"public-order\"]")));
    at(2, 0);
    walk.complete(p.coordinator(), "Task_SituationPictureMunicipality", Map.of(
        "situationPictureMunicipality", "Otrygga platser vid torget.",
        "situationPictureMunicipalityProblems", json("[\"situational\"]")));
    // indicator values are recorded through /api, measured on the days they refer to
    long robberies = indicator(p.coordinator(), a, "Anmälda rån", "anmälningar");
    measure(p.coordinator(), robberies, 2, "12");
    at(2, 3);
    walk.complete(p.socialServices(), "Task_SituationPictureSocialServices", Map.of(
        "situationPictureSocialServices", "Unga rekryteras via sociala medier.",
        "situationPictureSocialServicesProblems", json("[\"gang-recruitment\"]")));
    at(3, 0);
    walk.complete(p.coordinator(), "Task_JointAnalysis", Map.of(
        "jointAnalysis", "Rekryteringen och de otrygga platserna hänger ihop.",
        "prioritisedProblems", json("[\"gang-recruitment\",\"situational\"]")));
    at(4, 0);
    walk.complete(p.coordinator(), "Task_KickOff", Map.of("declarationOfIntentSigned", true,
        "activityPlan", "Minska rekryteringen och öka tryggheten vid torget.",
        "focusAreas", json("[\"youth-recruitment\",\"situational-prevention\"]")));
    at(5, 0);
    String recruitment = walk.intervention("youth-recruitment");
    String places = walk.intervention("situational-prevention");
    walk.complete(p.coordinator(), recruitment, "Task_PlanIntervention", Map.of("targetProblem", "gang-recruitment",
        "method", "sspf",
        "ownerOrganisation", "social-services", "interventionPlan", "Samverkan skola, socialtjänst, polis, fritid."));
    walk.complete(p.coordinator(), places, "Task_PlanIntervention", Map.of("targetProblem", "situational",
        "method", "situational",
        "ownerOrganisation", "municipality", "interventionPlan", "Belysning, trygghetsvandringar och städning."));

    at(6, 0);
    walk.fireTimer(walk.caseId(), "Start_MeetingDue");
    String meeting1 = walk.subInstance("cooperationMeeting");
    walk.complete(p.coordinator(), meeting1, "Task_PrepareAgenda", Map.of("meetingDate", today().toString(),
        "agenda", "1. Lägesbild\n2. Insatserna"));
    walk.reportAll(meeting1, "möte 1.");
    walk.complete(p.coordinator(), meeting1, "Task_RecordDecisions", Map.of(
        "meetingDecisions", "Starta SSPF\nTrygghetsvandring i maj",
        "actionItems", "police; " + today().plusDays(14) + "; Kartlägg otrygga platser\n"
            + "housing-company; " + today().plusDays(40) + "; Förbättra belysningen vid torget",
        "openActionItems", true));
    at(8, 0);
    Map<String, Object> firstItem = actionItems(base).get(0);
    assertThat(client.send(p.police(), HttpMethod.PATCH, "/api/action-items/" + firstItem.get("id"),
        Map.of("status", "DONE")).getStatusCode()).isEqualTo(HttpStatus.OK);

    at(12, 0);
    walk.fireTimer(recruitment, "Timer_FollowUpDue");
    walk.complete(p.socialServices(), recruitment, "Task_FollowUpIntervention", Map.of(
        "followUpNotes", "Tolv unga nådda via skolan.", "interventionFinished", false));
    at(14, 0);
    walk.fireTimer(walk.caseId(), "Start_MeetingDue");
    String meeting2 = walk.subInstance("cooperationMeeting");
    walk.complete(p.coordinator(), meeting2, "Task_PrepareAgenda", Map.of("meetingDate", today().toString(),
        "agenda", "1. Öppna åtgärder\n2. Uppföljning"));
    walk.complete(p.coordinator(), meeting2, "Task_FollowUpOpenItems", Map.of(
        "openItemsStatus", "Kartläggningen är klar, belysningen återstår."));
    walk.reportAll(meeting2, "möte 2.");
    walk.complete(p.coordinator(), meeting2, "Task_RecordDecisions", Map.of(
        "meetingDecisions", "Fortsätt enligt plan", "openActionItems", false));
    at(15, 0);
    walk.fireTimer(places, "Timer_FollowUpDue");
    walk.complete(p.coordinator(), places, "Task_FollowUpIntervention", Map.of(
        "followUpNotes", "Belysningen är uppsatt.", "interventionFinished", true));
    at(16, 0);
    walk.complete(p.coordinator(), places, "Task_RecordOutcome", Map.of(
        "outcomeRating", "uppnatt", "outcome", "Färre anmälningar om otrygghet vid torget."));
    at(18, 0);
    walk.fireTimer(recruitment, "Timer_FollowUpDue");
    walk.complete(p.socialServices(), recruitment, "Task_FollowUpIntervention", Map.of(
        "followUpNotes", "Arbetet fortsätter i ordinarie verksamhet.", "interventionFinished", true));
    at(19, 0);
    walk.complete(p.socialServices(), recruitment, "Task_RecordOutcome", Map.of(
        "outcomeRating", "delvis", "outcome", "Färre unga i riskzon, men rekryteringen pågår."));

    measure(p.coordinator(), robberies, 20, "9");
    at(21, 0);
    walk.complete(p.coordinator(), "Task_FollowUpIndicators", Map.of(
        "indicatorSummary", "Rånen minskade, otryggheten likaså.", "indicatorTrend", "battre"));
    at(22, 0);
    walk.complete(p.coordinator(), "Task_ParticipantsAssessment", Map.of(
        "participantRating", 4L, "participantAssessment", "Stödet gav struktur åt samverkan."));
    at(24, 0);
    measure(p.coordinator(), robberies, 24, "7.5");
    at(25, 0);
    walk.complete(p.advisor(), "Task_Evaluate", Map.of(
        "goalsAchieved", "delvis", "evaluationSummary", "Tryggheten ökade; rekryteringen återstår."));
    at(26, 0);
    walk.complete(p.advisor(), "Task_CloseWithLessonsLearned", Map.of(
        "lessonsLearned", "Bjud in bostadsbolaget från första mötet."));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(walk.caseId()).count()).isZero();
    at(27, 0);
    Object lesson = content(client.get(p.coordinator(), base + "/lessons")).get(0).get("id");
    assertThat(client.send(p.coordinator(), HttpMethod.POST, "/api/lessons/" + lesson + "/release",
        Map.of("nameMunicipality", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** Case B: still in its implementation — one focus area, one meeting, one follow-up, no outcome. */
  void walkCaseB(CaseWalk walk) {
    CaseWalk.People p = walk.people();
    at(1, 5);
    walk.complete(p.police(), "Task_SituationPicturePolice", Map.of(
        "situationPicturePolice", "Ordningsstörningar kvällstid.", "situationPicturePoliceProblems",
        json("[\"public-order\"]")));
    walk.complete(p.coordinator(), "Task_SituationPictureMunicipality", Map.of(
        "situationPictureMunicipality", "Skadegörelse i tvättstugor.", "situationPictureMunicipalityProblems",
        json("[]")));
    at(2, 5);
    walk.complete(p.socialServices(), "Task_SituationPictureSocialServices", Map.of(
        "situationPictureSocialServices", "Få unga i riskzon.", "situationPictureSocialServicesProblems", json("[]")));
    at(3, 5);
    walk.complete(p.coordinator(), "Task_JointAnalysis", Map.of(
        "jointAnalysis", "Ordningen kvällstid är huvudproblemet.", "prioritisedProblems", json("[\"serious-violence\"]")));
    at(4, 5);
    walk.complete(p.coordinator(), "Task_KickOff", Map.of("declarationOfIntentSigned", true,
        "activityPlan", "Återta det offentliga rummet kvällstid.", "focusAreas", json("[\"situational-prevention\"]")));
    at(5, 5);
    String order = walk.intervention("situational-prevention");
    walk.complete(p.coordinator(), order, "Task_PlanIntervention", Map.of("method", "gvi",
        "ownerOrganisation", "police", "interventionPlan", "Direkt kommunikation med grupperna."));
    long unsafe = indicator(p.coordinator(), b, "Otrygghet", "procent");
    measure(p.coordinator(), unsafe, 5, "40");
    at(7, 5);
    walk.fireTimer(walk.caseId(), "Start_MeetingDue");
    String meeting = walk.subInstance("cooperationMeeting");
    walk.complete(p.coordinator(), meeting, "Task_PrepareAgenda", Map.of("meetingDate", today().toString(),
        "agenda", "1. Uppstart"));
    walk.reportAll(meeting, "uppstart.");
    walk.complete(p.coordinator(), meeting, "Task_RecordDecisions", Map.of(
        "meetingDecisions", "Kartlägg grupperna", "openActionItems", false));
    at(9, 5);
    walk.fireTimer(order, "Timer_FollowUpDue");
    walk.complete(p.police(), order, "Task_FollowUpIntervention", Map.of(
        "followUpNotes", "Första upprop hållet.", "interventionFinished", false));
  }

  /** A new municipality with its four people, the application and Brå's decision; the case opens. */
  CaseWalk granted(String code, int hour) {
    at(0, hour);
    programmeRounds.submit(round, new Application(code, "utsatt", "hog", "paborjat", "god"));
    String decision = client.taskId(ADVISOR, roundInstance(), "Task_DecideApplication");
    ResponseEntity<Map<String, Object>> answer = client.send(ADVISOR, HttpMethod.POST,
        "/engine-rest/task/" + decision + "/complete", Map.of("variables", CaseWalk.typed(Map.of(
            "decision", "bevilja", "decisionMotivation", "Utsatt område, kommunen har börjat arbetet."))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String caseId = runtimeService.createProcessInstanceQuery().processDefinitionKey("supportCase")
        .processInstanceBusinessKey("stod-" + code).singleResult().getId();
    return new CaseWalk(client, runtimeService, managementService, CaseWalk.People.of(code), caseId);
  }

  void municipality(String code, String name, String policeRegion) {
    administration.saveMunicipality(code, name, policeRegion);
    CaseWalk.People p = CaseWalk.People.of(code);
    person(code, p.coordinator(), "municipality");
    person(code, p.police(), "police");
    person(code, p.socialServices(), "social-services");
    person(code, p.housing(), "housing-company");
  }

  void person(String code, String userId, String role) {
    administration.savePerson(code, new Administration.Person(userId, "Test", role, null, role, PASSWORD));
    client.withPassword(userId, PASSWORD);
  }

  long indicator(String user, String code, String name, String unit) {
    ResponseEntity<Map<String, Object>> defined = client.send(user, HttpMethod.POST,
        "/api/support-cases/stod-" + code + "/indicators", Map.of("name", name, "unit", unit));
    assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) defined.getBody().get("id")).longValue();
  }

  void measure(String user, long indicator, int day, String value) {
    assertThat(client.send(user, HttpMethod.POST, "/api/indicators/" + indicator + "/values", Map.of(
        "measuredOn", LocalDate.ofInstant(day0.plus(Duration.ofDays(day)), EngineTime.SWEDEN).toString(),
        "value", new BigDecimal(value))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  String roundInstance() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("programme")
        .processInstanceBusinessKey(round).singleResult().getId();
  }

  /** Sets the engine's clock to day + hours after 08:00 on day 0. */
  void at(int day, int hours) {
    ClockUtil.setCurrentTime(Date.from(day0.plus(Duration.ofDays(day)).plus(Duration.ofHours(hours))));
  }

  static LocalDate today() {
    return EngineTime.today();
  }

  // --- what the records say ------------------------------------------------------------------------

  /** The case's rows as the records read through /api and the engine's history give them. */
  void expectedCase(Map<String, String> expected, String code, Map<String, Long> byFocusArea,
      Map<String, Long> byMethod, Map<String, BigDecimal> hoursByStep) {
    String base = "/api/support-cases/stod-" + code;
    Map<String, Object> supportCase = client.get(ADVISOR, base).getBody();
    expected.put("ärende|" + code + "|affärsnyckel", "stod-" + code);
    expected.put("ärende|" + code + "|öppnat", date(Instant.parse((String) supportCase.get("openedAt"))));
    Object closedAt = supportCase.get("closedAt");
    expected.put("ärende|" + code + "|avslutat", closedAt == null ? "" : date(Instant.parse((String) closedAt)));
    expected.put("ärende|" + code + "|lägesbilder",
        String.valueOf(content(client.get(ADVISOR, base + "/situation-pictures?size=100")).size()));
    Map<String, Object> plan = client.get(ADVISOR, base + "/activity-plan").getBody();
    expected.put("ärende|" + code + "|plan antagen", (String) plan.get("adoptedOn"));
    for (Object area : (List<?>) plan.get("focusAreas")) {
      expected.put("fokusområde|" + code + "|" + area, "1");
    }

    String supportCaseId = (String) supportCase.get("processInstanceId");
    for (HistoricActivityInstance step : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(supportCaseId).activityType("userTask").list()) {
      Instant until = step.getEndTime() == null ? EngineTime.now() : step.getEndTime().toInstant();
      BigDecimal hours = BigDecimal.valueOf(Duration.between(step.getStartTime().toInstant(), until).toMillis())
          .divide(BigDecimal.valueOf(3_600_000L), 1, RoundingMode.HALF_UP);
      expected.put("steg_timmar|" + code + "|" + step.getActivityName(), hours.toPlainString());
      hoursByStep.merge(step.getActivityName(), hours, BigDecimal::add);
    }

    List<Map<String, Object>> meetings = content(client.get(ADVISOR, base + "/meetings?size=100"));
    expected.put("möten|" + code + "|antal", String.valueOf(meetings.size()));
    expected.put("möten|" + code + "|beslut",
        String.valueOf(meetings.stream().mapToInt(m -> ((List<?>) m.get("decisions")).size()).sum()));
    for (ActionItemStatus status : ActionItemStatus.values()) {
      expected.put("åtgärdspunkter|" + code + "|" + status, String.valueOf(meetings.stream()
          .flatMap(m -> list(m, "actionItems").stream()).filter(i -> status.name().equals(i.get("status"))).count()));
    }

    List<Map<String, Object>> interventions = content(client.get(ADVISOR, base + "/interventions?size=100"));
    Map<Object, String> problems = new LinkedHashMap<>();
    client.getList(ADVISOR, base + "/problems").getBody().forEach(p -> problems.put(p.get("id"),
        (String) p.get("description")));
    expected.put("insatser|" + code + "|antal", String.valueOf(interventions.size()));
    expected.put("insatser|" + code + "|med resultat",
        String.valueOf(interventions.stream().filter(i -> i.get("outcome") != null).count()));
    expected.put("insatser|" + code + "|uppföljningar",
        String.valueOf(interventions.stream().mapToInt(i -> list(i, "followUps").size()).sum()));
    Map<String, Long> methods = new TreeMap<>();
    Map<String, Long> byProblem = new TreeMap<>();
    for (Map<String, Object> i : interventions) {
      methods.merge((String) i.get("method"), 1L, Long::sum);
      byMethod.merge((String) i.get("method"), 1L, Long::sum);
      byProblem.merge(i.get("problemId") == null ? ReportService.NO_PROBLEM : problems.get(i.get("problemId")), 1L,
          Long::sum);
      if (i.get("focusArea") != null) {
        byFocusArea.merge((String) i.get("focusArea"), 1L, Long::sum);
      }
    }
    methods.forEach((m, n) -> expected.put("insatser_metod|" + code + "|" + m, n.toString()));
    byProblem.forEach((problem, n) -> expected.put("insatser_problem|" + code + "|" + problem, n.toString()));

    for (Map<String, Object> indicator : content(client.get(ADVISOR, base + "/indicators?size=100"))) {
      List<Map<String, Object>> values = new ArrayList<>(list(indicator, "values"));
      values.sort(Comparator.comparing(v -> (String) v.get("measuredOn")));
      String name = (String) indicator.get("name");
      expected.put("indikator_mätningar|" + code + "|" + name, String.valueOf(values.size()));
      if (!values.isEmpty()) {
        expected.put("indikator_första|" + code + "|" + name, plain(values.get(0).get("value")));
        expected.put("indikator_senaste|" + code + "|" + name, plain(values.get(values.size() - 1).get("value")));
      }
    }
    expected.put("erfarenheter|" + code + "|antal",
        String.valueOf(content(client.get(ADVISOR, base + "/lessons?size=100")).size()));

    ResponseEntity<Map<String, Object>> evaluation = client.get(ADVISOR, base + "/evaluation");
    if (evaluation.getStatusCode() == HttpStatus.OK) {
      Map<String, Object> e = evaluation.getBody();
      putIfPresent(expected, "uppföljning|" + code + "|indikatortrend", e.get("indicatorTrend"));
      putIfPresent(expected, "bedömning|" + code + "|betyg", e.get("participantRating"));
      putIfPresent(expected, "utvärdering|" + code + "|mål uppnådda", e.get("goalsAchieved"));
    }
  }

  /**
   * The lessons bank's rows: the lessons of these municipalities and of every knowledge-exchange
   * gathering recorded by the report date, and how many of those were released — from /api/lessons.
   */
  void expectedExperience(Map<String, String> expected) {
    Instant end = EngineTime.today().plusDays(1).atStartOfDay(EngineTime.SWEDEN).toInstant();
    List<Map<String, Object>> lessons = new ArrayList<>();
    for (int page = 0; ; page++) {
      Map<String, Object> answer = client.get(ADVISOR, "/api/lessons?size=100&page=" + page).getBody();
      lessons.addAll(content(answer));
      if (content(answer).size() < 100) {
        break;
      }
    }
    List<Map<String, Object>> counted = lessons.stream()
        .filter(l -> Instant.parse((String) l.get("recordedAt")).isBefore(end))
        .filter(l -> a.equals(l.get("municipalityCode")) || b.equals(l.get("municipalityCode"))
            || l.get("municipalityCode") == null)
        .toList();
    expected.put("erfarenheter|alla|antal", String.valueOf(counted.size()));
    expected.put("erfarenheter|alla|släppta", String.valueOf(counted.stream()
        .filter(l -> Boolean.TRUE.equals(l.get("released"))
            && Instant.parse((String) l.get("releasedAt")).isBefore(end)).count()));
    expected.put("erfarenheter|alla|från erfarenhetsträffar",
        String.valueOf(counted.stream().filter(l -> l.get("municipalityCode") == null).count()));
  }

  static void putIfPresent(Map<String, String> expected, String key, Object value) {
    if (value != null) {
      expected.put(key, value.toString());
    }
  }

  static String plain(Object number) {
    return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
  }

  static String date(Instant instant) {
    return LocalDate.ofInstant(instant, EngineTime.SWEDEN).toString();
  }

  List<Map<String, Object>> actionItems(String base) {
    return content(client.get(ADVISOR, base + "/meetings?size=100")).stream()
        .flatMap(m -> list(m, "actionItems").stream())
        .sorted(Comparator.comparing(i -> ((Number) i.get("id")).longValue())).toList();
  }

  ResponseEntity<String> get(String path) {
    return http.withBasicAuth(ADVISOR, "demo").getForEntity(path, String.class);
  }

  /** The CSV as "tabell|kommun|nyckel" → värde; fails on a duplicate key. */
  static Map<String, String> parse(String csv) {
    Map<String, String> rows = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
    assertThat(lines.remove(0)).isEqualTo("tabell,kommun,nyckel,värde");
    for (String line : lines) {
      List<String> fields = fields(line);
      assertThat(fields).hasSize(4);
      String key = fields.get(0) + "|" + fields.get(1) + "|" + fields.get(2);
      assertThat(rows.put(key, fields.get(3))).as("duplicate row %s", key).isNull();
    }
    return rows;
  }

  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
