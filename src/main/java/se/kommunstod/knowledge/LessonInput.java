package se.kommunstod.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/**
 * A lesson learned: a short title and what others can learn from it, with optional tags for the
 * lessons bank: focus areas, the method it concerns and a short problem category (e.g. "Öppen
 * narkotikahandel").
 */
public record LessonInput(
    @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String title,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String lesson,
    Set<FocusArea> focusAreas,
    InterventionMethod method,
    @Size(max = 100) @NoPersonalIdentityNumber String problem) {

  public LessonInput(String title, String lesson) {
    this(title, lesson, null, null, null);
  }
}
