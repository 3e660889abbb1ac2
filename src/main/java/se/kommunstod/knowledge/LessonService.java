package se.kommunstod.knowledge;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.supportcase.SupportCaseService;

/** Lessons learned. {@link #record} is meant for the closing task's delegate and the API. */
@Service
@Transactional
public class LessonService {

  private final SupportCaseService cases;
  private final LessonRepository lessons;
  private final InputValidation validation;
  private final Clock clock = Clock.systemUTC();

  public LessonService(SupportCaseService cases, LessonRepository lessons, InputValidation validation) {
    this.cases = cases;
    this.lessons = lessons;
    this.validation = validation;
  }

  public LessonLearned record(String businessKey, LessonInput input) {
    validation.check(input);
    return lessons.save(new LessonLearned(cases.require(businessKey), input.title().strip(), input.lesson().strip(),
        Instant.now(clock)));
  }

  /** Plain-value variant for delegates. */
  public LessonLearned record(String businessKey, String title, String lesson) {
    return record(businessKey, new LessonInput(title, lesson));
  }
}
