package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cooperation meeting: agenda, follow-up of open items, each actor's report, decisions. */
@Deployment(resources = "processes/cooperation-meeting.bpmn")
class CooperationMeetingProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = LifecycleCoverage.extension();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  @Test
  void openItemsOfTheLastMeetingAreFollowedUpAndEachActorReports() {
    ProcessInstance meeting = start(true);
    assertThat(task(meeting))
        .hasDefinitionKey("Task_PrepareAgenda")
        .hasCandidateGroup("municipality");
    complete(
        task(meeting), withVariables("meetingDate", "2026-12-01", "agenda", "Läget i centrum"));

    assertThat(task(meeting)).hasDefinitionKey("Task_FollowUpOpenItems");
    complete(task(meeting), withVariables("openItemsStatus", "Belysningen är åtgärdad"));

    reportFromEveryActor(meeting);

    assertThat(task(meeting)).hasDefinitionKey("Task_RecordDecisions");
    complete(
        task(meeting),
        withVariables(
            "meetingDecisions",
            "Gemensam trygghetsvandring",
            "actionItems",
            "Trygghetsvandring – kommunen – 2027-01-15",
            "openActionItems",
            true));
    assertThat(meeting).isEnded().variables().containsEntry("openActionItems", true);
  }

  @Test
  void withoutOpenItemsTheMeetingGoesStraightToTheReports() {
    ProcessInstance meeting = start(false);
    complete(task(meeting), withVariables("meetingDate", "2026-12-01", "agenda", "Första mötet"));
    assertThat(meeting).hasNotPassed("Task_FollowUpOpenItems").isWaitingAt("Task_ActorReport");
  }

  @Test
  void missingReportsAreEscalatedToTheAdvisor() {
    ProcessInstance meeting = start(false);
    complete(task(meeting), withVariables("meetingDate", "2026-12-01", "agenda", "Läget"));
    execute(
        managementService()
            .createJobQuery()
            .processInstanceId(meeting.getId())
            .activityId("Boundary_EscalateActorReport")
            .singleResult());
    Task escalation =
        taskService()
            .createTaskQuery()
            .taskDefinitionKey("Task_EscalateActorReport")
            .singleResult();
    assertThat(escalation).hasCandidateGroup("bra");
    complete(escalation, withVariables("escalationNote", "Polisen påmind"));
    reportFromEveryActor(meeting);
    complete(task(meeting), withVariables("meetingDecisions", "Inga", "openActionItems", false));
    assertThat(meeting).hasPassed("End_EscalatedActorReport").isEnded();
  }

  private static void reportFromEveryActor(ProcessInstance meeting) {
    List<Task> reports =
        taskService()
            .createTaskQuery()
            .processInstanceId(meeting.getId())
            .taskDefinitionKey("Task_ActorReport")
            .list();
    assertThat(reports).hasSize(4);
    assertThat(reports).allSatisfy(report -> assertThat(report.getDueDate()).isNotNull());
    for (String group : List.of("municipality", "police", "social-services", "housing-company")) {
      Task report =
          taskService()
              .createTaskQuery()
              .processInstanceId(meeting.getId())
              .taskDefinitionKey("Task_ActorReport")
              .taskCandidateGroup(group)
              .singleResult();
      complete(report, withVariables("actorReport", "Rapport från " + group));
    }
    // each report stayed with its own task instead of overwriting the others
    assertThat(runtimeService().getVariables(meeting.getId())).doesNotContainKey("actorReport");
  }

  private static ProcessInstance start(boolean openItems) {
    return runtimeService()
        .startProcessInstanceByKey(
            "cooperationMeeting",
            "stod-linkoping",
            Map.of(
                "municipalityCode",
                "linkoping",
                "municipalityName",
                "Linköpings kommun",
                "hasOpenItems",
                openItems));
  }
}
