package se.kommunstod.knowledge;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.engine.EngineTime;

/**
 * Service task before a knowledge-exchange gathering: sets the String variable {@code
 * gatheringAgenda} from recent lessons and open problems. How far back "recent" goes: the model
 * property {@code lessonsSince} (ISO-8601 period, e.g. {@code P90D}) on the service task; default
 * P90D. Use as {@code camunda:delegateExpression="${gatheringAgendaDelegate}"}.
 */
@Component
public class GatheringAgendaDelegate implements JavaDelegate {

  public static final String AGENDA = "gatheringAgenda";
  public static final String LESSONS_SINCE = "lessonsSince";
  static final Period DEFAULT_LOOKBACK = Period.ofDays(90);

  private final GatheringAgendaBuilder agenda;

  public GatheringAgendaDelegate(GatheringAgendaBuilder agenda) {
    this.agenda = agenda;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessInput input = ProcessInput.of(execution);
    LocalDate today = EngineTime.today();
    execution.setVariable(
        AGENDA, agenda.build(today, lookback(input.modelProperty(LESSONS_SINCE))));
  }

  static Period lookback(String property) {
    if (property == null || property.isBlank()) {
      return DEFAULT_LOOKBACK;
    }
    try {
      return Period.parse(property.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Model property lessonsSince must be an ISO-8601 period like P90D: " + property, e);
    }
  }
}
