package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An intervention: method suggested by DMN, plan, periodic follow-up loop, outcome. */
@Deployment(resources = {"processes/intervention.bpmn", "processes/suggest-method.dmn"})
class InterventionProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = LifecycleCoverage.extension();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(new Date(1_750_000_000_000L));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * The business rule task hands the table's answer to the plan; what the table answers for which
   * problem is in processes/suggest-method.examples.csv (DecisionExamplesTest), not here.
   */
  @Test
  void theMethodTablesSuggestionReachesThePlan() {
    ProcessInstance intervention = start("youth-recruitment");
    Object tableSays =
        decisionService()
            .evaluateDecisionTableByKey("suggestMethod", Map.of("focusArea", "youth-recruitment"))
            .getSingleResult()
            .getSingleEntry();
    assertThat(intervention)
        .isWaitingAt("Task_PlanIntervention")
        .variables()
        .containsEntry("suggestedMethod", tableSays)
        // pre-selected in the plan's form, whose field has the same name
        .containsEntry("method", tableSays);
  }

  /**
   * The case gives each intervention the title of its measure; every task's name says which and
   * whose it is.
   */
  @Test
  void everyTaskNameCarriesTheInterventionsTitleAndTheMunicipality() {
    ProcessInstance intervention =
        runtimeService()
            .startProcessInstanceByKey(
                "intervention",
                "stod-sodertalje",
                Map.of(
                    "municipalityCode",
                    "sodertalje",
                    "municipalityName",
                    "Södertälje kommun",
                    "focusArea",
                    "situational-prevention",
                    "interventionTitle",
                    "Trygghetsvandringar i Hovsjö",
                    "measureNumber",
                    "2"));
    assertThat(task(intervention).getName())
        .isEqualTo("Planera insats: Trygghetsvandringar i Hovsjö – Södertälje kommun");
    execute(timer(intervention, "Boundary_EscalatePlan"));
    assertThat(taskOf("Task_EscalatePlan").getName())
        .isEqualTo(
            "Eskalera: insatsplanen dröjer (Trygghetsvandringar i Hovsjö) – Södertälje kommun");
    complete(
        taskOf("Task_PlanIntervention"),
        withVariables(
            "method",
            "situational",
            "ownerOrganisation",
            "housing-company",
            "interventionPlan",
            "Vandringar varje månad"));
    execute(timer(intervention, "Timer_FollowUpDue"));
    assertThat(taskOf("Task_FollowUpIntervention").getName())
        .isEqualTo("Följ upp insats: Trygghetsvandringar i Hovsjö – Södertälje kommun");
    complete(
        taskOf("Task_FollowUpIntervention"),
        withVariables("followUpNotes", "Klart", "interventionFinished", true));
    assertThat(taskOf("Task_RecordOutcome").getName())
        .isEqualTo(
            "Dokumentera insatsens resultat: Trygghetsvandringar i Hovsjö – Södertälje kommun");
    assertThat(RecordsOutOfScope.CALLS)
        .contains("interventionTasks.prepare(Task_PlanIntervention)");
  }

  @Test
  void followUpsRecurUntilTheOwnerReportsTheInterventionFinished() {
    ProcessInstance intervention = start("leaving-crime");
    assertThat(task(intervention)).hasCandidateGroup("municipality");
    assertThat(task(intervention).getDueDate())
        .isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + days(21)));
    complete(
        task(intervention),
        withVariables(
            "method",
            "gvi",
            "ownerOrganisation",
            "police",
            "interventionPlan",
            "Sluta skjut i området"));

    // the follow-up waits for the interval of the model's followUpInterval property (P30D)
    assertThat(intervention).isWaitingAt("Timer_FollowUpDue");
    assertThat(timer(intervention, "Timer_FollowUpDue").getDuedate())
        .isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + days(30)));
    execute(timer(intervention, "Timer_FollowUpDue"));
    assertThat(task(intervention))
        .hasDefinitionKey("Task_FollowUpIntervention")
        .hasCandidateGroup("police");
    complete(
        task(intervention),
        withVariables(
            "followUpNotes", "Första samtalen genomförda", "interventionFinished", false));

    // the loop: back to the timer for the next follow-up
    execute(timer(intervention, "Timer_FollowUpDue"));
    complete(
        task(intervention), withVariables("followUpNotes", "Klart", "interventionFinished", true));

    assertThat(task(intervention))
        .hasDefinitionKey("Task_RecordOutcome")
        .hasCandidateGroup("police");
    complete(
        task(intervention),
        withVariables("outcomeRating", "delvis", "outcome", "Färre skjutningar"));
    assertThat(intervention)
        .hasPassedInOrder(
            "Task_FollowUpIntervention", "Task_FollowUpIntervention", "Task_RecordOutcome")
        .isEnded();
  }

  @Test
  void aStalledPlanAndAStalledFollowUpAreEscalatedToTheAdvisor() {
    ProcessInstance intervention = start("situational-prevention");
    execute(timer(intervention, "Boundary_EscalatePlan"));
    assertThat(taskOf("Task_EscalatePlan")).hasCandidateGroup("bra");
    complete(taskOf("Task_EscalatePlan"), withVariables("escalationNote", "Kommunen påmind"));
    complete(
        taskOf("Task_PlanIntervention"),
        withVariables(
            "method",
            "est",
            "ownerOrganisation",
            "municipality",
            "interventionPlan",
            "EST-grupp varje vecka"));

    execute(timer(intervention, "Timer_FollowUpDue"));
    execute(timer(intervention, "Boundary_EscalateFollowUp"));
    complete(
        taskOf("Task_EscalateFollowUp"), withVariables("escalationNote", "Uppföljningen påmind"));
    assertThat(intervention)
        .hasPassed("End_EscalatedPlan", "End_EscalatedFollowUp")
        .isWaitingAt("Task_FollowUpIntervention");
  }

  private static ProcessInstance start(String focusArea) {
    return runtimeService()
        .startProcessInstanceByKey(
            "intervention",
            "stod-sodertalje",
            Map.of("municipalityCode", "sodertalje", "focusArea", focusArea));
  }

  private static Job timer(ProcessInstance instance, String activityId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
  }

  private static long days(int days) {
    return days * 24L * 3600 * 1000;
  }

  static org.camunda.bpm.engine.task.Task taskOf(String key) {
    return taskService().createTaskQuery().taskDefinitionKey(key).singleResult();
  }
}
