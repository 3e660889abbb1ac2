package se.kommunstod.lifecycle;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * An engine plugin that keeps some history events from becoming rows ({@link
 * VariableHistoryFilter}, {@link TimerJobLogFilter}): it wraps the engine's history handler, which
 * is given only the events {@link #recorded} lets through; every other event goes to it unchanged.
 */
abstract class HistoryEventFilter extends AbstractProcessEnginePlugin {

  /** Whether the event goes to the engine's handler. */
  abstract boolean recorded(HistoryEvent event);

  @Override
  public final void postInit(ProcessEngineConfigurationImpl configuration) {
    // after init: the engine has built its handler (the database's, plus any custom ones)
    configuration.setHistoryEventHandler(
        new Filtered(configuration.getHistoryEventHandler(), this));
  }

  private record Filtered(HistoryEventHandler delegate, HistoryEventFilter filter)
      implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (filter.recorded(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      delegate.handleEvents(events.stream().filter(filter::recorded).toList());
    }
  }
}
