package se.kommunstod.knowledge;

import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;

/**
 * Writes the lesson learned entered at closure. Reads {@code lessonTitle} and {@code lessonText}.
 * Use as {@code camunda:delegateExpression="${lessonRecorder}"}.
 */
@Component("lessonRecorder")
public class LessonRecorder extends RecordingDelegate {

  public static final String TITLE = "lessonTitle";
  public static final String TEXT = "lessonText";

  private final LessonService service;

  public LessonRecorder(LessonService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    service.record(businessKey, input.string(TITLE), input.string(TEXT));
  }
}
