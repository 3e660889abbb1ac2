package se.kommunstod.engine.rest;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Adds Kommunstöd's own providers to Camunda's engine REST API (a Jersey application). */
@Component
class EngineRestCustomization implements ResourceConfigCustomizer {

  private final HistoryService historyService;

  EngineRestCustomization(HistoryService historyService) {
    this.historyService = historyService;
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    TaskCompletionAnswers conflicts = new TaskCompletionAnswers(() -> historyService);
    config.register(new TaskConflictMapper.ForRestExceptions(conflicts));
    config.register(new TaskConflictMapper.ForUnexpectedExceptions(conflicts));
  }
}
