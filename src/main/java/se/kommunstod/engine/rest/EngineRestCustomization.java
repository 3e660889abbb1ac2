package se.kommunstod.engine.rest;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Adds Kommunstöd's own providers to Camunda's engine REST API (a Jersey application). */
@Component
class EngineRestCustomization implements ResourceConfigCustomizer {

  private final TaskService taskService;
  private final HistoryService historyService;

  EngineRestCustomization(TaskService taskService, HistoryService historyService) {
    this.taskService = taskService;
    this.historyService = historyService;
  }

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    TaskAnswerMappers.all(new TaskAnswerPolicy(() -> taskService, () -> historyService))
        .forEach(config::register);
  }
}
