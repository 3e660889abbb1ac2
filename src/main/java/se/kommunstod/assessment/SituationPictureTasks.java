package se.kommunstod.assessment;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import se.kommunstod.api.TaskRecording;

/**
 * Task listeners ("complete") of the needs assessment in {@code supportCase}:
 * {@code ${situationPictureTasks.record(task, 'police')}} stores an organisation's situation picture
 * from {@code situationPicture<Organisation>} and {@code situationPicture<Organisation>Problems}
 * (e.g. {@code situationPicturePolice}, {@code situationPicturePoliceProblems});
 * {@code ${situationPictureTasks.recordJoint(task)}} stores the joint analysis ({@code jointAnalysis})
 * with its prioritised problems ({@code prioritisedProblems}). Problems are the models' category
 * codes; they are stored with their Swedish label and category.
 */
@Component
public class SituationPictureTasks {

  private final SituationPictureService service;

  public SituationPictureTasks(SituationPictureService service) {
    this.service = service;
  }

  public void record(DelegateTask task, String contributorCode) {
    Contributor contributor = Contributor.fromText(contributorCode);
    if (contributor == null || contributor == Contributor.JOINT) {
      throw new IllegalStateException("situationPictures.record needs an organisation's group id, not '"
          + contributorCode + "'");
    }
    String variable = "situationPicture" + Arrays.stream(contributorCode.strip().split("-"))
        .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1)).collect(Collectors.joining());
    TaskRecording.record(task, (businessKey, input) ->
        service.record(businessKey, contributor, input.string(variable), input.list(variable + "Problems")));
  }

  public void recordJoint(DelegateTask task) {
    TaskRecording.record(task, (businessKey, input) -> service.record(businessKey, Contributor.JOINT,
        input.string("jointAnalysis"), input.list("prioritisedProblems")));
  }
}
