package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.process.CooperationMeetingProcess;
import se.kommunstod.support.IntegrationTest;

/**
 * On the real engine: the escalation timers of a meeting's actor reports leave no job-log rows for
 * being created and deleted, the one that fires keeps the row of its execution, and a job that is
 * not a timer (a batch's seed job) keeps its creation.
 */
@IntegrationTest
class TimerJobLogFilterTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void aTimerKeepsOnlyTheLogOfItsExecution() {
    String firing = meetingAtItsActorReports();
    String deleted = meetingAtItsActorReports();
    Job fired = escalationTimer(firing);
    escalationTimer(deleted);

    managementService.executeJob(fired.getId());
    runtimeService.deleteProcessInstance(firing, "test ends");
    // its timer is deleted with it, never due
    runtimeService.deleteProcessInstance(deleted, "test ends");

    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(firing).list())
        .singleElement()
        .satisfies(
            log -> {
              assertThat(log.isSuccessLog()).isTrue();
              assertThat(log.getJobId()).isEqualTo(fired.getId());
              assertThat(log.getJobDefinitionType())
                  .startsWith(TimerJobLogFilter.TIMER_TYPE_PREFIX);
            });
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(deleted).count())
        .isZero();
  }

  /** The actor reports' escalation timer ("Har stannat"), created with the reports. */
  private Job escalationTimer(String meetingId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(meetingId)
            .activityId(CooperationMeetingProcess.BOUNDARY_ESCALATE_ACTOR_REPORT)
            .singleResult();
    assertThat(timer).isNotNull();
    return timer;
  }

  @Test
  void aJobThatIsNoTimerKeepsItsCreation() {
    String meetingId = meetingAtItsActorReports();
    Batch batch =
        runtimeService.deleteProcessInstancesAsync(List.of(meetingId), "test of the job log");
    try {
      assertThat(
              historyService
                  .createHistoricJobLogQuery()
                  .jobDefinitionId(batch.getSeedJobDefinitionId())
                  .list())
          .extracting(HistoricJobLog::isCreationLog)
          .containsExactly(true);
    } finally {
      managementService.deleteBatch(batch.getId(), true);
      runtimeService.deleteProcessInstance(meetingId, "test ends");
    }
  }

  private String meetingAtItsActorReports() {
    return MeetingAtItsActorReports.start(runtimeService, "job-log-filter-" + UUID.randomUUID());
  }
}
