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
import org.springframework.transaction.PlatformTransactionManager;
import se.kommunstod.admin.Administration;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.evaluation.IndicatorDirection;
import se.kommunstod.evaluation.IndicatorRepository;
import se.kommunstod.evaluation.IndicatorService;
import se.kommunstod.evaluation.TestIndicators;
import se.kommunstod.intervention.OutcomeRating;
import se.kommunstod.lifecycle.Application;
import se.kommunstod.lifecycle.ProgrammeRounds;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.records.CaseWalk;
import se.kommunstod.records.RecordsClient;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 7's "done when": two support cases in two new municipalities created through their
 * processes — an application to a programme round, Brå's decision, then every task of the lifecycle
 * completed over the engine REST API by the municipality's own people (case A to its closure with
 * lessons, case B still in its implementation) — and every figure of the report's CSV compared with
 * what the records say, read back through /api and the engine's history. The engine's clock walks
 * the 30 days of the cases, so steps have real durations and the interim report has a past date to
 * cut at. Action items, their statuses, indicator values and the survey come from completing the
 * tasks; Brå's own support and a lesson's release are recorded through /api, as people do (they are
 * not tasks). Issue 18 added the survey, the indicator series, the dated statuses of action items,
 * held meetings by their documented decisions, Brå's support and the Swedish CSV.
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
  @Autowired IndicatorService indicatorService;
  @Autowired IndicatorRepository indicatorRepository;
  @Autowired PlatformTransactionManager transactions;

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
    day0 =
        LocalDate.now(EngineTime.SWEDEN)
            .minusDays(40)
            .atTime(8, 0)
            .atZone(EngineTime.SWEDEN)
            .toInstant();
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
    Map<String, String> rows = parse(get("/api/reports/final?format=csv-codes&" + query).getBody());

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("rapport|alla|slutrapport", EngineTime.today().toString());
    // the report lists every focus area of the programme, 0 where there is no intervention
    Map<String, Long> byFocusArea = new TreeMap<>();
    for (FocusArea area : FocusArea.values()) {
      byFocusArea.put(area.name(), 0L);
    }
    Map<String, Long> byMethod = new TreeMap<>();
    Map<String, BigDecimal> hoursByStep = new LinkedHashMap<>();
    List<Map<String, Object>> allInterventions = new ArrayList<>();
    expectedCase(expected, a, byFocusArea, byMethod, hoursByStep, allInterventions);
    expectedCase(expected, b, byFocusArea, byMethod, hoursByStep, allInterventions);
    expectedInterventionCounts(
        expected, "insatser_fokusområde_problemkategori", "alla", allInterventions, false);
    byFocusArea.forEach(
        (area, count) -> expected.put("insatser_fokusområde|alla|" + area, count.toString()));
    byMethod.forEach(
        (method, count) -> expected.put("insatser_metod|alla|" + method, count.toString()));
    hoursByStep.forEach(
        (step, hours) -> expected.put("steg_timmar|alla|" + step, hours.toPlainString()));
    List<Map<String, Object>> allAnswers =
        new ArrayList<>(
            client.getList(ADVISOR, "/api/support-cases/stod-" + a + "/survey").getBody());
    allAnswers.addAll(
        client.getList(ADVISOR, "/api/support-cases/stod-" + b + "/survey").getBody());
    expectedSurvey(expected, "alla", allAnswers);
    List<Map<String, Object>> allSupport =
        new ArrayList<>(
            client.getList(ADVISOR, "/api/municipalities/" + a + "/bra-support").getBody());
    allSupport.addAll(
        client.getList(ADVISOR, "/api/municipalities/" + b + "/bra-support").getBody());
    expectedBraSupport(expected, "alla", allSupport);
    expectedExperience(expected);

    assertThat(rows).containsExactlyInAnyOrderEntriesOf(expected);
    // the records are what the walk entered: the comparison above is not between two empty reports
    assertThat(rows)
        .containsEntry("möten|" + a + "|antal", "2")
        .containsEntry("insatser|" + a + "|antal", "2")
        .containsEntry("insatser|" + a + "|uppföljningar", "3")
        .containsEntry("åtgärdspunkter|" + a + "|DONE", "1")
        .containsEntry("åtgärdspunkter|" + a + "|OPEN", "1")
        .containsEntry("åtgärdspunkter|" + a + "|CANCELLED", "1")
        .containsEntry("ärende|" + a + "|lägesbilder", "4")
        .containsEntry("utvärdering|" + a + "|mål uppnådda", "DELVIS")
        .containsEntry("indikator_senaste|" + a + "|Anmälda rån", "7.5")
        .containsEntry("indikator_mätningar|" + a + "|Anmälda rån", "3")
        .containsEntry("indikator_utgångsläge|" + a + "|Anmälda rån", "12")
        .containsEntry("indikator_mål|" + a + "|Anmälda rån", "6")
        .containsEntry(
            "indikator_värde|" + a + "|Känner sig otrygga " + date(day0.plus(Duration.ofDays(19))),
            "31.5")
        .containsEntry("enkät|" + a + "|svar", "4")
        .containsEntry("enkät|" + b + "|svar", "2")
        .containsEntry("enkät|alla|svar", "6")
        // (4+5+5+3)/4 = 4.25 → 4.3; with B's 2 and 3: 22/6 = 3.67 → 3.7
        .containsEntry("enkät_medel|" + a + "|Stödet motsvarade våra behov", "4.3")
        .containsEntry("enkät_medel|alla|Stödet motsvarade våra behov", "3.7")
        .containsEntry("enkät_fördelning|alla|Stödet motsvarade våra behov 5", "2")
        .containsEntry("brås_stöd|" + a + "|timmar", "4.5")
        .containsEntry("brås_stöd|alla|timmar", "10.5")
        .containsEntry("brås_stöd_slag|alla|Metodinförande", "6")
        .containsEntry("brås_stöd_partner|alla|Brå ensamt", "1.5")
        .containsEntry("ärende|" + a + "|avslutat", date(day0.plus(Duration.ofDays(26))))
        .containsEntry("ärende|" + b + "|avslutat", "")
        .containsEntry("insatser_metod|" + b + "|GVI", "1")
        .containsEntry("insatser_fokusområde|alla|SITUATIONAL_PREVENTION", "2")
        .containsEntry("insatser_fokusområde|alla|VIOLENT_EXTREMISM", "0");
    // per focus area and problem: case A's two interventions, one of them rated "goal achieved"
    assertThat(sum(rows, "insatser_fokusområde_problem|" + a + "|", "")).isEqualTo(2);
    assertThat(sum(rows, "insatser_fokusområde_problem_resultat|" + a + "|", " / UPPNATT"))
        .isEqualTo(1);
    assertThat(sum(rows, "insatser_fokusområde_problemkategori|alla|", ""))
        .isEqualTo(sum(rows, "insatser|", "|antal"));

    String html = get("/api/reports/final?" + query).getBody();
    assertThat(html)
        .contains(
            "<h2>" + nameA + "</h2>",
            "<h2>" + nameB + "</h2>",
            "Samverkansmöten (2)",
            "Insatser (2)",
            "Insatser per fokusområde",
            "Insatser per fokusområde och problemkategori, med resultat",
            "Insatser per fokusområde och prioriterat problem, med resultat",
            "<th class=\"n\">Målet uppnått</th>",
            "class=\"bar\"",
            "Hur arbetet kan fortsätta",
            "Erfarenheter till andra",
            "Insatsernas resultat",
            "Resultat: Färre anmälningar om otrygghet vid torget.",
            "Deltagarenkäten – alla kommuner",
            "6 svar",
            "Gemensam lägesbild (0)",
            "Mer tid för analys (3)",
            "Indikatorernas utveckling: Bättre.",
            "Brås utvärdering",
            "Målen uppnådda: Delvis.",
            "Hur uppdraget genomfördes: Brås stöd",
            "10,5</span> timmar",
            "Utbildning om rekrytering av unga",
            "Polismyndigheten",
            "Länsstyrelsen",
            "<svg",
            "Utgångsläge 12",
            "Mål 6",
            "Efter belysningen",
            "Indikatorn ”Anmälda rån” minskade med 4,5 anmälningar: från 12 ("
                + date(day0.plus(Duration.ofDays(2)))
                + ") till 7,5 ("
                + date(day0.plus(Duration.ofDays(20)))
                + ").",
            "Öppen åtgärdspunkt: Förbättra belysningen vid torget (ansvar: Bostadsbolaget",
            // the second meeting's agenda named a date ahead: it was held the day its decisions
            // were documented
            "<td>" + date(day0.plus(Duration.ofDays(14))) + "</td>",
            "från " + date(day0.plus(Duration.ofDays(5))) + ", resultat redovisat");
    // the open answers once, in their municipality's section; the programme's page counts them
    assertThat(html)
        .containsOnlyOnce("Mer tid för analys (3)")
        .contains(
            "De 6 öppna svaren, om vad som fungerade bra och vad som kan bli bättre, står under");
    // names, not keys; intervention results are not the participants' assessment; no table without
    // rows
    assertThat(html)
        .doesNotContain(
            "stod-" + a, "stod-" + b, "Deltagarnas bedömning", "OPEN", "GANG_RECRUITMENT")
        .contains("Samverkansmöte (planerat till " + date(day0.plus(Duration.ofDays(24))) + ")");
    assertThat(html)
        .doesNotContainPattern(
            "(?s)<table>\\s*<tr>(\\s*<th[^>]*>[^<]*</th>)+\\s*</tr>\\s*</table>");
    // every focus area of the programme appears in Swedish, also those without interventions
    for (FocusArea area : FocusArea.values()) {
      assertThat(html).contains(area.swedishName());
    }

    ResponseEntity<byte[]> pdf =
        http.withBasicAuth(ADVISOR, "demo")
            .getForEntity("/api/reports/final?format=pdf&" + query, byte[].class);
    assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
    // Kept for looking at (docs/final-report-page1.png is page 1 of it, made with pdftoppm).
    Files.write(Path.of("target", "final-report-test.pdf"), pdf.getBody());
    Files.writeString(Path.of("target", "final-report-test.html"), html);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      // Kept for looking at: every page as PNG (docs/final-report-page1.png,
      // docs/final-report-indicators.png)
      org.apache.pdfbox.rendering.PDFRenderer renderer =
          new org.apache.pdfbox.rendering.PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        javax.imageio.ImageIO.write(
            renderer.renderImageWithDPI(page, 110),
            "png",
            Path.of("target", "final-report-test-page" + (page + 1) + ".png").toFile());
      }
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Slutrapport",
              nameA,
              nameB,
              "Samverkansmöten (2)",
              "Fokusområden",
              "Uppföljning: indikatorer",
              "Deltagarenkäten",
              // the indicator chart is drawn in the PDF with its labels as text
              "Utgångsläge 12",
              "Mål 6");
    }
  }

  @Test
  void theInterimReportCountsOnlyWhatWasRecordedByItsDate() {
    at(30, 4);
    LocalDate date = LocalDate.ofInstant(day0.plus(Duration.ofDays(10)), EngineTime.SWEDEN);
    Map<String, String> rows =
        parse(
            get("/api/reports/interim?format=csv-codes&date=" + date + "&municipality=" + a)
                .getBody());
    assertThat(rows)
        .containsEntry("rapport|alla|delrapport", date.toString())
        .containsEntry("ärende|" + a + "|avslutat", "")
        .containsEntry("möten|" + a + "|antal", "1")
        // all three were open on day 10: their statuses were given at the second meeting, day 14
        .containsEntry("åtgärdspunkter|" + a + "|OPEN", "3")
        .containsEntry("åtgärdspunkter|" + a + "|DONE", "0")
        .containsEntry("insatser|" + a + "|antal", "2")
        .containsEntry("insatser|" + a + "|med resultat", "0")
        .containsEntry("insatser|" + a + "|uppföljningar", "0")
        .containsEntry("indikator_mätningar|" + a + "|Anmälda rån", "2")
        .containsEntry("indikator_senaste|" + a + "|Anmälda rån", "10")
        .containsEntry("enkät|" + a + "|svar", "0")
        .containsEntry("brås_stöd|" + a + "|timmar", "3")
        .containsEntry("erfarenheter|" + a + "|antal", "0")
        // the kick-off ended on day 4 after four days; nothing later than day 10 counts
        .containsEntry(
            "steg_timmar|" + a + "|Uppstart: avsiktsförklaring och aktivitetsplan", "24.0")
        .doesNotContainKey("steg_timmar|" + a + "|Följ upp indikatorer")
        .doesNotContainKey("utvärdering|" + a + "|mål uppnådda")
        .doesNotContainKey("uppföljning|" + a + "|indikatortrend");
    // both interventions had started, neither had ended: no result counts yet
    assertThat(sum(rows, "insatser_fokusområde_problem|" + a + "|", "")).isEqualTo(2);
    assertThat(sum(rows, "insatser_fokusområde_problem_resultat|" + a + "|", " / INGET"))
        .isEqualTo(2);
  }

  @Test
  void aMeetingCountsOnTheDayItsDecisionsWereDocumentedNotOnAPlannedDateAhead() {
    at(30, 4);
    // day 13: the second meeting had its agenda (dated day 24) but no decisions yet
    assertThat(
            parse(
                get("/api/reports/interim?format=csv-codes&municipality="
                        + a
                        + "&date="
                        + date(day0.plus(Duration.ofDays(13))))
                    .getBody()))
        .containsEntry("möten|" + a + "|antal", "1");
    assertThat(
            parse(
                get("/api/reports/interim?format=csv-codes&municipality="
                        + a
                        + "&date="
                        + date(day0.plus(Duration.ofDays(14))))
                    .getBody()))
        .containsEntry("möten|" + a + "|antal", "2")
        .containsEntry("åtgärdspunkter|" + a + "|DONE", "1")
        .containsEntry("åtgärdspunkter|" + a + "|CANCELLED", "1");
  }

  @Test
  void theSpreadsheetCsvIsSwedishSemicolonSeparatedWithABom() {
    at(30, 4);
    String query = "municipality=" + a + "&municipality=" + b;
    ResponseEntity<byte[]> answer =
        http.withBasicAuth(ADVISOR, "demo")
            .getForEntity("/api/reports/final?format=csv&" + query, byte[].class);
    byte[] bytes = answer.getBody();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).substring(1);
    List<String> lines = List.of(csv.split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("Tabell;Kommun;Uppgift;Värde");
    assertThat(csv)
        .contains(
            "Åtgärdspunkter per status;" + nameA + ";Öppen;1",
            "Insatser per fokusområde;Alla kommuner;Situationell och platsbaserad brottsprevention;2",
            "Indikatorer: senaste värde;" + nameA + ";Anmälda rån;7,5",
            "Deltagarenkät: medelvärde;Alla kommuner;Stödet motsvarade våra behov;3,7",
            "Brås stöd: timmar per slag;Alla kommuner;Metodinförande;6")
        .doesNotContain(";OPEN;", "GANG_RECRUITMENT", "SITUATIONAL_PREVENTION", ";" + a + ";");
    // the same figures as the long form, row for row
    assertThat(lines)
        .hasSize(
            get("/api/reports/final?format=csv-codes&" + query).getBody().split("\r\n").length);
  }

  @Test
  void othersSeeOnlyTheirOwnMunicipalityAndBadInputIsRefused() {
    assertThat(
            client
                .get("samordnare.linkoping", "/api/reports/final?municipality=" + a)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            http.withBasicAuth("samordnare." + b, PASSWORD)
                .getForEntity("/api/reports/final?format=csv", String.class)
                .getBody())
        .contains(b)
        .doesNotContain(a);
    assertThat(get("/api/reports/final?format=doc").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            get("/api/reports/interim?date=" + LocalDate.now(EngineTime.SWEDEN).plusDays(2))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("/api/reports/interim?date=igår").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/reports/final", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theReportSubmittedToTheGovernmentOfficesKeepsTheFiguresOfThatMoment() {
    at(30, 6);
    String task = client.taskId(ADVISOR, roundInstance(), "Task_InterimReport");
    String submissions = "/api/programme-rounds/" + round + "/report-submissions";
    ResponseEntity<Map<String, Object>> refused =
        client.send(
            ADVISOR,
            HttpMethod.POST,
            "/engine-rest/task/" + task + "/complete",
            Map.of("variables", CaseWalk.typed(Map.of("reportSummary", "Kort"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("inget har sparats");
    assertThat(client.getList(ADVISOR, submissions).getBody()).isEmpty();

    String figures =
        get("/api/reports/interim?format=csv-codes&date=" + EngineTime.today()).getBody();
    ResponseEntity<Map<String, Object>> submitted =
        client.send(
            ADVISOR,
            HttpMethod.POST,
            "/engine-rest/task/" + task + "/complete",
            Map.of(
                "variables",
                CaseWalk.typed(
                    Map.of(
                        "reportSummary",
                            "Två kommuner har fått stöd; en är klar, en genomför sina insatser.",
                        "reportReference", "Ju2024/01234"))));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> archived = client.getList(ADVISOR, submissions).getBody();
    assertThat(archived)
        .singleElement()
        .satisfies(
            s ->
                assertThat(s)
                    .containsEntry("kind", "INTERIM")
                    .containsEntry("asOf", EngineTime.today().toString())
                    .containsEntry("submittedBy", ADVISOR)
                    .containsEntry("reference", "Ju2024/01234")
                    .containsEntry(
                        "summary",
                        "Två kommuner har fått stöd; en är klar, en genomför sina insatser."));
    String csv = "/api/report-submissions/" + archived.get(0).get("id") + "/figures.csv";
    assertThat(get(csv).getBody()).isEqualTo(figures).contains("möten," + a + ",antal,2");
    // the whole programme's figures: only Brå and administrators
    assertThat(client.get("samordnare." + b, submissions).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            http.withBasicAuth("samordnare." + b, PASSWORD)
                .getForEntity(csv, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- the two cases -----------------------------------------------------------------------------

  /**
   * Case A: from application to closure with a lesson, two focus areas so two interventions, two
   * meetings.
   */
  void walkCaseA(CaseWalk walk) {
    CaseWalk.People p = walk.people();
    String base = "/api/support-cases/stod-" + a;
    at(1, 0);
    walk.complete(
        p.police(),
        "Task_SituationPicturePolice",
        Map.of(
            "situationPicturePolice",
            "Rån och hot mot unga vid centrum.",
            "situationPicturePoliceProblems",
            json("[\"serious-violence\",\"public-order\"]")));
    at(2, 0);
    walk.complete(
        p.coordinator(),
        "Task_SituationPictureMunicipality",
        Map.of(
            "situationPictureMunicipality",
            "Otrygga platser vid torget.",
            "situationPictureMunicipalityProblems",
            json("[\"situational\"]")));
    // the plan's indicators (defined with the action plan); their values come at the follow-up task
    long robberies =
        TestIndicators.define(
            indicatorService,
            indicatorRepository,
            transactions,
            "stod-" + a,
            "Anmälda rån",
            "anmälningar",
            "Polisens statistik",
            "12",
            "6",
            IndicatorDirection.DECREASE);
    long unsafeA =
        TestIndicators.define(
            indicatorService,
            indicatorRepository,
            transactions,
            "stod-" + a,
            "Känner sig otrygga",
            "procent",
            "Trygghetsmätningen",
            "40",
            "25",
            IndicatorDirection.DECREASE);
    at(2, 3);
    walk.complete(
        p.socialServices(),
        "Task_SituationPictureSocialServices",
        Map.of(
            "situationPictureSocialServices",
            "Unga rekryteras via sociala medier.",
            "situationPictureSocialServicesProblems",
            json("[\"gang-recruitment\"]")));
    at(3, 0);
    walk.complete(
        p.coordinator(),
        "Task_JointAnalysis",
        Map.of(
            "jointAnalysis",
            "Rekryteringen och de otrygga platserna hänger ihop.",
            "prioritisedProblems",
            json("[\"gang-recruitment\",\"situational\"]")));
    at(4, 0);
    walk.complete(
        p.coordinator(),
        "Task_KickOff",
        Map.of(
            "declarationOfIntentSigned",
            true,
            "activityPlan",
            "Minska rekryteringen och öka tryggheten vid torget.",
            "focusAreas",
            json("[\"youth-recruitment\",\"situational-prevention\"]")));
    at(5, 0);
    String recruitment = walk.intervention("youth-recruitment");
    String places = walk.intervention("situational-prevention");
    walk.complete(
        p.coordinator(),
        recruitment,
        "Task_PlanIntervention",
        Map.of(
            "targetProblem",
            "gang-recruitment",
            "method",
            "sspf",
            "ownerOrganisation",
            "social-services",
            "interventionPlan",
            "Samverkan skola, socialtjänst, polis, fritid."));
    walk.complete(
        p.coordinator(),
        places,
        "Task_PlanIntervention",
        Map.of(
            "targetProblem",
            "situational",
            "method",
            "situational",
            "ownerOrganisation",
            "municipality",
            "interventionPlan",
            "Belysning, trygghetsvandringar och städning."));

    at(6, 0);
    walk.fireTimer(walk.caseId(), "Start_MeetingDue");
    String meeting1 = walk.subInstance("cooperationMeeting");
    walk.complete(
        p.coordinator(),
        meeting1,
        "Task_PrepareAgenda",
        Map.of("meetingDate", today().toString(), "agenda", "1. Lägesbild\n2. Insatserna"));
    walk.reportAll(meeting1, "möte 1.");
    walk.complete(
        p.coordinator(),
        meeting1,
        "Task_RecordDecisions",
        Map.of(
            "meetingDecisions",
            "Starta SSPF\nTrygghetsvandring i maj",
            "actionItems",
            CaseWalk.rows(
                List.of(
                    Map.of(
                        "description",
                        "Kartlägg otrygga platser",
                        "ownerOrganisation",
                        "police",
                        "dueDate",
                        today().plusDays(14).toString()),
                    Map.of(
                        "description",
                        "Förbättra belysningen vid torget",
                        "ownerOrganisation",
                        "housing-company",
                        "dueDate",
                        today().plusDays(40).toString()),
                    Map.of(
                        "description",
                        "Bjud in fritidsgårdarna",
                        "ownerOrganisation",
                        "municipality",
                        "dueDate",
                        today().plusDays(20).toString())))));
    at(8, 0);
    braSupport(
        a,
        8,
        "KNOWLEDGE_RAISING",
        "POLICE",
        "YOUTH_RECRUITMENT",
        "3",
        "Utbildning om rekrytering av unga");

    at(12, 0);
    walk.fireTimer(recruitment, "Timer_FollowUpDue");
    walk.complete(
        p.socialServices(),
        recruitment,
        "Task_FollowUpIntervention",
        Map.of("followUpNotes", "Tolv unga nådda via skolan.", "interventionFinished", false));
    at(14, 0);
    walk.fireTimer(walk.caseId(), "Start_MeetingDue");
    String meeting2 = walk.subInstance("cooperationMeeting");
    // the agenda names a date ahead; the meeting counts as held on the day its decisions are
    // documented
    walk.complete(
        p.coordinator(),
        meeting2,
        "Task_PrepareAgenda",
        Map.of(
            "meetingDate",
            today().plusDays(10).toString(),
            "agenda",
            "1. Öppna åtgärder\n2. Uppföljning"));
    List<Map<String, Object>> open =
        walk.formRows(p.coordinator(), meeting2, "Task_FollowUpOpenItems", "openItems");
    assertThat(open)
        .extracting(r -> r.get("description"))
        .containsExactly(
            "Kartlägg otrygga platser",
            "Förbättra belysningen vid torget",
            "Bjud in fritidsgårdarna");
    walk.complete(
        p.coordinator(),
        meeting2,
        "Task_FollowUpOpenItems",
        Map.of(
            "openItems",
            CaseWalk.rows(
                List.of(
                    status(open.get(0), "done", null),
                    status(open.get(1), "open", "Offert inhämtad"),
                    status(
                        open.get(2), "cancelled", "Ersatt av fritidsförvaltningens eget arbete"))),
            "openItemsStatus",
            "Kartläggningen är klar, belysningen återstår."));
    walk.reportAll(meeting2, "möte 2.");
    walk.complete(
        p.coordinator(),
        meeting2,
        "Task_RecordDecisions",
        Map.of("meetingDecisions", "Fortsätt enligt plan"));
    at(15, 0);
    walk.fireTimer(places, "Timer_FollowUpDue");
    walk.complete(
        p.coordinator(),
        places,
        "Task_FollowUpIntervention",
        Map.of("followUpNotes", "Belysningen är uppsatt.", "interventionFinished", true));
    at(16, 0);
    walk.complete(
        p.coordinator(),
        places,
        "Task_RecordOutcome",
        Map.of(
            "outcomeRating", "uppnatt", "outcome", "Färre anmälningar om otrygghet vid torget."));
    at(18, 0);
    walk.fireTimer(recruitment, "Timer_FollowUpDue");
    walk.complete(
        p.socialServices(),
        recruitment,
        "Task_FollowUpIntervention",
        Map.of(
            "followUpNotes",
            "Arbetet fortsätter i ordinarie verksamhet.",
            "interventionFinished",
            true));
    at(19, 0);
    walk.complete(
        p.socialServices(),
        recruitment,
        "Task_RecordOutcome",
        Map.of(
            "outcomeRating",
            "delvis",
            "outcome",
            "Färre unga i riskzon, men rekryteringen pågår."));

    at(21, 0);
    // the follow-up task lists the plan's indicators, one row each; more rows are more measurements
    assertThat(
            walk.formRows(
                p.coordinator(), walk.caseId(), "Task_FollowUpIndicators", "indicatorValues"))
        .extracting(r -> r.get("indicatorId"))
        .containsExactly(String.valueOf(robberies), String.valueOf(unsafeA));
    walk.complete(
        p.coordinator(),
        "Task_FollowUpIndicators",
        Map.of(
            "indicatorValues",
            CaseWalk.rows(
                List.of(
                    value(robberies, 2, "12", "Före insatserna"),
                    value(unsafeA, 3, "40", null),
                    value(robberies, 10, "10", null),
                    value(robberies, 20, "7.5", "Efter belysningen"),
                    value(unsafeA, 19, "31.5", "Trygghetsmätningen i oktober"),
                    Map.of("indicatorId", String.valueOf(unsafeA)))),
            "indicatorSummary",
            "Rånen minskade, otryggheten likaså.",
            "indicatorTrend",
            "battre"));
    at(22, 0);
    walk.surveyAll(
        surveyAnswers(
            p,
            List.of("4", "5", "5", "3"),
            List.of("4", "4", "5", "2"),
            List.of("5", "5", "4", "3")));
    at(24, 0);
    braSupport(a, 24, "ADVICE", null, null, "1.5", "Rådgivning inför utvärderingen");
    at(25, 0);
    walk.complete(
        p.advisor(),
        "Task_Evaluate",
        Map.of(
            "goalsAchieved",
            "delvis",
            "evaluationSummary",
            "Tryggheten ökade; rekryteringen återstår."));
    at(26, 0);
    walk.complete(
        p.advisor(),
        "Task_CloseWithLessonsLearned",
        Map.of("lessonsLearned", "Bjud in bostadsbolaget från första mötet."));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(walk.caseId()).count())
        .isZero();
    at(27, 0);
    Object lesson = content(client.get(p.coordinator(), base + "/lessons")).get(0).get("id");
    assertThat(
            client
                .send(
                    p.coordinator(),
                    HttpMethod.POST,
                    "/api/lessons/" + lesson + "/release",
                    Map.of("nameMunicipality", false))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /**
   * Case B: one focus area, one meeting, one follow-up and the outcome, then the indicators'
   * follow-up; the case still runs: two of its four organisations have answered the survey.
   */
  void walkCaseB(CaseWalk walk) {
    CaseWalk.People p = walk.people();
    at(1, 5);
    walk.complete(
        p.police(),
        "Task_SituationPicturePolice",
        Map.of(
            "situationPicturePolice",
            "Ordningsstörningar kvällstid.",
            "situationPicturePoliceProblems",
            json("[\"public-order\"]")));
    walk.complete(
        p.coordinator(),
        "Task_SituationPictureMunicipality",
        Map.of(
            "situationPictureMunicipality",
            "Skadegörelse i tvättstugor.",
            "situationPictureMunicipalityProblems",
            json("[]")));
    at(2, 5);
    walk.complete(
        p.socialServices(),
        "Task_SituationPictureSocialServices",
        Map.of(
            "situationPictureSocialServices",
            "Få unga i riskzon.",
            "situationPictureSocialServicesProblems",
            json("[]")));
    at(3, 5);
    walk.complete(
        p.coordinator(),
        "Task_JointAnalysis",
        Map.of(
            "jointAnalysis",
            "Ordningen kvällstid är huvudproblemet.",
            "prioritisedProblems",
            json("[\"serious-violence\"]")));
    at(4, 5);
    walk.complete(
        p.coordinator(),
        "Task_KickOff",
        Map.of(
            "declarationOfIntentSigned",
            true,
            "activityPlan",
            "Återta det offentliga rummet kvällstid.",
            "focusAreas",
            json("[\"situational-prevention\"]")));
    at(5, 5);
    String order = walk.intervention("situational-prevention");
    walk.complete(
        p.coordinator(),
        order,
        "Task_PlanIntervention",
        Map.of(
            "method",
            "gvi",
            "ownerOrganisation",
            "police",
            "interventionPlan",
            "Direkt kommunikation med grupperna."));
    long unsafe =
        TestIndicators.define(
            indicatorService,
            indicatorRepository,
            transactions,
            "stod-" + b,
            "Otrygghet",
            "procent",
            "Trygghetsmätningen",
            "40",
            "30",
            IndicatorDirection.DECREASE);
    braSupport(
        b,
        5,
        "METHOD_INTRODUCTION",
        "COUNTY_BOARD",
        "SITUATIONAL_PREVENTION",
        "6",
        "Införande av GVI");
    at(7, 5);
    walk.fireTimer(walk.caseId(), "Start_MeetingDue");
    String meeting = walk.subInstance("cooperationMeeting");
    walk.complete(
        p.coordinator(),
        meeting,
        "Task_PrepareAgenda",
        Map.of("meetingDate", today().toString(), "agenda", "1. Uppstart"));
    walk.reportAll(meeting, "uppstart.");
    walk.complete(
        p.coordinator(),
        meeting,
        "Task_RecordDecisions",
        Map.of("meetingDecisions", "Kartlägg grupperna"));
    at(9, 5);
    walk.fireTimer(order, "Timer_FollowUpDue");
    walk.complete(
        p.police(),
        order,
        "Task_FollowUpIntervention",
        Map.of("followUpNotes", "Första upprop hållet.", "interventionFinished", true));
    at(10, 5);
    walk.complete(
        p.police(),
        order,
        "Task_RecordOutcome",
        Map.of("outcomeRating", "delvis", "outcome", "Lugnare kvällar, men grupperna finns kvar."));
    // the implementation is over with its one intervention: the follow-up, and the survey half
    // answered
    at(12, 5);
    walk.complete(
        p.coordinator(),
        "Task_FollowUpIndicators",
        Map.of(
            "indicatorValues",
            CaseWalk.rows(
                List.of(value(unsafe, 5, "40", null), value(unsafe, 12, "33", "Efter GVI"))),
            "indicatorSummary",
            "Otryggheten minskade något.",
            "indicatorTrend",
            "battre"));
    at(13, 5);
    Map<String, Map<String, Object>> answers =
        surveyAnswers(
            p,
            List.of("2", "3", "4", "4"),
            List.of("3", "3", "5", "5"),
            List.of("4", "4", "5", "5"));
    answers.remove(p.socialServices());
    answers.remove(p.housing());
    walk.surveyAll(answers);
  }

  static Map<String, Object> status(Map<String, Object> row, String status, String note) {
    Map<String, Object> answered = new LinkedHashMap<>(row);
    answered.put("status", status);
    if (note != null) {
      answered.put("note", note);
    }
    return answered;
  }

  Map<String, Object> value(long indicator, int day, String value, String comment) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("indicatorId", String.valueOf(indicator));
    row.put(
        "measuredOn",
        LocalDate.ofInstant(day0.plus(Duration.ofDays(day)), EngineTime.SWEDEN).toString());
    row.put("value", new BigDecimal(value));
    if (comment != null) {
      row.put("comment", comment);
    }
    return row;
  }

  /**
   * The survey's answers by user, in the order coordinator, police, social services, housing
   * company.
   */
  static Map<String, Map<String, Object>> surveyAnswers(
      CaseWalk.People p,
      List<String> needsMet,
      List<String> moreSystematic,
      List<String> willContinue) {
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    List<String> users = List.copyOf(p.reporters().keySet());
    for (int i = 0; i < users.size(); i++) {
      answers.put(
          users.get(i),
          Map.of(
              "surveyNeedsMet",
              needsMet.get(i),
              "surveyMoreSystematic",
              moreSystematic.get(i),
              "surveyWillContinue",
              willContinue.get(i),
              "surveyWhatWorked",
              "Gemensam lägesbild (" + i + ")",
              "surveyToImprove",
              "Mer tid för analys (" + i + ")"));
    }
    return answers;
  }

  void braSupport(
      String code,
      int day,
      String kind,
      String partner,
      String focusArea,
      String hours,
      String what) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    body.put("partner", partner);
    body.put("focusArea", focusArea);
    body.put(
        "givenOn",
        LocalDate.ofInstant(day0.plus(Duration.ofDays(day)), EngineTime.SWEDEN).toString());
    body.put("hours", new BigDecimal(hours));
    body.put("description", what);
    ResponseEntity<Map<String, Object>> recorded =
        client.send(ADVISOR, HttpMethod.POST, "/api/municipalities/" + code + "/bra-support", body);
    assertThat(recorded.getStatusCode())
        .as(String.valueOf(recorded.getBody()))
        .isEqualTo(HttpStatus.CREATED);
  }

  /**
   * A new municipality with its four people, the application and Brå's decision; the case opens.
   */
  CaseWalk granted(String code, int hour) {
    at(0, hour);
    programmeRounds.submit(round, new Application(code, "utsatt", "hog", "paborjat", "god"));
    String decision = client.taskId(ADVISOR, roundInstance(), "Task_DecideApplication");
    ResponseEntity<Map<String, Object>> answer =
        client.send(
            ADVISOR,
            HttpMethod.POST,
            "/engine-rest/task/" + decision + "/complete",
            Map.of(
                "variables",
                CaseWalk.typed(
                    Map.of(
                        "decision",
                        "bevilja",
                        "decisionMotivation",
                        "Utsatt område, kommunen har börjat arbetet."))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String caseId =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("supportCase")
            .processInstanceBusinessKey("stod-" + code)
            .singleResult()
            .getId();
    return new CaseWalk(
        client, runtimeService, managementService, CaseWalk.People.of(code), caseId);
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
    administration.savePerson(
        code, new Administration.Person(userId, "Test", role, null, role, PASSWORD));
    client.withPassword(userId, PASSWORD);
  }

  String roundInstance() {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey("programme")
        .processInstanceBusinessKey(round)
        .singleResult()
        .getId();
  }

  /** Sets the engine's clock to day + hours after 08:00 on day 0. */
  void at(int day, int hours) {
    ClockUtil.setCurrentTime(
        Date.from(day0.plus(Duration.ofDays(day)).plus(Duration.ofHours(hours))));
  }

  static LocalDate today() {
    return EngineTime.today();
  }

  // --- what the records say
  // ------------------------------------------------------------------------

  /** The case's rows as the records read through /api and the engine's history give them. */
  void expectedCase(
      Map<String, String> expected,
      String code,
      Map<String, Long> byFocusArea,
      Map<String, Long> byMethod,
      Map<String, BigDecimal> hoursByStep,
      List<Map<String, Object>> allInterventions) {
    String base = "/api/support-cases/stod-" + code;
    Map<String, Object> supportCase = client.get(ADVISOR, base).getBody();
    expected.put("ärende|" + code + "|affärsnyckel", "stod-" + code);
    expected.put(
        "ärende|" + code + "|öppnat", date(Instant.parse((String) supportCase.get("openedAt"))));
    Object closedAt = supportCase.get("closedAt");
    expected.put(
        "ärende|" + code + "|avslutat",
        closedAt == null ? "" : date(Instant.parse((String) closedAt)));
    expected.put(
        "ärende|" + code + "|lägesbilder",
        String.valueOf(content(client.get(ADVISOR, base + "/situation-pictures?size=100")).size()));
    Map<String, Object> plan = client.get(ADVISOR, base + "/activity-plan").getBody();
    expected.put("ärende|" + code + "|plan antagen", (String) plan.get("adoptedOn"));
    for (Object area : (List<?>) plan.get("focusAreas")) {
      expected.put("fokusområde|" + code + "|" + area, "1");
    }

    String supportCaseId = (String) supportCase.get("processInstanceId");
    for (HistoricActivityInstance step :
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(supportCaseId)
            .activityType("userTask")
            .list()) {
      Instant until = step.getEndTime() == null ? EngineTime.now() : step.getEndTime().toInstant();
      BigDecimal hours =
          BigDecimal.valueOf(Duration.between(step.getStartTime().toInstant(), until).toMillis())
              .divide(BigDecimal.valueOf(3_600_000L), 1, RoundingMode.HALF_UP);
      String name = ReportService.stepName(step.getActivityName(), code.equals(a) ? nameA : nameB);
      expected.merge(
          "steg_timmar|" + code + "|" + name,
          hours.toPlainString(),
          (x, y) -> new BigDecimal(x).add(new BigDecimal(y)).toPlainString());
      hoursByStep.merge(name, hours, BigDecimal::add);
    }

    List<Map<String, Object>> meetings = content(client.get(ADVISOR, base + "/meetings?size=100"));
    expected.put("möten|" + code + "|antal", String.valueOf(meetings.size()));
    expected.put(
        "möten|" + code + "|beslut",
        String.valueOf(
            meetings.stream().mapToInt(m -> ((List<?>) m.get("decisions")).size()).sum()));
    for (ActionItemStatus status : ActionItemStatus.values()) {
      expected.put(
          "åtgärdspunkter|" + code + "|" + status,
          String.valueOf(
              meetings.stream()
                  .flatMap(m -> list(m, "actionItems").stream())
                  .filter(i -> status.name().equals(i.get("status")))
                  .count()));
    }

    List<Map<String, Object>> interventions =
        content(client.get(ADVISOR, base + "/interventions?size=100"));
    Map<Object, String> problems = new LinkedHashMap<>();
    Map<Object, String> categories = new LinkedHashMap<>();
    client
        .getList(ADVISOR, base + "/problems")
        .getBody()
        .forEach(
            p -> {
              problems.put(p.get("id"), (String) p.get("description"));
              categories.put(p.get("id"), (String) p.get("category"));
            });
    // each intervention with its problem's description and category as /api gives them
    List<Map<String, Object>> withProblems = new ArrayList<>();
    for (Map<String, Object> i : interventions) {
      Map<String, Object> row = new LinkedHashMap<>(i);
      Object problemId = i.get("problemId");
      row.put("problem", problemId == null ? null : problems.get(problemId));
      row.put(
          "category",
          problemId != null && categories.get(problemId) != null
              ? categories.get(problemId)
              : i.get("targetProblem"));
      withProblems.add(row);
    }
    allInterventions.addAll(withProblems);
    expectedInterventionCounts(expected, "insatser_fokusområde_problem", code, withProblems, true);
    // the case's own count through /api says the same (every outcome counts in the final report)
    for (Map<String, Object> count :
        client.getList(ADVISOR, base + "/interventions/per-focus-area-and-problem").getBody()) {
      String key =
          (count.get("focusArea") == null ? "INGET" : count.get("focusArea"))
              + " / "
              + (count.get("problemCategory") == null ? "INGET" : count.get("problemCategory"))
              + (count.get("problem") == null ? "" : " / " + count.get("problem"));
      assertThat(expected)
          .containsEntry(
              "insatser_fokusområde_problem|" + code + "|" + key,
              String.valueOf(count.get("interventions")))
          .containsEntry(
              "insatser_fokusområde_problem_resultat|" + code + "|" + key + " / INGET",
              String.valueOf(count.get("withoutResult")));
    }
    expected.put("insatser|" + code + "|antal", String.valueOf(interventions.size()));
    expected.put(
        "insatser|" + code + "|med resultat",
        String.valueOf(interventions.stream().filter(i -> i.get("outcome") != null).count()));
    expected.put(
        "insatser|" + code + "|uppföljningar",
        String.valueOf(interventions.stream().mapToInt(i -> list(i, "followUps").size()).sum()));
    Map<String, Long> methods = new TreeMap<>();
    Map<String, Long> byProblem = new TreeMap<>();
    for (Map<String, Object> i : interventions) {
      methods.merge((String) i.get("method"), 1L, Long::sum);
      byMethod.merge((String) i.get("method"), 1L, Long::sum);
      byProblem.merge(
          i.get("problemId") == null ? ReportService.NO_PROBLEM : problems.get(i.get("problemId")),
          1L,
          Long::sum);
      if (i.get("focusArea") != null) {
        byFocusArea.merge((String) i.get("focusArea"), 1L, Long::sum);
      }
    }
    methods.forEach((m, n) -> expected.put("insatser_metod|" + code + "|" + m, n.toString()));
    byProblem.forEach(
        (problem, n) -> expected.put("insatser_problem|" + code + "|" + problem, n.toString()));

    expectedSurvey(expected, code, client.getList(ADVISOR, base + "/survey").getBody());
    expectedBraSupport(
        expected,
        code,
        client.getList(ADVISOR, "/api/municipalities/" + code + "/bra-support").getBody());
    for (Map<String, Object> indicator :
        content(client.get(ADVISOR, base + "/indicators?size=100"))) {
      List<Map<String, Object>> values = new ArrayList<>(list(indicator, "values"));
      values.sort(Comparator.comparing(v -> (String) v.get("measuredOn")));
      String name = (String) indicator.get("name");
      expected.put("indikator_mätningar|" + code + "|" + name, String.valueOf(values.size()));
      putIfPresent(
          expected,
          "indikator_utgångsläge|" + code + "|" + name,
          indicator.get("baseline") == null ? null : plain(indicator.get("baseline")));
      putIfPresent(
          expected,
          "indikator_mål|" + code + "|" + name,
          indicator.get("target") == null ? null : plain(indicator.get("target")));
      values.forEach(
          v ->
              expected.put(
                  "indikator_värde|" + code + "|" + name + " " + v.get("measuredOn"),
                  plain(v.get("value"))));
      if (!values.isEmpty()) {
        expected.put("indikator_första|" + code + "|" + name, plain(values.get(0).get("value")));
        expected.put(
            "indikator_senaste|" + code + "|" + name,
            plain(values.get(values.size() - 1).get("value")));
      }
    }
    expected.put(
        "erfarenheter|" + code + "|antal",
        String.valueOf(content(client.get(ADVISOR, base + "/lessons?size=100")).size()));

    ResponseEntity<Map<String, Object>> evaluation = client.get(ADVISOR, base + "/evaluation");
    if (evaluation.getStatusCode() == HttpStatus.OK) {
      Map<String, Object> e = evaluation.getBody();
      putIfPresent(expected, "uppföljning|" + code + "|indikatortrend", e.get("indicatorTrend"));
      putIfPresent(expected, "utvärdering|" + code + "|mål uppnådda", e.get("goalsAchieved"));
    }
  }

  /**
   * The survey's rows from its answers: how many, and per statement the mean and how many gave each
   * rating.
   */
  /**
   * Interventions per focus area and problem (per case: the prioritised problem; over all: the
   * category) and their results, from the interventions /api gives: the report's key is "FOCUS_AREA
   * / CATEGORY" (and " / the problem"), INGET where there is none; per outcome rating, and INGET
   * for no rated outcome.
   */
  static void expectedInterventionCounts(
      Map<String, String> expected,
      String table,
      String code,
      List<Map<String, Object>> interventions,
      boolean perProblem) {
    Map<String, List<Map<String, Object>>> byKey = new LinkedHashMap<>();
    for (Map<String, Object> i : interventions) {
      String key =
          (i.get("focusArea") == null ? "INGET" : (String) i.get("focusArea"))
              + " / "
              + (i.get("category") == null ? "INGET" : (String) i.get("category"))
              + (perProblem && i.get("problem") != null ? " / " + i.get("problem") : "");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    byKey.forEach(
        (key, rows) -> {
          expected.put(table + "|" + code + "|" + key, String.valueOf(rows.size()));
          for (OutcomeRating rating : OutcomeRating.values()) {
            expected.put(
                table + "_resultat|" + code + "|" + key + " / " + rating.name(),
                String.valueOf(
                    rows.stream()
                        .filter(i -> rating.name().equals(i.get("outcomeRating")))
                        .count()));
          }
          expected.put(
              table + "_resultat|" + code + "|" + key + " / INGET",
              String.valueOf(rows.stream().filter(i -> i.get("outcomeRating") == null).count()));
        });
  }

  /** The sum of the rows whose key starts and ends so. */
  static long sum(Map<String, String> rows, String prefix, String suffix) {
    return rows.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getKey().endsWith(suffix))
        .mapToLong(e -> Long.parseLong(e.getValue()))
        .sum();
  }

  static void expectedSurvey(
      Map<String, String> expected, String code, List<Map<String, Object>> answers) {
    expected.put("enkät|" + code + "|svar", String.valueOf(answers.size()));
    if (answers.isEmpty()) {
      return;
    }
    Map<String, String> statements = new LinkedHashMap<>();
    statements.put("needsMet", "Stödet motsvarade våra behov");
    statements.put("moreSystematic", "Vårt arbete har blivit mer systematiskt och kunskapsbaserat");
    statements.put("willContinue", "Vi kommer att fortsätta arbetet");
    statements.forEach(
        (field, statement) -> {
          int sum = answers.stream().mapToInt(x -> ((Number) x.get(field)).intValue()).sum();
          expected.put(
              "enkät_medel|" + code + "|" + statement,
              plain(
                  BigDecimal.valueOf(sum)
                      .divide(BigDecimal.valueOf(answers.size()), 1, RoundingMode.HALF_UP)));
          for (int rating = 1; rating <= 5; rating++) {
            int r = rating;
            expected.put(
                "enkät_fördelning|" + code + "|" + statement + " " + rating,
                String.valueOf(
                    answers.stream().filter(x -> ((Number) x.get(field)).intValue() == r).count()));
          }
        });
  }

  /**
   * Brå's support rows from its records: entries, hours, and hours by kind (every kind), partner
   * and focus area.
   */
  static void expectedBraSupport(
      Map<String, String> expected, String code, List<Map<String, Object>> support) {
    expected.put("brås_stöd|" + code + "|poster", String.valueOf(support.size()));
    BigDecimal total = BigDecimal.ZERO;
    Map<String, BigDecimal> byKind = new LinkedHashMap<>();
    for (String kind :
        List.of(
            "Kunskapshöjande",
            "Organisationsutveckling",
            "Metodinförande",
            "Expertstöd",
            "Rådgivning")) {
      byKind.put(kind, BigDecimal.ZERO);
    }
    Map<String, BigDecimal> byPartner = new LinkedHashMap<>();
    Map<String, BigDecimal> byFocusArea = new LinkedHashMap<>();
    for (Map<String, Object> s : support) {
      BigDecimal hours = new BigDecimal(s.get("hours").toString());
      total = total.add(hours);
      byKind.merge((String) s.get("kindName"), hours, BigDecimal::add);
      byPartner.merge(
          s.get("partnerName") == null ? "Brå ensamt" : (String) s.get("partnerName"),
          hours,
          BigDecimal::add);
      byFocusArea.merge(
          s.get("focusArea") == null
              ? "Inget särskilt fokusområde"
              : FocusArea.valueOf((String) s.get("focusArea")).swedishName(),
          hours,
          BigDecimal::add);
    }
    expected.put("brås_stöd|" + code + "|timmar", plain(total));
    byKind.forEach((k, h) -> expected.put("brås_stöd_slag|" + code + "|" + k, plain(h)));
    byPartner.forEach((k, h) -> expected.put("brås_stöd_partner|" + code + "|" + k, plain(h)));
    byFocusArea.forEach(
        (k, h) -> expected.put("brås_stöd_fokusområde|" + code + "|" + k, plain(h)));
  }

  /**
   * The lessons bank's rows: the lessons of these municipalities and of every knowledge-exchange
   * gathering recorded by the report date, and how many of those were released — from /api/lessons.
   */
  void expectedExperience(Map<String, String> expected) {
    Instant end = EngineTime.today().plusDays(1).atStartOfDay(EngineTime.SWEDEN).toInstant();
    List<Map<String, Object>> lessons = new ArrayList<>();
    for (int page = 0; ; page++) {
      Map<String, Object> answer =
          client.get(ADVISOR, "/api/lessons?size=100&page=" + page).getBody();
      lessons.addAll(content(answer));
      if (content(answer).size() < 100) {
        break;
      }
    }
    List<Map<String, Object>> counted =
        lessons.stream()
            .filter(l -> Instant.parse((String) l.get("recordedAt")).isBefore(end))
            .filter(
                l ->
                    a.equals(l.get("municipalityCode"))
                        || b.equals(l.get("municipalityCode"))
                        || l.get("municipalityCode") == null)
            .toList();
    expected.put("erfarenheter|alla|antal", String.valueOf(counted.size()));
    expected.put(
        "erfarenheter|alla|släppta",
        String.valueOf(
            counted.stream()
                .filter(
                    l ->
                        Boolean.TRUE.equals(l.get("released"))
                            && Instant.parse((String) l.get("releasedAt")).isBefore(end))
                .count()));
    expected.put(
        "erfarenheter|alla|från erfarenhetsträffar",
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
        .sorted(Comparator.comparing(i -> ((Number) i.get("id")).longValue()))
        .toList();
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
