package se.kommunstod.knowledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.process.ProgrammeProcess.HoldGathering;

/**
 * Task listener ("complete") of the programme's knowledge-exchange gathering, {@code
 * ${gatheringTasks.recordNotes(task)}}: the notes become a lesson in the lessons bank without a
 * support case, not yet released. Reads the form's {@code gatheringNotes}, {@code gatheringTitle}
 * (default "Erfarenhetsträff ÅÅÅÅ-MM-DD") and the focus areas ticked in {@code
 * gatheringFocusAreas}; leaves the lesson's id in {@code gatheringLessonId}.
 *
 * <p>It is also a {@link TaskListener} because programme versions before 2026-12 name it {@code
 * ${gatheringNotesRecorder}} as a delegate expression ({@code engine.FormerBeanNames}).
 */
@Component
public class GatheringTasks implements TaskListener {

  public static final String LESSON_ID = "gatheringLessonId";

  private final LessonService service;

  public GatheringTasks(LessonService service) {
    this.service = service;
  }

  /** Task_HoldGathering. */
  public void recordNotes(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          LocalDate today = EngineTime.today();
          String title = input.string(HoldGathering.GATHERING_TITLE);
          if (title == null || title.isBlank()) {
            title = "Erfarenhetsträff " + today;
          }
          Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
          // the form's checklist sends a list; a caller over REST may send codes in one text
          input.list(HoldGathering.GATHERING_FOCUS_AREAS).stream()
              .flatMap(entry -> Arrays.stream(entry.split(";")))
              .map(String::strip)
              .filter(code -> !code.isEmpty())
              .forEach(
                  code ->
                      focusAreas.add(
                          ProcessInput.parseEnum(
                              HoldGathering.GATHERING_FOCUS_AREAS.name(), code, FocusArea.class)));
          String origin =
              "Erfarenhetsträff " + today + (businessKey == null ? "" : " (" + businessKey + ")");
          LessonLearned lesson =
              service.recordFromGathering(
                  origin.length() > 120 ? origin.substring(0, 120) : origin,
                  new LessonInput(
                      title, input.string(HoldGathering.GATHERING_NOTES), focusAreas, null, null));
          input.set(LESSON_ID, lesson.getId());
        });
  }

  @Override
  public void notify(DelegateTask task) {
    recordNotes(task);
  }
}
