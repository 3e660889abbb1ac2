package se.kommunstod.lifecycle;

import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The variable history (history level {@code full}: {@code act_hi_varinst} and a row in {@code
 * act_hi_detail} per change) is the audit trail of who entered what. Some variables carry nothing
 * anyone entered, and they were a third of that history's rows in the throughput benchmark
 * (docs/throughput.md): the engine's multi-instance counters, rewritten at every completion of a
 * parallel task (the activity history records each instance already), and the options, tables and
 * texts a task's create listener derives from the records for its form to show, and the records'
 * ids and states the models pass on (the records are the source; the form's own answers keep their
 * history). This plugin keeps those names out of the history, and the creation of a variable an
 * inner scope declares empty ({@link #declaredEmpty}); every other variable event, and every other
 * history event, goes to the engine's handler unchanged. {@code VariableHistoryFilterTest} checks
 * that no form submits a name listed here.
 */
@Component
public class VariableHistoryFilter extends HistoryEventFilter {

  /** Variables whose values no one entered: kept in the runtime tables, not in the history. */
  public static final Set<String> WITHOUT_HISTORY =
      Set.of(
          // the engine's multi-instance counters (actor reports, participant survey)
          "loopCounter",
          "nrOfInstances",
          "nrOfActiveInstances",
          "nrOfCompletedInstances",
          // what create listeners derive from the records for a form to show
          "municipalityAreas",
          "observationRows",
          "observationOptions",
          "prioritisedProblemRows",
          "prioritisedProblemOptions",
          "causeOptions",
          "indicatorOptions",
          // what the plan of an intervention shows of its measure (the action plan holds it)
          "measureDescription",
          "measureProblem",
          "measureCause",
          "measureGoal",
          "measureDueOn",
          "measureOwner",
          "measureIndicator",
          // the records' ids and what the records say of open action items, for the models'
          // gateways and the next listener: the records are the source
          "interventionId",
          "meetingId",
          "hasOpenItems",
          "openActionItems");

  @Override
  boolean recorded(HistoryEvent event) {
    return !(event instanceof HistoricVariableUpdateEventEntity variable
        && (WITHOUT_HISTORY.contains(variable.getVariableName()) || declaredEmpty(variable)));
  }

  /**
   * A variable an inner scope declares without a value: the models' empty input parameters, which
   * keep the answers of parallel tasks (actor reports, survey answers) apart and open each form
   * empty. Its creation says nothing anyone entered, yet cost a row in each history table and an
   * update of one of them per answer (24 per case). The answer, when it comes, is the variable's
   * first history: the engine's handler inserts the {@code act_hi_varinst} row of an update whose
   * row it does not find, and writes the answer's {@code act_hi_detail} row as always.
   */
  static boolean declaredEmpty(HistoricVariableUpdateEventEntity variable) {
    return variable.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && ValueType.NULL.getName().equals(variable.getSerializerName())
        && !Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId());
  }
}
