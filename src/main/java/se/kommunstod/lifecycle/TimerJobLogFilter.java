package se.kommunstod.lifecycle;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * The job log ({@code act_hi_job_log}, history level {@code full}) without a timer's creation and
 * deletion. Most of a case's steps have an escalation timer ("Har stannat", nine per case): it is
 * created with the step and deleted when the step is done, almost always before it is due. Each
 * wrote a job-log row when created and another when deleted, rows that say only that the step
 * existed, which the activity and task history say with its times: 22 per case with the meeting
 * cycle and the follow-up interval, about one per task (docs/throughput.md, "Stop 33"). A timer
 * that fires keeps its log: its execution, or its failure with the exception, which is what an
 * operator looks for in Cockpit. Jobs other than timers (asynchronous continuations, batches) keep
 * every entry.
 */
@Component
public class TimerJobLogFilter extends HistoryEventFilter {

  /** The prefix of the engine's timer job handlers' types ({@code timer-transition}, …). */
  static final String TIMER_TYPE_PREFIX = "timer-";

  @Override
  boolean recorded(HistoryEvent event) {
    return !(event instanceof HistoricJobLogEvent log
        && (log.isCreationLog() || log.isDeletionLog())
        && log.getJobDefinitionType() != null
        && log.getJobDefinitionType().startsWith(TIMER_TYPE_PREFIX));
  }
}
