package se.kommunstod.assessment;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;
import se.kommunstod.engine.EngineTime;

/** Situation pictures and prioritised problems. {@link #record} is meant for delegates and the API. */
@Service
@Transactional
public class SituationPictureService {

  private final SupportCaseService cases;
  private final SituationPictureRepository pictures;
  private final InputValidation validation;

  public SituationPictureService(SupportCaseService cases, SituationPictureRepository pictures,
      InputValidation validation) {
    this.cases = cases;
    this.validation = validation;
    this.pictures = pictures;
  }

  public SituationPicture record(String businessKey, SituationPictureInput input) {
    validation.check(input);
    SupportCase supportCase = cases.require(businessKey);
    if (input.contributor() == Contributor.JOINT && input.problemsOrEmpty().isEmpty()) {
      throw new InvalidInputException("problems", "Den gemensamma lägesbilden ska ange minst ett prioriterat problem.",
          "The joint situation picture must name at least one prioritised problem.");
    }
    List<String> descriptions = input.problemsOrEmpty().stream().map(String::strip).toList();
    return pictures.save(new SituationPicture(supportCase, input.contributor(), input.summary().strip(),
        EngineTime.now(), descriptions));
  }

  /** Plain-value variant for delegates. */
  public SituationPicture record(String businessKey, Contributor contributor, String summary, List<String> problems) {
    return record(businessKey, new SituationPictureInput(contributor, summary, problems));
  }

  @Transactional(readOnly = true)
  public List<SituationPicture> pictures(String businessKey) {
    return pictures.findBySupportCaseIdOrderByRecordedAtAscIdAsc(cases.require(businessKey).getId());
  }

  /** The prioritised problems: those of the joint situation picture, most important first. */
  @Transactional(readOnly = true)
  public List<Problem> prioritisedProblems(String businessKey) {
    return pictures.findFirstBySupportCaseIdAndContributorOrderByRecordedAtDescIdDesc(
        cases.require(businessKey).getId(), Contributor.JOINT).map(picture -> List.copyOf(picture.getProblems()))
        .orElse(List.of());
  }
}
