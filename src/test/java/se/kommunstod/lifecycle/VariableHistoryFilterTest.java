package se.kommunstod.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.assessment.SituationPictureTasks;
import se.kommunstod.process.CooperationMeetingProcess;
import se.kommunstod.process.InterventionProcess;
import se.kommunstod.process.ProcessContracts;
import se.kommunstod.process.ProgrammeProcess;
import se.kommunstod.process.SupportCaseProcess;
import se.kommunstod.process.Variable;
import se.kommunstod.support.IntegrationTest;

/**
 * The variables {@link VariableHistoryFilter} keeps out of the history are none that a form submits
 * (what people enter keeps its history), and the filter works on the real engine: the runtime has
 * the value, the history has everything else of the instance but not that; a parallel answer
 * declared empty has its history from the answer on.
 */
@IntegrationTest
class VariableHistoryFilterTest {

  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @Test
  void noFormSubmitsAVariableWithoutHistory() {
    for (String key :
        List.of(
            SupportCaseProcess.KEY,
            CooperationMeetingProcess.KEY,
            InterventionProcess.KEY,
            ProgrammeProcess.KEY)) {
      ProcessContracts.of(key)
          .orElseThrow()
          .forms()
          .forEach(
              (task, form) ->
                  assertThat(form.stream().map(Variable::name))
                      .as("the form of %s.%s", key, task)
                      .doesNotContainAnyElementsOf(VariableHistoryFilter.WITHOUT_HISTORY));
    }
  }

  @Test
  void aParallelAnswerDeclaredEmptyHasItsHistoryFromTheAnswerOn() {
    String meetingId =
        MeetingAtItsActorReports.start(runtimeService, "history-filter-empty-" + UUID.randomUUID());
    List<VariableInstance> declared =
        runtimeService
            .createVariableInstanceQuery()
            .processInstanceIdIn(meetingId)
            .variableName("actorReport")
            .list();
    assertThat(declared).hasSizeGreaterThan(1).allSatisfy(v -> assertThat(v.getValue()).isNull());
    assertThat(actorReportHistory(meetingId)).isEmpty();
    assertThat(actorReportDetails(meetingId)).isEmpty();

    String answered = declared.get(0).getExecutionId();
    String removed = declared.get(1).getExecutionId();
    runtimeService.setVariableLocal(answered, "actorReport", "Polisen har gjort sin del");
    // one removed unanswered: no history row to mark, and no error
    runtimeService.removeVariableLocal(removed, "actorReport");

    assertThat(actorReportHistory(meetingId))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getValue()).isEqualTo("Polisen har gjort sin del");
              assertThat(v.getExecutionId()).isEqualTo(answered);
              assertThat(v.getState()).isEqualTo(HistoricVariableInstance.STATE_CREATED);
            });
    assertThat(actorReportDetails(meetingId, answered))
        .singleElement()
        .satisfies(d -> assertThat(d.getValue()).isEqualTo("Polisen har gjort sin del"));
    // the removal is an event of its own (the engine writes a detail for it), the declaration not
    assertThat(actorReportDetails(meetingId, removed)).hasSize(1);
  }

  private List<HistoricVariableInstance> actorReportHistory(String processInstanceId) {
    return historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableName("actorReport")
        .list();
  }

  private List<HistoricVariableUpdate> actorReportDetails(
      String processInstanceId, String executionId) {
    return actorReportDetails(processInstanceId).stream()
        .filter(d -> d.getExecutionId().equals(executionId))
        .toList();
  }

  private List<HistoricVariableUpdate> actorReportDetails(String processInstanceId) {
    return variableUpdates(processInstanceId).stream()
        .filter(d -> d.getVariableName().equals("actorReport"))
        .toList();
  }

  private List<HistoricVariableUpdate> variableUpdates(String processInstanceId) {
    return historyService
        .createHistoricDetailQuery()
        .processInstanceId(processInstanceId)
        .variableUpdates()
        .list()
        .stream()
        .map(HistoricVariableUpdate.class::cast)
        .toList();
  }

  @Test
  void derivedOptionsAndMultiInstanceCountersStayOutOfTheHistory() {
    String businessKey = "history-filter-" + UUID.randomUUID();
    String caseId =
        runtimeService
            .startProcessInstanceByKey(
                SupportCaseProcess.KEY, businessKey, Map.of("municipalityCode", "linkoping"))
            .getId();
    // the situation pictures' create listeners leave the areas for the forms
    assertThat(runtimeService.getVariable(caseId, SituationPictureTasks.AREA_OPTIONS)).isNotNull();
    String meetingId = MeetingAtItsActorReports.start(runtimeService, businessKey);
    assertThat(
            runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(meetingId)
                .variableName("nrOfInstances")
                .count())
        .isOne();

    for (String instance : List.of(caseId, meetingId)) {
      assertThat(
              historyService
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(instance)
                  .variableNameIn(VariableHistoryFilter.WITHOUT_HISTORY.toArray(String[]::new))
                  .count())
          .isZero();
      assertThat(
              variableUpdates(instance).stream()
                  .map(HistoricVariableUpdate::getVariableName)
                  .toList())
          .isNotEmpty()
          .doesNotContainAnyElementsOf(VariableHistoryFilter.WITHOUT_HISTORY);
      // what the case was started with keeps its history
      assertThat(
              historyService
                  .createHistoricVariableInstanceQuery()
                  .processInstanceId(instance)
                  .variableName("municipalityCode")
                  .count())
          .isOne();
    }
  }
}
