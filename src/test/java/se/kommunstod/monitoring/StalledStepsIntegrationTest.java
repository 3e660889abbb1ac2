package se.kommunstod.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.support.IntegrationTest;

/**
 * Each kind of stall is detected, and nothing else: on the real engine and PostgreSQL, with
 * instances started "ten days ago" (engine clock) and the job executor off.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StalledStepsIntegrationTest {

  static final Instant NOW = Instant.now();
  static final Instant TEN_DAYS_AGO = NOW.minus(Duration.ofDays(10));

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired StalledSteps stalledSteps;
  @Autowired MonitoringMetrics metrics;
  @Autowired MeterRegistry meters;

  @BeforeAll
  void startInstances() {
    repositoryService
        .createDeployment()
        .name("monitoring-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("monitoring/tasks.bpmn")
        .addClasspathResource("monitoring/incident.bpmn")
        .addClasspathResource("monitoring/timer.bpmn")
        .addClasspathResource("monitoring/message.bpmn")
        .deploy();
    ClockUtil.setCurrentTime(Date.from(TEN_DAYS_AGO));
    try {
      for (String municipality : List.of("linkoping", "sodertalje")) {
        start("monitoringTestTasks", municipality);
        start("monitoringTestMessage", municipality);
      }
      start("monitoringTestTimer", "linkoping");
    } finally {
      ClockUtil.reset();
    }
    String incidentInstance = start("monitoringTestIncident", "linkoping");
    Job failing =
        managementService
            .createJobQuery()
            .processInstanceId(incidentInstance)
            .activityId("Task_Failing")
            .singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        managementService.executeJob(failing.getId());
      } catch (RuntimeException expected) {
        // the expression names no bean: the job fails, and after its last retry raises an incident
      }
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void userTasksPastTheirDueDateOrIdleLimitAreStalledAndNoOthers() {
    List<StalledStep> stalled =
        stalled(new StallFilter("linkoping", "monitoringTestTasks", null, null, null));

    assertThat(stalled)
        .extracting(
            StalledStep::kind, StalledStep::step, StalledStep::role, StalledStep::daysPastLimit)
        .containsExactly(
            // created ten days ago with stallAfter P3D: idle since seven days
            tuple(StallKind.USER_TASK, "Task_IdleLimit", "police", 7L),
            // due five days ago
            tuple(StallKind.USER_TASK, "Task_PastDue", "municipality", 5L));
    StalledStep idle = stalled.get(0);
    assertThat(idle.stepName()).isEqualTo("Vilande uppgift");
    assertThat(idle.municipalityName()).isEqualTo("Linköpings kommun");
    assertThat(idle.process()).isEqualTo("monitoringTestTasks");
    assertThat(idle.since())
        .isEqualTo(TEN_DAYS_AGO.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(idle.link()).endsWith("/camunda/app/tasklist/default/#/?task=" + idle.id());
    assertThat(idle.cockpitLink())
        .endsWith(
            "/camunda/app/cockpit/default/#/process-instance/"
                + idle.processInstanceId()
                + "/runtime");
  }

  @Test
  void anIncidentIsStalledButAJobWaitingForTheExecutorIsNot() {
    assertThat(stalled(new StallFilter(null, "monitoringTestIncident", null, null, null)))
        .extracting(
            StalledStep::kind, StalledStep::step, StalledStep::stepName, StalledStep::municipality)
        .containsExactly(
            tuple(StallKind.INCIDENT, "Task_Failing", "Misslyckad tjänst", "linkoping"));
  }

  @Test
  void aTimerPastItsDueDateIsStalledButAFutureOneIsNot() {
    assertThat(stalled(new StallFilter(null, "monitoringTestTimer", null, null, null)))
        .extracting(StalledStep::kind, StalledStep::step, StalledStep::link)
        .singleElement()
        .satisfies(step -> assertThat(step.toList().get(0)).isEqualTo(StallKind.TIMER))
        .satisfies(step -> assertThat(step.toList().get(1)).isEqualTo("Timer_Overdue"))
        .satisfies(
            step -> assertThat((String) step.toList().get(2)).contains("/camunda/app/cockpit/"));
  }

  @Test
  void aMessageWaitedForPastItsLimitIsStalledButNotOneInsideItNorAnOptionalOne() {
    assertThat(stalled(new StallFilter("linkoping", "monitoringTestMessage", null, null, null)))
        .extracting(StalledStep::kind, StalledStep::step, StalledStep::daysPastLimit)
        // waiting for ten days, limit two days
        .containsExactly(tuple(StallKind.MESSAGE, "Message_Overdue", 8L));
  }

  @Test
  void filtersByStepRoleAndMinimumAge() {
    assertThat(stalled(new StallFilter(null, "monitoringTestTasks", "Task_PastDue", null, null)))
        .extracting(StalledStep::step, StalledStep::municipality)
        .containsExactlyInAnyOrder(
            tuple("Task_PastDue", "linkoping"), tuple("Task_PastDue", "sodertalje"));
    assertThat(stalled(new StallFilter(null, "monitoringTestTasks", null, "police", null)))
        .extracting(StalledStep::step)
        .containsExactly("Task_IdleLimit", "Task_IdleLimit");
    assertThat(stalled(new StallFilter("linkoping", "monitoringTestTasks", null, null, 6)))
        .extracting(StalledStep::step)
        .containsExactly("Task_IdleLimit");
    assertThat(stalled(new StallFilter(null, "noSuchProcess", null, null, null))).isEmpty();
  }

  @Test
  void pagesAreWorstFirstAndSayWhetherMoreFollow() {
    StallFilter tasks = new StallFilter(null, "monitoringTestTasks", null, null, null);
    StalledSteps.Page first = stalledSteps.page(tasks, null, 0, 3);
    StalledSteps.Page second = stalledSteps.page(tasks, null, 1, 3);
    assertThat(first.items()).hasSize(3);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items()).hasSize(1);
    assertThat(second.hasMore()).isFalse();
    assertThat(stalledSteps.count(tasks, null)).isEqualTo(4);
    assertThat(first.items().get(0).stalledAt())
        .isBeforeOrEqualTo(first.items().get(2).stalledAt());
    assertThat(first.items().get(2).stalledAt())
        .isBeforeOrEqualTo(second.items().get(0).stalledAt());
  }

  @Test
  void countsPerStepAndMunicipalityWithAgeBuckets() {
    Map<String, long[]> buckets = new HashMap<>();
    for (StalledSteps.Count count :
        stalledSteps.counts(new StallFilter(null, null, null, null, null), null)) {
      if (count.process() != null
          && count.process().startsWith("monitoringTest")
          && "linkoping".equals(count.municipality())) {
        buckets.merge(count.step(), count.buckets(), (a, b) -> a);
        assertThat(count.count()).isEqualTo(1);
      }
    }
    assertThat(buckets)
        .containsOnlyKeys(
            "Task_PastDue", "Task_IdleLimit", "Task_Failing", "Timer_Overdue", "Message_Overdue");
    assertThat(buckets.get("Task_PastDue")).containsExactly(1, 0, 0, 0);
    assertThat(buckets.get("Message_Overdue")).containsExactly(0, 1, 0, 0);
    assertThat(buckets.get("Timer_Overdue")).containsExactly(0, 0, 0, 1);
  }

  @Test
  void gaugesShowOpenTasksStalledStepsIncidentsAndJobBacklog() {
    metrics.refresh();
    assertThat(
            gauge(
                "kommunstod.steps.stalled",
                "kind",
                "user_task",
                "municipality",
                "linkoping",
                "process",
                "monitoringTestTasks",
                "step",
                "Task_IdleLimit"))
        .isEqualTo(1.0);
    assertThat(
            gauge(
                "kommunstod.steps.stalled",
                "kind",
                "incident",
                "municipality",
                "linkoping",
                "process",
                "monitoringTestIncident",
                "step",
                "Task_Failing"))
        .isEqualTo(1.0);
    assertThat(meters.find("kommunstod.steps.stalled").tag("step", "Task_WithinLimit").gauges())
        .isEmpty();
    // four user tasks per started task instance, one in the message process
    assertThat(gauge("kommunstod.tasks.open", "municipality", "sodertalje"))
        .isGreaterThanOrEqualTo(5.0);
    assertThat(gauge("kommunstod.incidents.open")).isGreaterThanOrEqualTo(1.0);
    // the job of Task_NotYetRun waits for the (switched off) job executor
    assertThat(gauge("kommunstod.jobs.due")).isGreaterThanOrEqualTo(1.0);
  }

  private double gauge(String name, String... tags) {
    return meters.get(name).tags(tags).gauge().value();
  }

  private List<StalledStep> stalled(StallFilter filter) {
    return stalledSteps.page(filter, null, 0, 50).items();
  }

  private String start(String process, String municipality) {
    return runtimeService
        .startProcessInstanceByKey(
            process,
            process + "-" + municipality,
            Map.of(
                "municipalityCode", municipality,
                "due", Date.from(NOW.minus(Duration.ofDays(5))),
                "later", Date.from(NOW.plus(Duration.ofDays(10)))))
        .getId();
  }
}
