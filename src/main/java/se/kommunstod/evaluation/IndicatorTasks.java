package se.kommunstod.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.FormRow;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.process.SupportCaseProcess.FollowUpIndicators;

/**
 * The indicators' follow-up in {@code supportCase}: when the task is created, {@code
 * ${indicatorTasks.listIndicators(task)}} gives its form the case's indicators (the options of each
 * row's indicator, one pre-filled row per indicator, and the values recorded so far); on completion
 * {@code ${indicatorTasks.followUp(task)}} records every filled row as a dated value and the
 * overall development on the case's evaluation.
 */
@Component
public class IndicatorTasks {

  static final String OPTIONS = "indicatorOptions";

  private final IndicatorService indicators;
  private final CaseEvaluationService evaluations;

  public IndicatorTasks(IndicatorService indicators, CaseEvaluationService evaluations) {
    this.indicators = indicators;
    this.evaluations = evaluations;
  }

  /** Task_FollowUpIndicators (create). */
  public void listIndicators(DelegateTask task) {
    TaskRecording.refusingInvalidInput(
        () -> {
          List<Map<String, Object>> options = new ArrayList<>();
          List<Map<String, Object>> rows = new ArrayList<>();
          StringBuilder history = new StringBuilder();
          for (Indicator indicator :
              indicators.indicators(task.getExecution().getProcessBusinessKey())) {
            options.add(Map.of("value", indicator.getId().toString(), "label", label(indicator)));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicatorId", indicator.getId().toString());
            rows.add(row);
            history.append(label(indicator));
            if (indicator.getBaseline() != null) {
              history.append(", utgångsläge ").append(plain(indicator.getBaseline()));
            }
            if (indicator.getTarget() != null) {
              history.append(", mål ").append(plain(indicator.getTarget()));
            }
            history.append(": ");
            history.append(
                indicator.getValues().isEmpty()
                    ? "inga värden ännu"
                    : String.join(
                        "; ",
                        indicator.getValues().stream()
                            .map(v -> v.getMeasuredOn() + " " + plain(v.getValue()))
                            .toList()));
            history.append('\n');
          }
          // not task-local: completing over REST writes the form's answer to the execution, where a
          // local
          // pre-filled list would hide it from the complete listener
          ProcessInput input = ProcessInput.of(task);
          input.setJson(OPTIONS, options);
          input.setJson(FollowUpIndicators.INDICATOR_VALUES.name(), rows);
          task.setVariable(
              FollowUpIndicators.INDICATOR_HISTORY.name(),
              history.isEmpty()
                  ? "Aktivitetsplanen har inga indikatorer."
                  : history.toString().strip());
        });
  }

  /**
   * Task_FollowUpIndicators (complete): {@code indicatorValues} rows, {@code indicatorSummary},
   * {@code indicatorTrend}.
   */
  public void followUp(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          List<Long> ofCase =
              indicators.indicators(businessKey).stream().map(Indicator::getId).toList();
          for (FormRow value : input.rows(FollowUpIndicators.INDICATOR_VALUES)) {
            int row = value.number();
            String id = value.string("indicatorId");
            String on = value.string("measuredOn");
            String number = value.string("value");
            String comment = value.string("comment");
            if (on == null && number == null && comment == null) {
              continue; // a pre-filled indicator without a new value
            }
            String field = FollowUpIndicators.INDICATOR_VALUES.name();
            if (id == null || on == null || number == null) {
              throw new InvalidInputException(
                  field,
                  "Rad " + row + ": välj indikator och ange datum och värde.",
                  "Row " + row + ": choose the indicator and enter the date and the value.");
            }
            Long indicatorId;
            BigDecimal measured;
            try {
              indicatorId = Long.valueOf(id);
              measured = new BigDecimal(number.replace(',', '.'));
            } catch (NumberFormatException e) {
              throw new InvalidInputException(
                  field,
                  "Rad " + row + ": värdet ska vara ett tal.",
                  "Row " + row + ": the value must be a number.");
            }
            if (!ofCase.contains(indicatorId)) {
              throw new InvalidInputException(
                  field,
                  "Rad " + row + ": indikatorn hör inte till ärendet.",
                  "Row " + row + ": the indicator does not belong to the case.");
            }
            indicators.measure(
                indicatorId,
                new IndicatorMeasurement(ProcessInput.parseDate(field, on), measured, comment));
          }
          evaluations.followUpIndicators(
              businessKey,
              new CaseEvaluationInput.Indicators(
                  input.string(FollowUpIndicators.INDICATOR_SUMMARY),
                  input.enumValue(FollowUpIndicators.INDICATOR_TREND, IndicatorTrend.class)));
        });
  }

  private static String label(Indicator indicator) {
    return indicator.getName() + " (" + indicator.getUnit() + ")";
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
