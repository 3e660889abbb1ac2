package se.kommunstod.lifecycle;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history handler, given only the events a filter records ({@link
 * VariableHistoryFilter}, {@link TimerJobLogFilter}); every other event is dropped before it
 * becomes a row.
 */
record FilteredHistoryEventHandler(HistoryEventHandler delegate, Predicate<HistoryEvent> recorded)
    implements HistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (recorded.test(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    delegate.handleEvents(events.stream().filter(recorded).toList());
  }
}
