package se.kommunstod.supportcase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.lifecycle.ProgrammeRounds;
import se.kommunstod.security.Role;

/**
 * A round's applications side by side, by priority, so Brå compares them before and after deciding;
 * and handing a recorded application to a round, where it is prioritised on the police list current
 * at that moment.
 */
@RestController
@Tag(name = "Stödomgångar", description = "Decisions on applications in a support round")
public class RoundApplicationController {

  private final RoundApplications rounds;
  private final ApplicationRepository applications;
  private final ProgrammeRounds programmeRounds;
  private final Access access;

  RoundApplicationController(
      RoundApplications rounds,
      ApplicationRepository applications,
      ProgrammeRounds programmeRounds,
      Access access) {
    this.rounds = rounds;
    this.applications = applications;
    this.programmeRounds = programmeRounds;
    this.access = access;
  }

  @GetMapping("/api/programme-rounds/{roundKey}/applications")
  @Operation(
      summary = "Stödomgångens ansökningar efter prioritet / the round's applications by priority",
      description = "format=html ger en tabell för jämförelse sida vid sida; annars JSON.")
  @Transactional(readOnly = true)
  public ResponseEntity<?> compare(
      @PathVariable String roundKey, @RequestParam(required = false) String format) {
    List<RoundApplications.Compared> compared =
        rounds.compare(roundKey, access.readableMunicipalities());
    if ("html".equalsIgnoreCase(format)) {
      return ResponseEntity.ok()
          .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
          .body(RoundApplicationsHtml.render(roundKey, compared));
    }
    return ResponseEntity.ok(compared);
  }

  /** Brå's preliminary judgement of the effect, with the municipality's recorded application. */
  public record HandIn(
      @NotNull Long applicationId,
      @NotNull @Pattern(
              regexp = "hog|medel|lag",
              message = "ska vara hog, medel eller lag / must be hog, medel or lag")
          String expectedEffect) {}

  @PostMapping("/api/programme-rounds/{roundKey}/applications")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary =
          "Lämna en intresseanmälan till stödomgången (Brå) / hand an application to the round")
  public void handIn(@PathVariable String roundKey, @Valid @RequestBody HandIn input) {
    Application application =
        applications
            .findById(input.applicationId())
            .orElseThrow(
                () ->
                    new RecordNotFoundException(
                        "ingen intresseanmälan",
                        "application",
                        String.valueOf(input.applicationId())));
    access.requireWrite(application.getMunicipalityCode(), Role.BRA);
    if (application.getExistingWork() == null || application.getCapacity() == null) {
      throw new InvalidInputException(
          "applicationId",
          "Intresseanmälan "
              + application.getId()
              + " saknar befintligt arbete eller förmåga att genomföra och kan inte prioriteras.",
          "Application "
              + application.getId()
              + " lacks existing work or capacity and cannot be prioritised.");
    }
    try {
      programmeRounds.submit(
          roundKey,
          new se.kommunstod.lifecycle.Application(
              application.getMunicipalityCode(),
              null,
              input.expectedEffect(),
              application.getExistingWork(),
              application.getCapacity(),
              application.getId()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "roundKey", e.getMessage() + ".", "No running support round '" + roundKey + "'.");
    }
  }
}
