package se.kommunstod.lifecycle;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The job log ({@code act_hi_job_log}, history level {@code full}) without a timer's creation and
 * deletion. Every user task but a few has an escalation timer ("Har stannat"): it is created with
 * the task and deleted when the task is done, which is almost always before it is due. That wrote
 * two job-log rows per task that say only that a task existed (22 per case, a job-log row for every
 * task completed in the throughput benchmark, docs/throughput.md), and the activity and task
 * history already say when each task began and ended. A timer that fires keeps its log: its
 * execution, or its failure with the exception, which is what an operator looks for in Cockpit.
 * Jobs other than timers (asynchronous continuations, batches) keep every entry.
 */
@Component
public class TimerJobLogFilter extends AbstractProcessEnginePlugin {

  /** The prefix of the engine's timer job handlers' types ({@code timer-transition}, …). */
  static final String TIMER_TYPE_PREFIX = "timer-";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filtering(configuration.getHistoryEventHandler()));
  }

  static boolean recorded(HistoryEvent event) {
    return !(event instanceof HistoricJobLogEvent log
        && (log.isCreationLog() || log.isDeletionLog())
        && log.getJobDefinitionType() != null
        && log.getJobDefinitionType().startsWith(TIMER_TYPE_PREFIX));
  }

  /** The engine's handler, given only the events that are recorded. */
  record Filtering(HistoryEventHandler delegate) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (recorded(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      delegate.handleEvents(events.stream().filter(TimerJobLogFilter::recorded).toList());
    }
  }
}
