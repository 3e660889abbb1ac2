package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The programme: applications prioritised by DMN and decided by Brå, gatherings, ministry reports.
 */
@Deployment(
    resources = {
      "processes/programme.bpmn",
      "processes/prioritise-application.dmn",
      "processes/support-case.bpmn"
    })
class ProgrammeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = LifecycleCoverage.extension("supportCase");

  ProgrammeRounds rounds;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    rounds = new ProgrammeRounds(runtimeService(), repositoryService());
  }

  @Test
  void aSelectedApplicationOpensTheMunicipalitysSupportCase() {
    ProcessInstance round = rounds.start("omgang-1", Map.of());
    Application sigtuna = new Application("sigtuna", "sarskilt-utsatt", "medel", "paborjat", "god");
    rounds.submit("omgang-1", sigtuna);

    Task decide = decisionTask(round);
    assertThat(decide).hasCandidateGroup("bra");
    assertThat(taskService().getVariables(decide.getId()))
        .containsAllEntriesOf(tableSays(sigtuna))
        // the rule of the table that gave them, as the table describes it
        // (engine.MatchedRulePlugin)
        .hasEntrySatisfying(
            "prioritiseApplicationRule", rule -> assertThat((String) rule).startsWith("Regel "));
    RecordsOutOfScope.CALLS.clear();
    complete(
        decide,
        withVariables("decision", "bevilja", "decisionMotivation", "Särskilt utsatt område"));
    // the decision reaches the records, and the support case's record is opened by its start
    // (the situation pictures' create listeners, which only read, give their forms the
    // municipality's areas)
    assertThat(RecordsOutOfScope.CALLS)
        .filteredOn(call -> call.contains(".decide(") || call.contains(".start("))
        .containsExactly(
            "applicationDecisionTasks.decide(Task_DecideApplication)",
            "supportCaseLifecycleListener.start(stod-sigtuna)");

    ProcessInstance supportCase =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("supportCase")
            .processInstanceBusinessKey("stod-sigtuna")
            .singleResult();
    assertThat(supportCase).isNotNull().isStarted();
    assertThat(supportCase.getTenantId()).isEqualTo("sigtuna");
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(round.getId())
                .activityId("End_SupportCaseOpened")
                .count())
        .isEqualTo(1);
    // the application's variables stayed in its own scope
    assertThat(runtimeService().getVariables(round.getId()))
        .doesNotContainKeys("decision", "municipalityCode");
  }

  @Test
  void aRejectedApplicationEndsWithoutASupportCase() {
    ProcessInstance round = rounds.start("omgang-2", Map.of());
    Application goteborg = new Application("goteborg", "inget", "lag", "saknas", "god");
    rounds.submit("omgang-2", goteborg);

    Task decide = decisionTask(round);
    assertThat(taskService().getVariables(decide.getId()))
        .containsAllEntriesOf(tableSays(goteborg));
    complete(
        decide, withVariables("decision", "avsla", "decisionMotivation", "Inget klassat område"));

    assertThat(round).hasPassed("End_ApplicationRejected").isNotEnded();
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("supportCase")
                .count())
        .isZero();
  }

  @Test
  void concurrentApplicationsKeepTheirOwnDecisions() {
    ProcessInstance round = rounds.start("omgang-3", Map.of());
    rounds.submit("omgang-3", new Application("sigtuna", "utsatt", "hog", "etablerat", "god"));
    Application goteborgApplication =
        new Application("goteborg", "riskomrade", "lag", "saknas", "begransad");
    rounds.submit("omgang-3", goteborgApplication);

    List<Task> decisions =
        taskService()
            .createTaskQuery()
            .processInstanceId(round.getId())
            .taskDefinitionKey("Task_DecideApplication")
            .list();
    assertThat(decisions).hasSize(2);
    assertThat(decisions)
        .extracting(task -> taskService().getVariable(task.getId(), "municipalityCode"))
        .containsExactlyInAnyOrder("sigtuna", "goteborg");
    Task goteborg =
        decisions.stream()
            .filter(
                task ->
                    "goteborg".equals(taskService().getVariable(task.getId(), "municipalityCode")))
            .findFirst()
            .orElseThrow();
    assertThat(taskService().getVariables(goteborg.getId()))
        .containsAllEntriesOf(tableSays(goteborgApplication));
    complete(
        goteborg, withVariables("decision", "avsla", "decisionMotivation", "Låg förväntad effekt"));

    Task sigtuna = decisionTask(round);
    assertThat(taskService().getVariable(sigtuna.getId(), "municipalityCode")).isEqualTo("sigtuna");
    assertThat(taskService().getVariable(sigtuna.getId(), "decision")).isNull();
  }

  @Test
  void aStalledDecisionIsEscalatedToTheAdvisorWithoutCancellingIt() {
    ProcessInstance round = rounds.start("omgang-4", Map.of());
    rounds.submit("omgang-4", new Application("sigtuna", "utsatt", "medel", "saknas", "begransad"));

    execute(timer(round, "Boundary_EscalateDecision"));

    Task escalation =
        taskService()
            .createTaskQuery()
            .processInstanceId(round.getId())
            .taskDefinitionKey("Task_EscalateDecision")
            .singleResult();
    assertThat(escalation).hasCandidateGroup("bra").hasFormKey(null);
    assertThat(decisionTask(round)).isNotNull();
    complete(escalation, withVariables("escalationNote", "Påmint rådgivaren"));
    assertThat(round).hasPassed("End_EscalatedDecision");
  }

  @Test
  void gatheringsRecurOnTheTimerAndReportsAreDueBeforeTheDeadline() {
    ProcessInstance round = rounds.start("omgang-5", Map.of("reportDeadline", "2024-06-10"));

    Task interim =
        taskService()
            .createTaskQuery()
            .processInstanceId(round.getId())
            .taskDefinitionKey("Task_InterimReport")
            .singleResult();
    assertThat(interim).hasCandidateGroup("bra");
    assertThat(interim.getDueDate()).isEqualTo(stockholm(LocalDate.of(2024, 6, 10).minusDays(120)));

    execute(timer(round, "Start_GatheringDue"));
    execute(timer(round, "Start_GatheringDue"));
    List<Task> gatherings =
        taskService()
            .createTaskQuery()
            .processInstanceId(round.getId())
            .taskDefinitionKey("Task_HoldGathering")
            .list();
    assertThat(gatherings).hasSize(2);
    gatherings.forEach(
        task ->
            complete(
                task,
                withVariables(
                    "gatheringTitle",
                    "Trygghetsvandringar",
                    "gatheringNotes",
                    "Erfarenheter från tre kommuner")));
    // Each gathering got its agenda when it began, and its notes went to the lessons bank.
    assertThat(RecordsOutOfScope.CALLS)
        .contains(
            "gatheringAgendaDelegate.start(" + round.getBusinessKey() + ")",
            "gatheringTasks.recordNotes(Task_HoldGathering)");

    complete(interim, withVariables("reportSummary", "Delrapport om genomförandet"));
    Task finalReport =
        taskService()
            .createTaskQuery()
            .processInstanceId(round.getId())
            .taskDefinitionKey("Task_FinalReport")
            .singleResult();
    assertThat(finalReport.getDueDate()).isEqualTo(stockholm(LocalDate.of(2024, 6, 10)));
    complete(finalReport, withVariables("reportSummary", "Slutrapport"));
    // both reports are archived with their figures (on this engine only noted)
    assertThat(RecordsOutOfScope.CALLS)
        .contains(
            "ministryReportTasks.submit:INTERIM(Task_InterimReport)",
            "ministryReportTasks.submit:FINAL(Task_FinalReport)");

    assertThat(round).hasPassed("End_GatheringHeld", "End_RoundClosed").isEnded();
  }

  @Test
  void aBadApplicationIsRefusedWithAClearMessageAndNothingChanges() {
    ProcessInstance round = rounds.start("omgang-6", Map.of());
    assertThatThrownBy(() -> new Application("sigtuna", "mycket-utsatt", "hog", "saknas", "god"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Polisens klassning")
        .hasMessageContaining("sarskilt-utsatt");
    assertThatThrownBy(
            () ->
                rounds.submit(
                    "omgang-finns-inte",
                    new Application("sigtuna", "utsatt", "hog", "saknas", "god")))
        .hasMessageContaining("ingen pågående stödomgång");
    assertThat(
            taskService()
                .createTaskQuery()
                .processInstanceId(round.getId())
                .taskDefinitionKey("Task_DecideApplication")
                .count())
        .isZero();
  }

  @Test
  void aBadDeadlineIsRefusedWithAClearMessageAndNoRoundStarts() {
    assertThatThrownBy(() -> rounds.start("omgang-7", Map.of("reportDeadline", "10 juni 2024")))
        .hasMessageContaining("reportDeadline must be a date like 2024-06-10");
    assertThatThrownBy(() -> rounds.start("omgang-7", Map.of("interimReportLead", "fyra månader")))
        .hasMessageContaining("interimReportLead must be an ISO-8601 duration");
    assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("omgang-7")
                .count())
        .isZero();
  }

  /**
   * What prioritiseApplication answers for the application: the task must show exactly that. Which
   * answer belongs to which input is in processes/prioritise-application.examples.csv.
   */
  private static Map<String, Object> tableSays(Application application) {
    return decisionService()
        .evaluateDecisionTableByKey("prioritiseApplication", application.variables())
        .getSingleResult()
        .getEntryMap();
  }

  private static Task decisionTask(ProcessInstance round) {
    return taskService()
        .createTaskQuery()
        .processInstanceId(round.getId())
        .taskDefinitionKey("Task_DecideApplication")
        .list()
        .get(0);
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  private static Date stockholm(LocalDate date) {
    return Date.from(date.atStartOfDay(se.kommunstod.engine.EngineTime.SWEDEN).toInstant());
  }
}
