package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A municipality's support case from needs assessment to closure, with its meetings and
 * interventions running as called processes in the municipality's tenant.
 */
@Deployment(
    resources = {
      "processes/support-case.bpmn",
      "processes/cooperation-meeting.bpmn",
      "processes/intervention.bpmn",
      "processes/suggest-method.dmn"
    })
class SupportCaseProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      LifecycleCoverage.extension("cooperationMeeting", "intervention");

  static final List<String> ESCALATED_TASKS =
      List.of(
          "SituationPictureMunicipality",
          "SituationPicturePolice",
          "SituationPictureSocialServices",
          "JointAnalysis",
          "KickOff",
          "ParticipantsAssessment");

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    RecordsOutOfScope.CALLS.clear();
  }

  @Test
  void theWholeLifecycleFromNeedsAssessmentToLessonsLearned() {
    ProcessInstance supportCase = start("linkoping");
    assertThat(supportCase.getTenantId()).isEqualTo("linkoping");

    // needs assessment: three situation pictures in parallel, each by its own organisation
    assertThat(supportCase)
        .isWaitingAt(
            "Task_SituationPictureMunicipality",
            "Task_SituationPicturePolice",
            "Task_SituationPictureSocialServices");
    assertThat(task(supportCase, "Task_SituationPicturePolice")).hasCandidateGroup("police");
    // Brå's advisors see every municipality's tasks: each name says whose it is
    assertThat(task(supportCase, "Task_SituationPicturePolice").getName())
        .isEqualTo("Lämna polisens lägesbild – Linköpings kommun");
    assertThat(task(supportCase, "Task_SituationPictureSocialServices"))
        .hasCandidateGroup("social-services");
    complete(
        task(supportCase, "Task_SituationPictureMunicipality"),
        withVariables("situationPictureMunicipality", "Otrygghet kring torget"));
    complete(
        task(supportCase, "Task_SituationPicturePolice"),
        withVariables("situationPicturePolice", "Öppen narkotikaförsäljning"));
    assertThat(supportCase).isNotWaitingAt("Task_JointAnalysis");
    complete(
        task(supportCase, "Task_SituationPictureSocialServices"),
        withVariables("situationPictureSocialServices", "Unga i riskzon"));

    complete(
        task(supportCase, "Task_JointAnalysis"),
        withVariables(
            "jointAnalysis",
            "Gemensam bild",
            "prioritisedProblems",
            List.of("serious-violence", "public-order")));
    // Tasklist sends a dynamic list as JSON: one intervention per measure of the action plan,
    // except
    // one already done at kick-off
    assertThat(task(supportCase, "Task_KickOff").getName())
        .isEqualTo("Uppstart: avsiktsförklaring och aktivitetsplan – Linköpings kommun");
    complete(
        task(supportCase, "Task_KickOff"),
        Variables.createVariables()
            .putValue("activityPlan", "Plan för två år")
            .putValue("agreementKind", "declaration-of-intent")
            .putValueTyped(
                "measures",
                SpinValues.jsonValue(
                        "[{\"problem\":\"1\",\"cause\":\"2\","
                            + "\"measure\":\"Samtal med unga i riskzon\",\"focusArea\":\"youth-recruitment\",\"owner\":\"social-services\","
                            + "\"status\":\"planned\"},{\"measure\":\"Bättre belysning vid torget\",\"focusArea\":\"situational-prevention\","
                            + "\"owner\":\"housing-company\",\"status\":\"planned\"},{\"measure\":\"Kartläggning\","
                            + "\"focusArea\":\"knowledge-based-prevention\",\"owner\":\"police\",\"status\":\"done\"}]")
                    .create()));

    // implementation: one intervention per measure, in the municipality's tenant, with the
    // measure's
    // row, focus area, title and owner
    List<ProcessInstance> interventions = called(supportCase, "intervention");
    assertThat(interventions)
        .hasSize(2)
        .allSatisfy(
            intervention -> {
              assertThat(intervention.getTenantId()).isEqualTo("linkoping");
              assertThat(intervention.getBusinessKey()).isEqualTo("stod-linkoping");
            });
    assertThat(interventions)
        .extracting(
            i -> runtimeService().getVariable(i.getId(), "focusArea"),
            i -> runtimeService().getVariable(i.getId(), "measureNumber"),
            i -> runtimeService().getVariable(i.getId(), "interventionTitle"),
            i -> runtimeService().getVariable(i.getId(), "ownerOrganisation"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "youth-recruitment", "1", "Samtal med unga i riskzon", "social-services"),
            org.assertj.core.groups.Tuple.tuple(
                "situational-prevention", "2", "Bättre belysning vid torget", "housing-company"));
    ProcessInstance youth =
        interventions.stream()
            .filter(i -> "1".equals(runtimeService().getVariable(i.getId(), "measureNumber")))
            .findFirst()
            .orElseThrow();
    // the plan's task carries the intervention's title and the municipality; the suggested method
    // is pre-selected
    assertThat(task(youth, "Task_PlanIntervention").getName())
        .isEqualTo("Planera insats: Samtal med unga i riskzon – Linköpings kommun");
    assertThat(runtimeService().getVariable(youth.getId(), "method"))
        .isEqualTo(runtimeService().getVariable(youth.getId(), "suggestedMethod"))
        .isEqualTo("sspf");

    // meetings recur on the model's meetingCycle; open items travel to the next meeting
    execute(job(supportCase, "Start_MeetingDue"));
    ProcessInstance first = called(supportCase, "cooperationMeeting").get(0);
    assertThat(first.getTenantId()).isEqualTo("linkoping");
    assertThat(runtimeService().getVariable(first.getId(), "hasOpenItems")).isEqualTo(false);
    holdMeeting(first, true);
    execute(job(supportCase, "Start_MeetingDue"));
    ProcessInstance second = called(supportCase, "cooperationMeeting").get(0);
    assertThat(runtimeService().getVariable(second.getId(), "hasOpenItems")).isEqualTo(true);
    holdMeeting(second, false);

    interventions.forEach(SupportCaseProcessTest::runIntervention);

    assertThat(supportCase).hasPassed("End_Implementation").isWaitingAt("Task_FollowUpIndicators");
    complete(
        task(supportCase, "Task_FollowUpIndicators"),
        withVariables("indicatorSummary", "Färre anmälningar", "indicatorTrend", "battre"));
    // the survey: one task per organisation taking part, each for its own candidate group, answers
    // kept apart
    List<Task> surveys =
        taskService()
            .createTaskQuery()
            .processInstanceId(supportCase.getId())
            .taskDefinitionKey("Task_ParticipantsAssessment")
            .list();
    assertThat(surveys).hasSize(4);
    assertThat(surveys)
        .extracting(Task::getName)
        .containsOnly("Besvara deltagarenkäten – Linköpings kommun");
    for (String group : List.of("municipality", "police", "social-services", "housing-company")) {
      Task survey =
          taskService()
              .createTaskQuery()
              .processInstanceId(supportCase.getId())
              .taskDefinitionKey("Task_ParticipantsAssessment")
              .taskCandidateGroup(group)
              .singleResult();
      complete(
          survey,
          withVariables(
              "surveyNeedsMet",
              "4",
              "surveyMoreSystematic",
              "5",
              "surveyWillContinue",
              "4",
              "surveyWhatWorked",
              "Samverkan",
              "surveyToImprove",
              "Tidigare start"));
    }
    assertThat(runtimeService().getVariables(supportCase.getId()))
        .doesNotContainKey("surveyNeedsMet");
    assertThat(task(supportCase, "Task_Evaluate")).hasCandidateGroup("bra");
    complete(
        task(supportCase, "Task_Evaluate"),
        withVariables("goalsAchieved", "delvis", "evaluationSummary", "Delvis"));
    complete(
        task(supportCase, "Task_CloseWithLessonsLearned"),
        withVariables("lessonsLearned", "Börja tidigt"));
    assertThat(supportCase).hasPassed("End_CaseClosed").isEnded();

    // every form's completion reaches the records (on this engine only noted:
    // lifecycle.RecordsOutOfScope)
    assertThat(RecordsOutOfScope.CALLS)
        .contains(
            "supportCaseLifecycleListener.start(stod-linkoping)",
            "situationPictureTasks.record:municipality(Task_SituationPictureMunicipality)",
            "situationPictureTasks.record:police(Task_SituationPicturePolice)",
            "situationPictureTasks.record:social-services(Task_SituationPictureSocialServices)",
            "situationPictureTasks.prepare(Task_SituationPicturePolice)",
            "situationPictureTasks.prepareJoint(Task_JointAnalysis)",
            "activityPlanTasks.prepare(Task_KickOff)",
            "interventionTasks.prepare(Task_PlanIntervention)",
            "situationPictureTasks.recordJoint(Task_JointAnalysis)",
            "activityPlanTasks.kickOff(Task_KickOff)",
            "interventionTasks.plan(Task_PlanIntervention)",
            "interventionTasks.followUp(Task_FollowUpIntervention)",
            "interventionTasks.outcome(Task_RecordOutcome)",
            "meetingTasks.prepareAgenda(Task_PrepareAgenda)",
            "meetingTasks.listOpenItems(Task_FollowUpOpenItems)",
            "meetingTasks.followUpOpenItems(Task_FollowUpOpenItems)",
            "meetingTasks.actorReport(Task_ActorReport)",
            "meetingTasks.recordDecisions(Task_RecordDecisions)",
            "indicatorTasks.listIndicators(Task_FollowUpIndicators)",
            "indicatorTasks.followUp(Task_FollowUpIndicators)",
            "participantSurveyTasks.organisations(Task_ParticipantsAssessment#multiInstanceBody)",
            "participantSurveyTasks.answer(Task_ParticipantsAssessment)",
            "caseEvaluationTasks.evaluate(Task_Evaluate)",
            "lessonTasks.closure(Task_CloseWithLessonsLearned)",
            "supportCaseLifecycleListener.end(stod-linkoping)");
  }

  @Test
  void everyStalledStepIsEscalatedToTheAdvisorAndTheStepStaysOpen() {
    ProcessInstance supportCase = start("sodertalje");
    escalate(supportCase, "SituationPictureMunicipality");
    escalate(supportCase, "SituationPicturePolice");
    escalate(supportCase, "SituationPictureSocialServices");
    complete(
        task(supportCase, "Task_SituationPictureMunicipality"),
        withVariables("situationPictureMunicipality", "a"));
    complete(
        task(supportCase, "Task_SituationPicturePolice"),
        withVariables("situationPicturePolice", "b"));
    complete(
        task(supportCase, "Task_SituationPictureSocialServices"),
        withVariables("situationPictureSocialServices", "c"));
    escalate(supportCase, "JointAnalysis");
    complete(task(supportCase, "Task_JointAnalysis"), withVariables("jointAnalysis", "d"));
    escalate(supportCase, "KickOff");
    // no focus area chosen: the implementation has no interventions and ends at once
    complete(
        task(supportCase, "Task_KickOff"),
        withVariables(
            "declarationOfIntentSigned", true, "activityPlan", "e", "focusAreas", List.of()));
    complete(task(supportCase, "Task_FollowUpIndicators"), withVariables("indicatorSummary", "f"));
    escalate(supportCase, "ParticipantsAssessment");
    assertThat(supportCase).isWaitingAt("Task_ParticipantsAssessment");
    for (String escalated : ESCALATED_TASKS) {
      assertThat(supportCase).hasPassed("End_Escalated" + escalated);
    }
  }

  @Test
  void tunablesGivenAtStartOverrideTheModelsProperties() {
    ClockUtil.setCurrentTime(new Date(1_750_000_000_000L));
    try {
      ProcessInstance supportCase =
          runtimeService()
              .startProcessInstanceByKey(
                  "supportCase",
                  "stod-trollhattan",
                  Map.of(
                      "municipalityCode",
                      "trollhattan",
                      "meetingCycle",
                      "R1/P10D",
                      "followUpInterval",
                      "P7D"));
      for (String picture : List.of("Municipality", "Police", "SocialServices")) {
        complete(
            task(supportCase, "Task_SituationPicture" + picture),
            withVariables("situationPicture" + picture, "x"));
      }
      complete(task(supportCase, "Task_JointAnalysis"), withVariables("jointAnalysis", "y"));
      complete(
          task(supportCase, "Task_KickOff"),
          withVariables(
              "declarationOfIntentSigned",
              true,
              "activityPlan",
              "z",
              "focusAreas",
              List.of("welfare-crime")));

      long now = ClockUtil.getCurrentTime().getTime();
      assertThat(job(supportCase, "Start_MeetingDue").getDuedate())
          .isEqualTo(new Date(now + 10 * DAY));
      ProcessInstance intervention = called(supportCase, "intervention").get(0);
      assertThat(runtimeService().getVariable(intervention.getId(), "suggestedMethod"))
          .isEqualTo("welfare-control");
      complete(
          task(intervention, "Task_PlanIntervention"),
          withVariables(
              "method",
              "welfare-control",
              "ownerOrganisation",
              "social-services",
              "interventionPlan",
              "Kontroller"));
      assertThat(job(intervention, "Timer_FollowUpDue").getDuedate())
          .isEqualTo(new Date(now + 7 * DAY));
    } finally {
      ClockUtil.reset();
    }
  }

  static final long DAY = 24L * 3600 * 1000;
  static final Map<String, String> NAMES =
      Map.of("linkoping", "Linköpings kommun", "sodertalje", "Södertälje kommun");

  private static void escalate(ProcessInstance supportCase, String what) {
    Job timer = job(supportCase, "Boundary_Escalate" + what);
    assertThat(timer).as("escalation timer of " + what).isNotNull();
    execute(timer);
    Task escalation = task(supportCase, "Task_Escalate" + what);
    assertThat(escalation).hasCandidateGroup("bra");
    assertThat(escalation.getDueDate()).isNotNull();
    complete(escalation, withVariables("escalationNote", "Kontaktat ansvarig"));
    assertThat(supportCase).isWaitingAt("Task_" + what);
  }

  private static void holdMeeting(ProcessInstance meeting, boolean openItemsAfterwards) {
    complete(task(meeting, "Task_PrepareAgenda"), withVariables("agenda", "Läget"));
    Task followUp = task(meeting, "Task_FollowUpOpenItems");
    if (followUp != null) {
      complete(followUp, withVariables("openItemsStatus", "Klart"));
    }
    taskService()
        .createTaskQuery()
        .processInstanceId(meeting.getId())
        .taskDefinitionKey("Task_ActorReport")
        .list()
        .forEach(report -> complete(report, withVariables("actorReport", "Rapport")));
    complete(
        task(meeting, "Task_RecordDecisions"),
        withVariables("meetingDecisions", "Beslut", "openActionItems", openItemsAfterwards));
  }

  private static void runIntervention(ProcessInstance intervention) {
    complete(
        task(intervention, "Task_PlanIntervention"),
        withVariables(
            "method", "est", "ownerOrganisation", "municipality", "interventionPlan", "Plan"));
    execute(job(intervention, "Timer_FollowUpDue"));
    complete(
        task(intervention, "Task_FollowUpIntervention"),
        withVariables("followUpNotes", "Klart", "interventionFinished", true));
    complete(
        task(intervention, "Task_RecordOutcome"),
        withVariables("outcomeRating", "uppnatt", "outcome", "Bra"));
  }

  /**
   * The case as supportCaseLifecycle starts it in the app: with the municipality's name (here only
   * noted).
   */
  private static ProcessInstance start(String municipality) {
    return runtimeService()
        .startProcessInstanceByKey(
            "supportCase",
            "stod-" + municipality,
            Map.of("municipalityCode", municipality, "municipalityName", NAMES.get(municipality)));
  }

  private static List<ProcessInstance> called(ProcessInstance parent, String key) {
    return runtimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(parent.getId())
        .processDefinitionKey(key)
        .list();
  }

  private static Task task(ProcessInstance instance, String key) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private static Job job(ProcessInstance instance, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }
}
