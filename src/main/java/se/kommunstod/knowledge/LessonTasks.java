package se.kommunstod.knowledge;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.process.SupportCaseProcess.CloseWithLessonsLearned;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Task listener ("complete") of the closure in {@code supportCase}: {@code
 * ${lessonTasks.closure(task)}} shares {@code lessonsLearned} in the lessons bank, titled "Lärdomar
 * från stödet till &lt;kommun&gt;", tagged with the focus areas ticked in {@code lessonFocusAreas}
 * so the lessons bank can be searched by the programme's focus areas.
 */
@Component
public class LessonTasks {

  private final LessonService service;
  private final SupportCaseService cases;
  private final MunicipalityRepository municipalities;

  public LessonTasks(
      LessonService service, SupportCaseService cases, MunicipalityRepository municipalities) {
    this.service = service;
    this.cases = cases;
    this.municipalities = municipalities;
  }

  /** Task_CloseWithLessonsLearned. */
  public void closure(DelegateTask task) {
    TaskRecording.record(
        task,
        (businessKey, input) -> {
          String code = cases.require(businessKey).getMunicipalityCode();
          String name = municipalities.findById(code).map(m -> m.getName()).orElse(code);
          Set<FocusArea> focusAreas = EnumSet.noneOf(FocusArea.class);
          input
              .list(CloseWithLessonsLearned.LESSON_FOCUS_AREAS)
              .forEach(
                  entry ->
                      focusAreas.add(
                          ProcessInput.parseEnum(
                              CloseWithLessonsLearned.LESSON_FOCUS_AREAS.name(),
                              entry,
                              FocusArea.class)));
          service.record(
              businessKey,
              new LessonInput(
                  "Lärdomar från stödet till " + name,
                  input.string(CloseWithLessonsLearned.LESSONS_LEARNED),
                  focusAreas,
                  null,
                  null));
        });
  }
}
