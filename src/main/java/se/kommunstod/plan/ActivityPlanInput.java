package se.kommunstod.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import se.kommunstod.privacy.NoPersonalIdentityNumber;

/** An activity plan as adopted at kick-off (uppstart): its goal, focus areas and date. */
public record ActivityPlanInput(
    @NotBlank @Size(min = 10, max = 4000) @NoPersonalIdentityNumber String goal,
    @NotEmpty @Size(max = 7) Set<@NotNull FocusArea> focusAreas,
    @NotNull LocalDate adoptedOn) {}
