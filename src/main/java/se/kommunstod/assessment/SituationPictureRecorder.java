package se.kommunstod.assessment;

import org.springframework.stereotype.Component;
import se.kommunstod.api.ProcessInput;
import se.kommunstod.api.RecordingDelegate;

/**
 * Writes the situation picture entered in a task's form. Reads {@code situationSummary} (text) and
 * {@code situationProblems} (one problem per line, most important first); whose picture it is comes
 * from the model: {@code <camunda:property name="contributor" value="police|…|joint"/>} on the
 * task. Use as {@code camunda:delegateExpression="${situationPictureRecorder}"}.
 */
@Component("situationPictureRecorder")
public class SituationPictureRecorder extends RecordingDelegate {

  public static final String SUMMARY = "situationSummary";
  public static final String PROBLEMS = "situationProblems";
  public static final String CONTRIBUTOR_PROPERTY = "contributor";

  private final SituationPictureService service;

  public SituationPictureRecorder(SituationPictureService service) {
    this.service = service;
  }

  @Override
  protected void record(String businessKey, ProcessInput input) {
    Contributor contributor = Contributor.fromText(input.modelProperty(CONTRIBUTOR_PROPERTY));
    if (contributor == null) {
      throw new IllegalStateException(
          "The model element needs <camunda:property name=\"contributor\"> "
              + "naming an organisation role or 'joint'");
    }
    service.record(businessKey, contributor, input.string(SUMMARY), input.lines(PROBLEMS));
  }
}
