package se.kommunstod.knowledge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.TaskRecording;
import se.kommunstod.municipality.MunicipalityRepository;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Task listener ("complete") of the closure in {@code supportCase}:
 * {@code ${lessons.closure(task)}} shares {@code lessonsLearned} in the lessons bank, titled
 * "Lärdomar från stödet till &lt;kommun&gt;".
 */
@Component("lessons")
public class LessonTasks {

  private final LessonService service;
  private final SupportCaseService cases;
  private final MunicipalityRepository municipalities;

  public LessonTasks(LessonService service, SupportCaseService cases, MunicipalityRepository municipalities) {
    this.service = service;
    this.cases = cases;
    this.municipalities = municipalities;
  }

  /** Task_CloseWithLessonsLearned. */
  public void closure(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> {
      String code = cases.require(businessKey).getMunicipalityCode();
      String name = municipalities.findById(code).map(m -> m.getName()).orElse(code);
      service.record(businessKey, "Lärdomar från stödet till " + name, input.string("lessonsLearned"));
    });
  }
}
