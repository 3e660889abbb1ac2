package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.kommunstod.support.IntegrationTest;

/** A case started on a model version from before the beans were named after their classes keeps running. */
@IntegrationTest
class FormerBeanNamesIntegrationTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;

  @Test
  void everyFormerNameIsTheBeanItNamedBefore() {
    FormerBeanNames.ALIASES.forEach((former, now) ->
        assertThat(context.getBean(former)).as(former).isSameAs(context.getBean(now)));
  }

  @Test
  void anOldModelsExpressionResolvesInTheEngine() {
    RepositoryService repository = engine.getRepositoryService();
    String deployment = repository.createDeployment().name("former-bean-names")
        .addModelInstance("former-bean-names.bpmn", Bpmn.createExecutableProcess("formerBeanNames")
            .camundaHistoryTimeToLive(1)
            .startEvent().serviceTask().camundaExpression("${execution.setVariable('resolved', "
                + "applications.getClass().getSimpleName())}").userTask().endEvent().done())
        .deploy().getId();
    try {
      RuntimeService runtime = engine.getRuntimeService();
      String instance = runtime.startProcessInstanceByKey("formerBeanNames").getId();
      assertThat((String) runtime.getVariable(instance, "resolved")).startsWith("ApplicationDecisionTasks");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
