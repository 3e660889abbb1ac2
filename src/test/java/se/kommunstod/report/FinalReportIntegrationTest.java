package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.kommunstod.admin.Administration;
import se.kommunstod.assessment.Contributor;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.SituationPictureService;
import se.kommunstod.evaluation.Indicator;
import se.kommunstod.evaluation.IndicatorInput;
import se.kommunstod.evaluation.IndicatorService;
import se.kommunstod.intervention.Intervention;
import se.kommunstod.intervention.InterventionInput;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.intervention.InterventionService;
import se.kommunstod.knowledge.LessonInput;
import se.kommunstod.knowledge.LessonService;
import se.kommunstod.meeting.MeetingInput.ActionItemInput;
import se.kommunstod.meeting.MeetingService;
import se.kommunstod.plan.ActivityPlanService;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.support.IntegrationTest;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Two support cases in two new municipalities: processes started, records written through the
 * record services (as the models' delegates do), then every figure of the report's CSV compared with
 * what was recorded; the HTML and the PDF name both municipalities; the interim report leaves out
 * what came later. Step hours come from the engine's history with a controlled engine clock.
 *
 * <p>To drive the real lifecycle models instead: replace {@link #openCase} and the service calls in
 * {@link #recordCaseA}/{@link #recordCaseB} with task completions; the expectations stay the same.
 */
@IntegrationTest
class FinalReportIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired Administration administration;
  @Autowired SupportCaseService cases;
  @Autowired SituationPictureService pictures;
  @Autowired ActivityPlanService plans;
  @Autowired MeetingService meetings;
  @Autowired InterventionService interventions;
  @Autowired IndicatorService indicators;
  @Autowired LessonService lessons;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  final LocalDate today = LocalDate.now(ReportService.SWEDEN);
  String a;
  String b;
  String nameA;
  String nameB;
  Instant t0;

  @BeforeEach
  void twoMunicipalities() {
    long n = System.nanoTime() % 1_000_000_000L;
    a = "rapport-a-" + n;
    b = "rapport-b-" + n;
    nameA = "Åmåls testkommun " + n;
    nameB = "Södra Ölands testkommun " + n;
    administration.saveMunicipality(a, nameA, "Region Nord");
    administration.saveMunicipality(b, nameB, "Region Bergslagen");
    t0 = Instant.now();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyFigureOfTheReportIsWhatTheRecordsSay() throws Exception {
    ClockUtil.setCurrentTime(Date.from(t0));
    openCase(a);
    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofHours(1))));
    openCase(b);
    recordCaseA();
    recordCaseB();
    ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofHours(5))));

    String csv = get("/api/reports/final?format=csv&municipality=" + a + "&municipality=" + b, "radgivare").getBody();
    Map<String, String> rows = parse(csv);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("rapport|alla|slutrapport", ReportService.today().toString());
    caseRows(expected, a, List.of(FocusArea.SITUATIONAL, FocusArea.GANG_RECRUITMENT), today.minusDays(60));
    expected.put("möten|" + a + "|antal", "2");
    expected.put("möten|" + a + "|beslut", "3");
    expected.put("åtgärdspunkter|" + a + "|OPEN", "1");
    expected.put("åtgärdspunkter|" + a + "|DONE", "1");
    expected.put("åtgärdspunkter|" + a + "|CANCELLED", "0");
    expected.put("insatser|" + a + "|antal", "3");
    expected.put("insatser|" + a + "|med resultat", "1");
    expected.put("insatser|" + a + "|uppföljningar", "2");
    expected.put("insatser_metod|" + a + "|EST", "2");
    expected.put("insatser_metod|" + a + "|SITUATIONAL", "1");
    expected.put("insatser_problem|" + a + "|Öppen narkotikahandel vid torget", "2");
    expected.put("insatser_problem|" + a + "|Unga rekryteras", "1");
    expected.put("indikator_mätningar|" + a + "|Anmälda rån", "3");
    expected.put("indikator_första|" + a + "|Anmälda rån", "12");
    expected.put("indikator_senaste|" + a + "|Anmälda rån", "7.5");
    expected.put("erfarenheter|" + a + "|antal", "1");
    expected.put("bedömning|" + a + "|betyg", "4");

    caseRows(expected, b, List.of(FocusArea.WELFARE_FRAUD), today.minusDays(10));
    expected.put("möten|" + b + "|antal", "1");
    expected.put("möten|" + b + "|beslut", "1");
    expected.put("åtgärdspunkter|" + b + "|OPEN", "0");
    expected.put("åtgärdspunkter|" + b + "|DONE", "0");
    expected.put("åtgärdspunkter|" + b + "|CANCELLED", "0");
    expected.put("insatser|" + b + "|antal", "1");
    expected.put("insatser|" + b + "|med resultat", "0");
    expected.put("insatser|" + b + "|uppföljningar", "0");
    expected.put("insatser_metod|" + b + "|GVI", "1");
    expected.put("insatser_problem|" + b + "|" + ReportService.NO_PROBLEM, "1");
    expected.put("indikator_mätningar|" + b + "|Otrygghet", "1");
    expected.put("indikator_första|" + b + "|Otrygghet", "40");
    expected.put("indikator_senaste|" + b + "|Otrygghet", "40");
    expected.put("erfarenheter|" + b + "|antal", "0");

    expected.put("insatser_fokusområde|alla|GANG_RECRUITMENT", "3");
    expected.put("insatser_fokusområde|alla|WELFARE_FRAUD", "1");
    expected.put("insatser_fokusområde|alla|SITUATIONAL", "3");
    expected.put("insatser_metod|alla|EST", "2");
    expected.put("insatser_metod|alla|GVI", "1");
    expected.put("insatser_metod|alla|SITUATIONAL", "1");
    // Step hours: each case's open user tasks, from start until the engine clock (5 h after case A began).
    Map<String, BigDecimal> allSteps = new LinkedHashMap<>();
    stepRows(expected, allSteps, a, Duration.ofHours(5));
    stepRows(expected, allSteps, b, Duration.ofHours(4));
    allSteps.forEach((step, hours) -> expected.put("steg_timmar|alla|" + step, hours.toPlainString()));
    // Lessons overall count every lesson of these municipalities and of gatherings, which other tests add too.
    rows.keySet().removeIf(k -> k.startsWith("erfarenheter|alla|"));

    assertThat(rows).containsExactlyInAnyOrderEntriesOf(expected);

    String html = get("/api/reports/final?municipality=" + a + "&municipality=" + b, "radgivare").getBody();
    assertThat(html).contains("<h2>" + nameA + "</h2>", "<h2>" + nameB + "</h2>", "Samverkansmöten (2)",
        "Insatser (3)", "Insatser per fokusområde", "class=\"bar\"", "Hur arbetet kan fortsätta",
        "Erfarenheter till andra", "Deltagarnas bedömning",
        "Indikatorn ”Anmälda rån” minskade med 4.5 anmälningar: från 12 (" + today.minusDays(50) + ") till 7.5 ("
            + today.minusDays(5) + ").",
        "Öppen åtgärdspunkt: Förbättra belysningen", "Betyg för stödet: 4 av 5",
        "Samverkan blev bättre, men insatserna tog tid.");

    ResponseEntity<byte[]> pdf = http.withBasicAuth("radgivare", "demo").getForEntity(
        "/api/reports/final?format=pdf&municipality=" + a + "&municipality=" + b, byte[].class);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    // Kept for looking at (docs/final-report-page1.png is page 1 of it, made with pdftoppm).
    java.nio.file.Files.write(java.nio.file.Path.of("target", "final-report-test.pdf"), pdf.getBody());
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Slutrapport", nameA, nameB, "Samverkansmöten (2)", "Fokusområden");
    }
  }

  @Test
  void theInterimReportCountsOnlyWhatWasRecordedByItsDate() {
    openCase(a);
    recordCaseA();
    LocalDate date = today.minusDays(40);
    Map<String, String> rows = parse(get("/api/reports/interim?format=csv&date=" + date + "&municipality=" + a,
        "radgivare").getBody());
    assertThat(rows).containsEntry("rapport|alla|delrapport", date.toString())
        .containsEntry("möten|" + a + "|antal", "1")
        .containsEntry("insatser|" + a + "|antal", "1")
        .containsEntry("insatser|" + a + "|med resultat", "0")
        .containsEntry("insatser|" + a + "|uppföljningar", "0")
        .containsEntry("indikator_mätningar|" + a + "|Anmälda rån", "1")
        .containsEntry("indikator_senaste|" + a + "|Anmälda rån", "12")
        .containsEntry("erfarenheter|" + a + "|antal", "0")
        .doesNotContainKey("steg_timmar|" + a + "|Bedöm behov"); // the process instance started today
  }

  @Test
  void othersSeeOnlyTheirOwnMunicipalityAndBadInputIsRefused() {
    openCase(a);
    assertThat(get("/api/reports/final?municipality=" + a, "samordnare.linkoping").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    String own = get("/api/reports/final?format=csv", "samordnare.linkoping").getBody();
    assertThat(own).doesNotContain(a);
    assertThat(get("/api/reports/final?format=doc", "radgivare").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/reports/interim?date=" + today.plusDays(2), "radgivare").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/reports/interim?date=igår", "radgivare").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/reports/final", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  void openCase(String code) {
    String businessKey = "stod-" + code;
    String instanceId = runtimeService.startProcessInstanceByKey("supportCase", businessKey,
        Map.of("municipalityCode", code)).getId();
    cases.open(businessKey, code, instanceId);
    // The case began well before its records (the services date records as told, the case "now").
    jdbc.update("update support_case set opened_at = ? where business_key = ?",
        java.sql.Timestamp.from(today.minusDays(70).atTime(12, 0).atZone(ReportService.SWEDEN).toInstant()), businessKey);
  }

  void recordCaseA() {
    String bk = "stod-" + a;
    pictures.record(bk, Contributor.JOINT, "Gemensam bild: öppen handel och rekrytering.",
        List.of("Öppen narkotikahandel vid torget", "Unga rekryteras"));
    List<Problem> problems = pictures.prioritisedProblems(bk);
    plans.adopt(bk, "Minska rekryteringen och öka tryggheten.",
        Set.of(FocusArea.GANG_RECRUITMENT, FocusArea.SITUATIONAL), today.minusDays(60));
    Long doneItem = meetings.record(bk, today.minusDays(50), "Samverkansmöte 1",
            List.of("Starta EST", "Bjud in bostadsbolaget"),
            List.of(new ActionItemInput("Kartlägg otrygga platser", Role.POLICE, today.minusDays(30))))
        .getActionItems().get(0).getId();
    meetings.changeStatus(doneItem, se.kommunstod.meeting.ActionItemStatus.DONE);
    meetings.record(bk, today.minusDays(20), "Samverkansmöte 2", List.of("Utvärdera EST"),
        List.of(new ActionItemInput("Förbättra belysningen", Role.HOUSING_COMPANY, today.plusDays(30))));
    Intervention est = interventions.register(bk, "EST i centrum", problems.get(0).getId(), InterventionMethod.EST,
        Role.MUNICIPALITY, "Effektiv samordning för trygghet i centrum.", today.minusDays(45), today.minusDays(10));
    interventions.followUp(est.getId(), new InterventionInput.FollowUpInput(today.minusDays(30), "Halvtid: bra gång."));
    interventions.followUp(est.getId(), new InterventionInput.FollowUpInput(today.minusDays(10), "Slutuppföljning."));
    interventions.conclude(est.getId(), new InterventionInput.OutcomeInput("Handeln vid torget minskade tydligt."));
    interventions.register(bk, "EST i Skäggetorp", problems.get(0).getId(), InterventionMethod.EST, Role.POLICE,
        "Samma arbetssätt i nästa område.", today.minusDays(15), null);
    interventions.register(bk, "Medborgarlöfte", problems.get(1).getId(), InterventionMethod.SITUATIONAL,
        Role.POLICE, "Löfte om närvaro kvällstid vid skolan.", today.minusDays(35), today.plusDays(60));
    Indicator robberies = indicators.define(bk, new IndicatorInput("Anmälda rån", "anmälningar"));
    indicators.measure(robberies.getId(), today.minusDays(50), new BigDecimal("12"));
    indicators.measure(robberies.getId(), today.minusDays(5), new BigDecimal("7.5"));
    indicators.measure(robberies.getId(), today.minusDays(25), new BigDecimal("9"));
    // What the task "Samla deltagarnas bedömning" leaves in the support case.
    String instanceId = cases.require(bk).getProcessInstanceId();
    runtimeService.setVariable(instanceId, "participantRating", 4L);
    runtimeService.setVariable(instanceId, "participantAssessment", "Samverkan blev bättre, men insatserna tog tid.");
    lessons.record(bk, new LessonInput("Tidig samverkan", "Bjud in bostadsbolaget från första mötet.",
        Set.of(FocusArea.SITUATIONAL), InterventionMethod.EST, "Otrygga platser"));
  }

  void recordCaseB() {
    String bk = "stod-" + b;
    plans.adopt(bk, "Stoppa bidragsfusk.", Set.of(FocusArea.WELFARE_FRAUD), today.minusDays(10));
    meetings.record(bk, today.minusDays(9), "Uppstart", List.of("Kartlägg utbetalningar"), List.of());
    interventions.register(bk, "Sluta skjut", null, InterventionMethod.GVI, Role.POLICE,
        "Direkt kommunikation med grupperna.", today.minusDays(8), null);
    Indicator unsafe = indicators.define(bk, new IndicatorInput("Otrygghet", "procent"));
    indicators.measure(unsafe.getId(), today.minusDays(7), new BigDecimal("40"));
  }

  void caseRows(Map<String, String> expected, String code, List<FocusArea> focusAreas, LocalDate adoptedOn) {
    expected.put("ärende|" + code + "|affärsnyckel", "stod-" + code);
    expected.put("ärende|" + code + "|öppnat", today.minusDays(70).toString());
    expected.put("ärende|" + code + "|avslutat", "");
    expected.put("ärende|" + code + "|lägesbilder", code.equals(a) ? "1" : "0");
    expected.put("ärende|" + code + "|plan antagen", adoptedOn.toString());
    focusAreas.forEach(f -> expected.put("fokusområde|" + code + "|" + f.name(), "1"));
  }

  /** Expected step rows, read independently from the history: every user task of the case, still open. */
  void stepRows(Map<String, String> expected, Map<String, BigDecimal> all, String code, Duration open) {
    String instanceId = cases.require("stod-" + code).getProcessInstanceId();
    var tasks = historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityType("userTask").list();
    assertThat(tasks).isNotEmpty();
    for (var task : tasks) {
      assertThat(task.getEndTime()).isNull();
      BigDecimal hours = BigDecimal.valueOf(open.toMinutes()).divide(BigDecimal.valueOf(60), 1,
          java.math.RoundingMode.HALF_UP);
      expected.put("steg_timmar|" + code + "|" + task.getActivityName(), hours.toPlainString());
      all.merge(task.getActivityName(), hours, BigDecimal::add);
    }
  }

  ResponseEntity<String> get(String path, String user) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
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
