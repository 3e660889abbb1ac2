package se.kommunstod.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.kommunstod.records.CaseWalk.json;
import static se.kommunstod.records.RecordsClient.content;
import static se.kommunstod.records.RecordsClient.list;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.records.CaseWalk.Picture;
import se.kommunstod.support.IntegrationTest;

/**
 * Issue 4's "done when": one full support case of the real models (processes/), walked through the
 * engine REST API as the demo users of Linköping (and the Brå advisor for Brå's tasks), with the
 * short demo tunables; due timers are executed through the ManagementService (the job executor is
 * off in tests). Every record is then read back through /api and compared with what was entered. On
 * the embedded PostgreSQL.
 */
@IntegrationTest
class ProcessWiringIntegrationTest {

  static final String COORDINATOR = "samordnare.linkoping";
  static final String POLICE = "polis.linkoping";
  static final String SOCIAL_SERVICES = "socialtjanst.linkoping";
  static final String ADVISOR = "radgivare";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  RecordsClient client;
  String businessKey;
  String caseId;
  CaseWalk walk;

  @BeforeEach
  void startCase() {
    client = new RecordsClient(http);
    // a key of its own, so that the demo case stod-linkoping and other tests stay apart
    businessKey = "stod-linkoping-wiring-" + System.nanoTime();
    caseId =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                businessKey,
                Map.of(
                    "municipalityCode",
                    "linkoping",
                    "meetingCycle",
                    "R2/PT2M",
                    "followUpInterval",
                    "PT2M"))
            .getId();
    walk = walk(caseId);
  }

  private CaseWalk walk(String caseInstanceId) {
    return new CaseWalk(
        client, runtimeService, managementService, CaseWalk.People.of("linkoping"), caseInstanceId);
  }

  @Test
  void aFullSupportCaseIsWrittenThroughTheRealModelsAndReadThroughTheApi() {
    LocalDate today = EngineTime.today();
    // the case record is opened by the process start
    Map<String, Object> opened = client.get(ADVISOR, "/api/support-cases/" + businessKey).getBody();
    assertThat(opened)
        .containsEntry("processInstanceId", caseId)
        .containsEntry("municipalityCode", "linkoping");
    assertThat(opened.get("closedAt")).isNull();

    // needs assessment: three situation pictures in parallel, then the joint analysis
    walk.situationPictures(
        Picture.of(
            "Skjutningar mellan grupper och öppen narkotikahandel vid torget.",
            "serious-violence",
            "public-order"),
        Picture.of("Otrygghet i centrum, skadegörelse i tvättstugor.", "situational"),
        Picture.of(
            "Unga rekryteras till kriminella nätverk via sociala medier.", "gang-recruitment"));
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_JointAnalysis",
        Map.of(
            "jointAnalysis",
            "Våldet och rekryteringen hänger ihop; platserna kring torget är centrala.",
            "prioritisedProblems",
            json("[\"serious-violence\",\"gang-recruitment\"]")));

    // kick-off: one focus area, so one intervention
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_KickOff",
        kickOff(
            "Minska det grova våldet genom GVI och samverkan kring torget.",
            "[\"knowledge-based-prevention\"]"));

    // implementation: the intervention is planned by the coordinator, owned by the police
    String intervention = walk.subInstance("intervention");
    walk.complete(
        COORDINATOR,
        intervention,
        "Task_PlanIntervention",
        Map.of(
            "targetProblem",
            "serious-violence",
            "method",
            "gvi",
            "ownerOrganisation",
            "police",
            "interventionPlan",
            "Kartlägg grupperna, kalla in till möte, erbjud stöd och agera samfällt."));

    // first cooperation meeting (timer cycle R2/PT2M): no open items yet, every actor reports
    walk.fireTimer(caseId, "Start_MeetingDue");
    String meeting1 = walk.subInstance("cooperationMeeting");
    walk.complete(
        COORDINATOR,
        meeting1,
        "Task_PrepareAgenda",
        Map.of(
            "meetingDate", today.toString(), "agenda", "1. Lägesbild\n2. Insatsen GVI\n3. Övrigt"));
    walk.reportAll(meeting1, "möte 1, inget nytt.");
    walk.complete(
        COORDINATOR,
        meeting1,
        "Task_RecordDecisions",
        Map.of(
            "meetingDecisions",
            "Starta GVI i området\nBjud in bostadsbolaget till nästa möte",
            "actionItems",
            CaseWalk.rows(
                List.of(
                    Map.of(
                        "description",
                        "Kartlägg våldsbenägna grupper",
                        "ownerOrganisation",
                        "police",
                        "dueDate",
                        today.plusDays(14).toString()),
                    Map.of(
                        "description",
                        "Förbättra belysningen vid torget",
                        "ownerOrganisation",
                        "housing-company",
                        "dueDate",
                        today.plusDays(30).toString())))));

    // second meeting: starts with the open items of the first
    walk.fireTimer(caseId, "Start_MeetingDue");
    String meeting2 = walk.subInstance("cooperationMeeting");
    walk.complete(
        COORDINATOR,
        meeting2,
        "Task_PrepareAgenda",
        Map.of(
            "meetingDate",
            today.plusDays(1).toString(),
            "agenda",
            "1. Öppna åtgärder\n2. Uppföljning av GVI"));
    List<Map<String, Object>> open =
        walk.formRows(COORDINATOR, meeting2, "Task_FollowUpOpenItems", "openItems");
    assertThat(open)
        .extracting(r -> r.get("description"), r -> r.get("owner"), r -> r.get("status"))
        .containsExactly(
            tuple("Kartlägg våldsbenägna grupper", "Polisen", "open"),
            tuple("Förbättra belysningen vid torget", "Bostadsbolaget", "open"));
    List<Map<String, Object>> answered = new java.util.ArrayList<>();
    answered.add(new java.util.LinkedHashMap<>(open.get(0)));
    answered.get(0).put("status", "done");
    answered.add(new java.util.LinkedHashMap<>(open.get(1)));
    answered.get(1).put("note", "Belysningen är beställd.");
    walk.complete(
        COORDINATOR,
        meeting2,
        "Task_FollowUpOpenItems",
        Map.of(
            "openItems",
            CaseWalk.rows(answered),
            "openItemsStatus",
            "Kartläggningen är klar, belysningen beställd."));
    walk.reportAll(meeting2, "möte 2, inget nytt.");
    walk.complete(
        COORDINATOR,
        meeting2,
        "Task_RecordDecisions",
        Map.of("meetingDecisions", "Fortsätt GVI enligt plan"));

    // follow-ups every followUpInterval until the police report the intervention finished, then the
    // outcome
    walk.fireTimer(intervention, "Timer_FollowUpDue");
    walk.complete(
        POLICE,
        intervention,
        "Task_FollowUpIntervention",
        Map.of(
            "followUpNotes",
            "Första upprop genomfört, två grupper nåddes.",
            "interventionFinished",
            false));
    walk.fireTimer(intervention, "Timer_FollowUpDue");
    walk.complete(
        POLICE,
        intervention,
        "Task_FollowUpIntervention",
        Map.of(
            "followUpNotes", "Inga nya skjutningar under perioden.", "interventionFinished", true));
    walk.complete(
        POLICE,
        intervention,
        "Task_RecordOutcome",
        Map.of(
            "outcomeRating", "delvis", "outcome", "Våldet minskade, rekryteringen är oförändrad."));

    // follow-up, assessment, evaluation and closure
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_FollowUpIndicators",
        Map.of(
            "indicatorSummary",
            "Anmälda skjutningar halverades, otryggheten oförändrad.",
            "indicatorTrend",
            "battre"));
    // the survey: the coordinator, police, social services and the housing company each answer
    // their own task
    Map<String, Map<String, Object>> survey = new java.util.LinkedHashMap<>();
    walk.people()
        .reporters()
        .keySet()
        .forEach(
            user ->
                survey.put(
                    user,
                    Map.of(
                        "surveyNeedsMet",
                        "4",
                        "surveyMoreSystematic",
                        "5",
                        "surveyWillContinue",
                        "4",
                        "surveyWhatWorked",
                        "Stödet gav struktur åt samverkan.",
                        "surveyToImprove",
                        "Tidigare kontakt med bostadsbolaget.")));
    walk.surveyAll(survey);
    walk.complete(
        ADVISOR,
        caseId,
        "Task_Evaluate",
        Map.of(
            "goalsAchieved",
            "delvis",
            "evaluationSummary",
            "Målet om minskat våld nåddes, rekryteringen återstår."));
    walk.complete(
        ADVISOR,
        caseId,
        "Task_CloseWithLessonsLearned",
        Map.of("lessonsLearned", "Bostadsbolaget bör vara med från första mötet."));
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(caseId)
                .finished()
                .count())
        .isEqualTo(1);

    // everything read back through /api, by someone of the municipality
    String reader = SOCIAL_SERVICES;
    String base = "/api/support-cases/" + businessKey;
    assertThat(client.get(reader, base).getBody().get("closedAt"))
        .as("closed by the process end")
        .isNotNull();

    List<Map<String, Object>> pictures = content(client.get(reader, base + "/situation-pictures"));
    assertThat(pictures)
        .extracting(p -> p.get("contributor"), p -> p.get("summary"))
        .containsExactly(
            tuple("POLICE", "Skjutningar mellan grupper och öppen narkotikahandel vid torget."),
            tuple("MUNICIPALITY", "Otrygghet i centrum, skadegörelse i tvättstugor."),
            tuple("SOCIAL_SERVICES", "Unga rekryteras till kriminella nätverk via sociala medier."),
            tuple(
                "JOINT",
                "Våldet och rekryteringen hänger ihop; platserna kring torget är centrala."));
    // the checklist of a form before issue 17 (still read): each checked category an observation of
    // unknown trend
    assertThat(list(pictures.get(0), "observations"))
        .extracting(p -> p.get("category"), p -> p.get("description"), p -> p.get("trend"))
        .containsExactly(
            tuple("SERIOUS_VIOLENCE", "Grovt våld", "OKAND"),
            tuple("PUBLIC_ORDER", "Ordningsstörningar", "OKAND"));
    List<Map<String, Object>> prioritised = client.getList(reader, base + "/problems").getBody();
    assertThat(prioritised)
        .extracting(p -> p.get("priority"), p -> p.get("category"), p -> p.get("description"))
        .containsExactly(
            tuple(1, "SERIOUS_VIOLENCE", "Grovt våld"),
            tuple(2, "GANG_RECRUITMENT", "Rekrytering till kriminella nätverk"));

    Map<String, Object> plan = client.get(reader, base + "/activity-plan").getBody();
    assertThat(plan)
        .containsEntry("goal", "Minska det grova våldet genom GVI och samverkan kring torget.")
        .containsEntry("focusAreas", List.of("KNOWLEDGE_BASED_PREVENTION"))
        .containsEntry(
            "focusAreaNames",
            List.of("Kunskapsbaserat brottsförebyggande arbete och organiserad brottslighet"))
        .containsEntry("declarationOfIntentSigned", true)
        .containsEntry("adoptedOn", today.toString());

    List<Map<String, Object>> meetings = content(client.get(reader, base + "/meetings?size=10"));
    assertThat(meetings)
        .extracting(m -> m.get("heldOn"), m -> m.get("agenda"), m -> m.get("openItemsStatus"))
        .containsExactlyInAnyOrder(
            tuple(today.toString(), "1. Lägesbild\n2. Insatsen GVI\n3. Övrigt", null),
            tuple(
                today.plusDays(1).toString(),
                "1. Öppna åtgärder\n2. Uppföljning av GVI",
                "Kartläggningen är klar, belysningen beställd."));
    Map<String, Object> first =
        meetings.stream()
            .filter(m -> m.get("heldOn").equals(today.toString()))
            .findFirst()
            .orElseThrow();
    assertThat(list(first, "actorReports"))
        .extracting(r -> r.get("ownerRole"), r -> r.get("report"))
        .containsExactlyInAnyOrder(
            tuple("MUNICIPALITY", "Kommunen: möte 1, inget nytt."),
            tuple("POLICE", "Polisen: möte 1, inget nytt."),
            tuple("SOCIAL_SERVICES", "Socialtjänsten: möte 1, inget nytt."),
            tuple("HOUSING_COMPANY", "Bostadsbolaget: möte 1, inget nytt."));
    assertThat(first.get("decisions"))
        .isEqualTo(List.of("Starta GVI i området", "Bjud in bostadsbolaget till nästa möte"));
    assertThat(list(first, "actionItems"))
        .extracting(
            a -> a.get("ownerRole"),
            a -> a.get("dueDate"),
            a -> a.get("description"),
            a -> a.get("status"))
        .containsExactly(
            tuple("POLICE", today.plusDays(14).toString(), "Kartlägg våldsbenägna grupper", "DONE"),
            tuple(
                "HOUSING_COMPANY",
                today.plusDays(30).toString(),
                "Förbättra belysningen vid torget",
                "OPEN"));
    // every status is dated with who gave it; an unchanged status with a note is dated too
    List<Map<String, Object>> items = client.getList(reader, base + "/action-items").getBody();
    assertThat(list(items.get(0), "history"))
        .extracting(h -> h.get("status"), h -> h.get("changedBy"))
        .containsExactly(tuple("OPEN", COORDINATOR), tuple("DONE", COORDINATOR));
    assertThat(list(items.get(1), "history"))
        .extracting(h -> h.get("status"), h -> h.get("note"))
        .containsExactly(tuple("OPEN", null), tuple("OPEN", "Belysningen är beställd."));
    assertThat(client.getList(reader, base + "/action-items?status=OPEN").getBody()).hasSize(1);

    List<Map<String, Object>> interventions = content(client.get(reader, base + "/interventions"));
    assertThat(interventions).hasSize(1);
    Map<String, Object> recorded = interventions.get(0);
    assertThat(recorded)
        .containsEntry("focusArea", "KNOWLEDGE_BASED_PREVENTION")
        .containsEntry("targetProblem", "SERIOUS_VIOLENCE")
        .containsEntry("method", "GVI")
        .containsEntry("ownerRole", "POLICE")
        .containsEntry(
            "title",
            "Kunskapsbaserat brottsförebyggande arbete och organiserad brottslighet: GVI/Sluta skjut")
        .containsEntry(
            "plan", "Kartlägg grupperna, kalla in till möte, erbjud stöd och agera samfällt.")
        .containsEntry("startsOn", today.toString())
        .containsEntry("outcomeRating", "DELVIS")
        .containsEntry("outcome", "Våldet minskade, rekryteringen är oförändrad.")
        .containsEntry("problemId", prioritised.get(0).get("id"));
    assertThat(list(recorded, "followUps"))
        .extracting(f -> f.get("note"))
        .containsExactly(
            "Första upprop genomfört, två grupper nåddes.", "Inga nya skjutningar under perioden.");

    assertThat(client.get(reader, base + "/evaluation").getBody())
        .containsEntry(
            "indicatorSummary", "Anmälda skjutningar halverades, otryggheten oförändrad.")
        .containsEntry("indicatorTrend", "BATTRE")
        .containsEntry("goalsAchieved", "DELVIS")
        .containsEntry(
            "evaluationSummary", "Målet om minskat våld nåddes, rekryteringen återstår.");

    assertThat(client.getList(reader, base + "/survey").getBody())
        .extracting(
            a -> a.get("organisation"), a -> a.get("needsMet"), a -> a.get("moreSystematic"))
        .containsExactlyInAnyOrder(
            tuple("MUNICIPALITY", 4, 5),
            tuple("POLICE", 4, 5),
            tuple("SOCIAL_SERVICES", 4, 5),
            tuple("HOUSING_COMPANY", 4, 5));

    assertThat(content(client.get(reader, base + "/lessons")))
        .extracting(l -> l.get("title"), l -> l.get("lesson"))
        .containsExactly(
            tuple(
                "Lärdomar från stödet till Linköpings kommun",
                "Bostadsbolaget bör vara med från första mötet."));

    // another municipality's people see none of it: answered like a missing case (docs/access.md)
    assertThat(client.get("samordnare.sodertalje", base + "/meetings").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aRefusedKickOffLeavesTheTaskOpenAndNothingStored() {
    walk.situationPictures(
        Picture.of("Skjutningar mellan grupper vid torget.", "serious-violence"),
        Picture.of("Otrygghet i centrum."),
        Picture.of("Unga rekryteras.", "gang-recruitment"));
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_JointAnalysis",
        Map.of(
            "jointAnalysis",
            "Våldet hänger ihop med rekryteringen.",
            "prioritisedProblems",
            json("[\"serious-violence\"]")));
    String taskId = client.taskId(COORDINATOR, caseId, "Task_KickOff");
    String tooLong = "Aktivitetsplan som inte ska sparas. " + "x".repeat(4000);

    // a plan longer than 4000 characters and a focus area that is not in the list: refused, rolled
    // back
    walk.assertRefused(
            COORDINATOR,
            taskId,
            walk.send(
                COORDINATOR,
                taskId,
                kickOff(tooLong, "[\"knowledge-based-prevention\",\"magic\"]")))
        .contains("focusAreas")
        .contains("knowledge-based-prevention")
        .doesNotContain("xxxxxxxxxx");
    assertThat(
            client
                .get(COORDINATOR, "/api/support-cases/" + businessKey + "/activity-plan")
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(runtimeService.getVariables(caseId))
        .doesNotContainKeys("activityPlan", "focusAreas", "declarationOfIntentSigned");
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(caseId)
                .variableNameIn("activityPlan", "focusAreas", "declarationOfIntentSigned")
                .count())
        .isZero();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(caseId).count())
        .as("no intervention started")
        .isZero();

    // the plan too long alone: the same
    walk.assertRefused(
            COORDINATOR,
            taskId,
            walk.send(COORDINATOR, taskId, kickOff(tooLong, "[\"knowledge-based-prevention\"]")))
        .contains("4000");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from activity_plan p join support_case c on c.id = p.support_case_id "
                    + "where c.business_key = ?",
                Long.class,
                businessKey))
        .isZero();

    // corrected, it goes through and the intervention starts
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_KickOff",
        kickOff("Minska det grova våldet.", "[\"knowledge-based-prevention\"]"));
    assertThat(walk.subInstance("intervention")).isNotNull();
  }

  /**
   * The record and the engine share one transaction: the plan's listener writes the intervention,
   * then the process fails further on in the same completion (the case was started with a follow-up
   * interval that is not a duration, so the follow-up timer cannot be created). The completion
   * fails as a whole: the intervention row written by the listener is rolled back too.
   */
  @Test
  void aCompletionThatFailsAfterTheRecordWasWrittenLeavesNoRecord() {
    String brokenKey = "stod-linkoping-wiring-broken-" + System.nanoTime();
    caseId =
        runtimeService
            .startProcessInstanceByKey(
                "supportCase",
                brokenKey,
                Map.of("municipalityCode", "linkoping", "followUpInterval", "fyra veckor"))
            .getId();
    walk = walk(caseId);
    walk.situationPictures(
        Picture.of("Skjutningar mellan grupper vid torget."),
        Picture.of("Otrygghet i centrum."),
        Picture.of("Unga rekryteras."));
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_JointAnalysis",
        Map.of(
            "jointAnalysis",
            "Våldet hänger ihop med rekryteringen.",
            "prioritisedProblems",
            json("[\"serious-violence\"]")));
    walk.complete(
        COORDINATOR,
        caseId,
        "Task_KickOff",
        kickOff("Minska det grova våldet.", "[\"knowledge-based-prevention\"]"));
    String intervention = walk.subInstance("intervention");
    String taskId = client.taskId(COORDINATOR, intervention, "Task_PlanIntervention");

    ResponseEntity<Map<String, Object>> answer =
        client.send(
            COORDINATOR,
            HttpMethod.POST,
            "/engine-rest/task/" + taskId + "/complete",
            Map.of(
                "variables",
                CaseWalk.typed(
                    Map.of(
                        "method",
                        "gvi",
                        "ownerOrganisation",
                        "police",
                        "interventionPlan",
                        "Kartlägg grupperna och kalla in till möte."))));

    assertThat(answer.getStatusCode())
        .as(String.valueOf(answer.getBody()))
        .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    assertThat(
            content(client.get(COORDINATOR, "/api/support-cases/" + brokenKey + "/interventions")))
        .isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from intervention i join support_case c on c.id = i.support_case_id "
                    + "where c.business_key = ?",
                Long.class,
                brokenKey))
        .isZero();
    assertThat(runtimeService.getVariables(intervention))
        .doesNotContainKeys("interventionId", "interventionPlan");
  }

  /** The kick-off form's answer: declaration signed, the plan and the focus areas (JSON). */
  private static Map<String, Object> kickOff(String activityPlan, String focusAreas) {
    return Map.of(
        "declarationOfIntentSigned",
        true,
        "activityPlan",
        activityPlan,
        "focusAreas",
        json(focusAreas));
  }
}
