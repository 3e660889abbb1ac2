package se.kommunstod.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kommunstod.api.InputValidation;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * The lessons bank. {@link #record} is meant for the closing task's delegate and the API, {@link
 * #recordFromGathering} for the programme's knowledge-exchange gatherings.
 */
@Service
@Transactional
public class LessonService {

  private final SupportCaseService cases;
  private final LessonRepository lessons;
  private final InputValidation validation;

  public LessonService(
      SupportCaseService cases, LessonRepository lessons, InputValidation validation) {
    this.cases = cases;
    this.lessons = lessons;
    this.validation = validation;
  }

  public LessonLearned record(String businessKey, LessonInput input) {
    validation.check(input);
    return lessons.save(
        new LessonLearned(
            cases.require(businessKey),
            null,
            input.title().strip(),
            input.lesson().strip(),
            EngineTime.now(),
            input.focusAreas(),
            input.method(),
            problem(input)));
  }

  /** Plain-value variant for delegates. */
  public LessonLearned record(String businessKey, String title, String lesson) {
    return record(businessKey, new LessonInput(title, lesson));
  }

  /** A lesson from a programme gathering: no support case; {@code origin} names the gathering. */
  public LessonLearned recordFromGathering(String origin, LessonInput input) {
    validation.check(input);
    return lessons.save(
        new LessonLearned(
            null,
            origin,
            input.title().strip(),
            input.lesson().strip(),
            EngineTime.now(),
            input.focusAreas(),
            input.method(),
            problem(input)));
  }

  /**
   * Search: every argument optional; {@code q} and {@code problem} match case-insensitively
   * anywhere in the text.
   */
  @Transactional(readOnly = true)
  public Page<LessonLearned> search(
      String q, FocusArea focusArea, InterventionMethod method, String problem, Pageable pageable) {
    List<Specification<LessonLearned>> parts = new ArrayList<>();
    if (q != null && !q.isBlank()) {
      String pattern = like(q);
      parts.add(
          (root, query, cb) ->
              cb.or(
                  cb.like(cb.lower(root.get("title")), pattern, '\\'),
                  cb.like(cb.lower(root.get("lesson")), pattern, '\\'),
                  cb.like(cb.lower(root.get("problemCategory")), pattern, '\\')));
    }
    if (focusArea != null) {
      parts.add(
          (root, query, cb) ->
              cb.isMember(focusArea, root.<java.util.Set<FocusArea>>get("focusAreas")));
    }
    if (method != null) {
      parts.add((root, query, cb) -> cb.equal(root.get("method"), method));
    }
    if (problem != null && !problem.isBlank()) {
      String pattern = like(problem);
      parts.add((root, query, cb) -> cb.like(cb.lower(root.get("problemCategory")), pattern, '\\'));
    }
    return lessons.findAll(Specification.allOf(parts), pageable);
  }

  public LessonLearned require(Long id) {
    return lessons
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("ingen erfarenhet", "lesson", id));
  }

  /**
   * Releases the lesson for the public export; with {@code nameMunicipality} the export names its
   * municipality.
   */
  @Transactional(readOnly = true)
  public boolean hasLessonsFrom(String origin) {
    return lessons.existsByOrigin(origin);
  }

  public LessonLearned release(Long id, String userId, boolean nameMunicipality) {
    LessonLearned lesson = require(id);
    lesson.release(userId, nameMunicipality, EngineTime.now());
    return lesson;
  }

  public LessonLearned withdraw(Long id) {
    LessonLearned lesson = require(id);
    lesson.withdraw();
    return lesson;
  }

  @Transactional(readOnly = true)
  public List<LessonLearned> released() {
    return lessons.findByReleasedTrueOrderByReleasedAtDescIdDesc();
  }

  private static String problem(LessonInput input) {
    return input.problem() == null || input.problem().isBlank() ? null : input.problem().strip();
  }

  private static String like(String text) {
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
