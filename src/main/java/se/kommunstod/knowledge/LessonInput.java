package se.kommunstod.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** A lesson learned: a short title and what others can learn from it. */
public record LessonInput(
    @NotBlank @Size(max = 200) @NoPersonalIdentityNumber String title,
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String lesson) {
}
