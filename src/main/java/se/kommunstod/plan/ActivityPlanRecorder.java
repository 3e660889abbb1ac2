package se.kommunstod.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;
import se.kommunstod.engine.EngineTime;

/**
 * Writes the activity plan entered at kick-off. Reads {@code planGoal}, {@code planFocusAreas}
 * (focus area codes separated by commas or lines, e.g. "gang-recruitment, welfare-fraud") and
 * {@code planAdoptedOn} (date; today when absent). Use as {@code
 * camunda:delegateExpression="${activityPlanRecorder}"}.
 */
@Component("activityPlanRecorder")
public class ActivityPlanRecorder extends RecordingDelegate {

  public static final String GOAL = "planGoal";
  public static final String FOCUS_AREAS = "planFocusAreas";
  public static final String ADOPTED_ON = "planAdoptedOn";

  private final ActivityPlanService service;

  public ActivityPlanRecorder(ActivityPlanService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
    String text = input.string(FOCUS_AREAS);
    if (text != null) {
      Arrays.stream(text.split("[,;\\n]"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(
              name -> focusAreas.add(ProcessInput.parseEnum(FOCUS_AREAS, name, FocusArea.class)));
    }
    LocalDate adoptedOn = input.date(ADOPTED_ON);
    service.adopt(
        businessKey,
        input.string(GOAL),
        focusAreas,
        adoptedOn == null ? EngineTime.today() : adoptedOn);
  }
}
