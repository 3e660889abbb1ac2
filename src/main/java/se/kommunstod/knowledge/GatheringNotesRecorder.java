package se.kommunstod.knowledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;

/**
 * Records the notes of a knowledge-exchange gathering as a lesson in the lessons bank (without a
 * support case). Reads {@code gatheringNotes} (required), {@code gatheringTitle} (default
 * "Erfarenhetsträff ÅÅÅÅ-MM-DD"), optional tags {@code gatheringFocusAreas} (codes, comma
 * separated), {@code gatheringMethod}, {@code gatheringProblem}; sets {@code gatheringLessonId}.
 * Use as {@code camunda:delegateExpression="${gatheringNotesRecorder}"} (service task or complete
 * listener).
 */
@Component("gatheringNotesRecorder")
public class GatheringNotesRecorder extends RecordingDelegate {

  public static final String NOTES = "gatheringNotes";
  public static final String TITLE = "gatheringTitle";
  public static final String FOCUS_AREAS = "gatheringFocusAreas";
  public static final String METHOD = "gatheringMethod";
  public static final String PROBLEM = "gatheringProblem";
  public static final String LESSON_ID = "gatheringLessonId";

  private final LessonService service;

  public GatheringNotesRecorder(LessonService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    LocalDate today = EngineTime.today();
    String title = input.string(TITLE);
    if (title == null || title.isBlank()) {
      title = "Erfarenhetsträff " + today;
    }
    Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
    // the form's checklist sends a list; a caller over REST may send codes separated by commas
    input.list(FOCUS_AREAS).stream()
        .flatMap(entry -> Arrays.stream(entry.split(";")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(
            name -> focusAreas.add(ProcessInput.parseEnum(FOCUS_AREAS, name, FocusArea.class)));
    String origin =
        "Erfarenhetsträff " + today + (businessKey == null ? "" : " (" + businessKey + ")");
    LessonLearned lesson =
        service.recordFromGathering(
            origin.length() > 120 ? origin.substring(0, 120) : origin,
            new LessonInput(
                title,
                input.string(NOTES),
                focusAreas,
                input.enumValue(METHOD, InterventionMethod.class),
                input.string(PROBLEM)));
    input.set(LESSON_ID, lesson.getId());
  }
}
