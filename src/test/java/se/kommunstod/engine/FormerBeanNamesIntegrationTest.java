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

/**
 * A case started on a model version from before the beans were named after their classes keeps
 * running.
 */
@IntegrationTest
class FormerBeanNamesIntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RunningVersionsCheck runningVersions;

  @Test
  void everyFormerNameIsTheBeanItNamedBefore() {
    FormerBeanNames.ALIASES.forEach(
        (former, now) ->
            assertThat(context.getBean(former)).as(former).isSameAs(context.getBean(now)));
  }

  @Test
  void anOldModelsExpressionResolvesInTheEngine() {
    RepositoryService repository = engine.getRepositoryService();
    String deployment =
        repository
            .createDeployment()
            .name("former-bean-names")
            .addModelInstance(
                "former-bean-names.bpmn",
                Bpmn.createExecutableProcess("formerBeanNames")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .serviceTask()
                    .camundaExpression(
                        "${execution.setVariable('resolved', "
                            + "applications.getClass().getSimpleName())}")
                    .userTask()
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    try {
      RuntimeService runtime = engine.getRuntimeService();
      String instance = runtime.startProcessInstanceByKey("formerBeanNames").getId();
      assertThat((String) runtime.getVariable(instance, "resolved"))
          .startsWith("ApplicationDecisionTasks");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  /**
   * A former name keeps the bean, not its methods: a case on a version calling a removed method is
   * reported.
   */
  @Test
  void aRunningVersionCallingARemovedMethodIsReported() {
    RepositoryService repository = engine.getRepositoryService();
    String deployment =
        repository
            .createDeployment()
            .name("removed-method")
            .addModelInstance(
                "removed-method.bpmn",
                Bpmn.createExecutableProcess("removedMethod")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("Task_Agenda")
                    .camundaTaskListenerExpression("complete", "${meetings.agenda(task)}")
                    .endEvent()
                    .done())
            .deploy()
            .getId();
    try {
      assertThat(runningVersions.check()).noneMatch(broken -> broken.key().equals("removedMethod"));
      engine.getRuntimeService().startProcessInstanceByKey("removedMethod");
      assertThat(runningVersions.check())
          .filteredOn(broken -> broken.key().equals("removedMethod"))
          .singleElement()
          .satisfies(
              broken -> {
                assertThat(broken.runningCases()).isEqualTo(1);
                assertThat(broken.problems())
                    .singleElement()
                    .asString()
                    .contains(
                        "${meetings.agenda(…)}", "has no public method agenda with 1 argument(s)");
              });
      // the application's own versions with running cases all resolve
      assertThat(runningVersions.check())
          .extracting(RunningVersionsCheck.Broken::key)
          .doesNotContain("supportCase", "programme", "cooperationMeeting", "intervention");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }
}
