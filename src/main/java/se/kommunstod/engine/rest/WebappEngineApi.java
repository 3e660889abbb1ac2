package se.kommunstod.engine.rest;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tasklist's own engine API gives the same answers as the engine REST API when two people complete
 * one task, or claims or saves one that has ended ({@link TaskAnswerPolicy}: 409 with a Swedish
 * message instead of Camunda's 500 or 403).
 *
 * <p>Tasklist does not use {@code /engine-rest}: it completes tasks through {@code
 * <application-path>/api/engine/engine/default/task/{id}/submit-form} (and {@code /complete}), a
 * separate Jersey application ({@link EngineRestApplication}) that the Camunda webapp starter
 * registers as the servlet {@value #SERVLET_NAME}. Its initializer keeps a servlet of that name
 * that is already registered, so this registers it first, with the same application, path and
 * Jersey servlet, plus the policy's exception mappers. Nothing else of the webapp changes: its
 * filters (authentication, CSRF, engines) apply by path as before.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class WebappEngineApi implements ServletContextInitializer, Ordered {

  /**
   * The name under which the webapp starter (CamundaBpmWebappInitializer) registers the servlet.
   */
  static final String SERVLET_NAME = "Engine Api";

  private final CamundaBpmProperties properties;
  private final ObjectProvider<TaskService> taskService;
  private final ObjectProvider<HistoryService> historyService;

  // ObjectProvider: initializers are created with the web server, before the process engine may be
  WebappEngineApi(
      CamundaBpmProperties properties,
      ObjectProvider<TaskService> taskService,
      ObjectProvider<HistoryService> historyService) {
    this.properties = properties;
    this.taskService = taskService;
    this.historyService = historyService;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE; // before the webapp starter's initializer
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    ResourceConfig application = ResourceConfig.forApplication(new EngineRestApplication());
    TaskAnswerMappers.all(new TaskAnswerPolicy(taskService::getObject, historyService::getObject))
        .forEach(application::register);
    ServletRegistration.Dynamic servlet =
        servletContext.addServlet(SERVLET_NAME, new ServletContainer(application));
    servlet.addMapping(path());
  }

  /**
   * Where the webapp starter maps it: {@code /camunda/api/engine/*} with the default application
   * path.
   */
  String path() {
    return properties.getWebapp().getApplicationPath() + "/api/engine/*";
  }
}
