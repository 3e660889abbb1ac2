package se.kommunstod.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.process.SupportCaseProcess.KickOff;
import se.kommunstod.process.SupportCaseProcess.SituationPicturePolice;
import se.kommunstod.process.Variable;
import se.kommunstod.support.IntegrationTest;

/**
 * The rule "every variable a listener reads is a key of that task's form", as {@link
 * ProcessInput} enforces it on a real task of the real model: its own form's variables and the
 * model's are read; another task's form variable or a name no contract has fails loudly.
 */
@IntegrationTest
class ProcessInputContractTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ProcessEngineConfigurationImpl engine;

  @Test
  void aTasksListenerReadsOnlyItsOwnFormsAndItsModelsVariables() {
    String caseId =
        runtimeService
            .startProcessInstanceByKey(
                SupportCaseProcess.KEY,
                "stod-kontrakt-" + System.nanoTime(),
                Map.of("municipalityCode", "linkoping"))
            .getId();
    String taskId =
        taskService
            .createTaskQuery()
            .processInstanceId(caseId)
            .taskDefinitionKey(SituationPicturePolice.ID)
            .singleResult()
            .getId();
    taskService.setVariable(
        taskId, SituationPicturePolice.SITUATION_PICTURE_POLICE.name(), "Otrygghet vid torget.");

    asListener(
        taskId,
        input -> {
          assertThat(input.string(SituationPicturePolice.SITUATION_PICTURE_POLICE))
              .isEqualTo("Otrygghet vid torget.");
          assertThat(input.rows(SituationPicturePolice.SITUATION_PICTURE_POLICE_OBSERVATIONS))
              .isEmpty();
          assertThat(input.string(SupportCaseProcess.Variables.MUNICIPALITY_CODE))
              .isEqualTo("linkoping");
          // what code declares it left, and an earlier form's key, are read too
          assertThat(input.number(Variable.leftByCode("someRecordId", Long.class))).isNull();
          assertThat(input.string(Variable.formerFormKey("situationSummary", String.class)))
              .isNull();

          assertThatThrownBy(() -> input.string(KickOff.ACTIVITY_PLAN))
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("supportCase.Task_SituationPicturePolice")
              .hasMessageContaining("'activityPlan'");
          assertThatThrownBy(() -> input.has(new Variable<>("madeUp", String.class)))
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("'madeUp'");
        });
  }

  private void asListener(String taskId, Consumer<ProcessInput> reading) {
    engine
        .getCommandExecutorTxRequired()
        .execute(
            commandContext -> {
              TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
              reading.accept(ProcessInput.of(task));
              return null;
            });
  }
}
