package se.kommunstod.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.ForbiddenException;
import se.kommunstod.api.PageResponse;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Lessons learned. The lessons bank (erfarenhetsbank) is meant for every municipality, so every
 * logged-in user may read all lessons; writing is for the people of the case's municipality and
 * Brå.
 */
@RestController
@Tag(name = "Erfarenheter", description = "Lessons learned, shared with every municipality")
public class LessonController {

  private final SupportCaseService cases;
  private final LessonService service;
  private final LessonRepository lessons;
  private final Access access;

  LessonController(
      SupportCaseService cases, LessonService service, LessonRepository lessons, Access access) {
    this.cases = cases;
    this.service = service;
    this.lessons = lessons;
    this.access = access;
  }

  @GetMapping("/api/lessons")
  @Operation(
      summary =
          "Erfarenhetsbanken: sök bland alla kommuners erfarenheter / search the lessons bank",
      description =
          "q: fritext i rubrik, text och problemkategori; focusArea, method: koder; problem: del av problemkategorin.")
  @Transactional(readOnly = true)
  public PageResponse<LessonView> search(
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(required = false) FocusArea focusArea,
      @RequestParam(required = false) InterventionMethod method,
      @RequestParam(required = false) @Size(max = 100) String problem,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return PageResponse.of(
        service.search(
            q,
            focusArea,
            method,
            problem,
            PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "recordedAt", "id"))),
        LessonView::of);
  }

  @PostMapping("/api/lessons/{id}/release")
  @Operation(
      summary =
          "Släpp erfarenheten till den publika exporten (kommunens samordnare, Brå) / release for the public export",
      description =
          "Med nameMunicipality=true visas kommunens namn i exporten, annars är den anonym.")
  @Transactional
  public LessonView release(
      @PathVariable Long id, @RequestBody(required = false) ReleaseInput input) {
    LessonLearned lesson = service.require(id);
    requireRelease(lesson);
    return LessonView.of(
        service.release(id, access.user().userId(), input != null && input.nameMunicipality()));
  }

  @DeleteMapping("/api/lessons/{id}/release")
  @Operation(
      summary =
          "Dra tillbaka erfarenheten från den publika exporten / withdraw from the public export")
  @Transactional
  public LessonView withdraw(@PathVariable Long id) {
    requireRelease(service.require(id));
    return LessonView.of(service.withdraw(id));
  }

  /**
   * The municipality's coordinator or Brå release a case's lessons; a gathering's lessons are
   * Brå's.
   */
  private void requireRelease(LessonLearned lesson) {
    if (lesson.getMunicipalityCode() != null) {
      access.requireWrite(lesson.getMunicipalityCode(), Role.MUNICIPALITY, Role.BRA);
    } else if (!access.user().hasRole(Role.BRA) && !access.user().isAdministrator()) {
      throw new ForbiddenException(
          "Erfarenheter från erfarenhetsträffar släpps av Brå.",
          "Lessons from gatherings are released by Brå.");
    }
  }

  /** Whether the public export may name the lesson's municipality. */
  public record ReleaseInput(boolean nameMunicipality) {}

  @GetMapping("/api/support-cases/{businessKey}/lessons")
  @Operation(summary = "Ärendets erfarenheter / the case's lessons")
  @Transactional(readOnly = true)
  public PageResponse<LessonView> ofCase(
      @PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.require(businessKey);
    return PageResponse.of(
        lessons.findBySupportCaseId(supportCase.getId(), PageRequest.of(page, size, Sort.by("id"))),
        LessonView::of);
  }

  @PostMapping("/api/support-cases/{businessKey}/lessons")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Dela en erfarenhet (kommunens organisationer, Brå) / share a lesson")
  @Transactional
  public LessonView record(
      @PathVariable String businessKey, @Valid @RequestBody LessonInput input) {
    access.requireWrite(cases.require(businessKey).getMunicipalityCode(), Role.values());
    return LessonView.of(service.record(businessKey, input));
  }

  public record LessonView(
      Long id,
      String municipalityCode,
      String origin,
      String title,
      String lesson,
      List<FocusArea> focusAreas,
      InterventionMethod method,
      String problem,
      Instant recordedAt,
      boolean released,
      String releasedBy,
      Instant releasedAt,
      boolean municipalityNamed) {

    static LessonView of(LessonLearned l) {
      return new LessonView(
          l.getId(),
          l.getMunicipalityCode(),
          l.getOrigin(),
          l.getTitle(),
          l.getLesson(),
          l.getFocusAreas().stream().sorted().toList(),
          l.getMethod(),
          l.getProblemCategory(),
          l.getRecordedAt(),
          l.isReleased(),
          l.getReleasedBy(),
          l.getReleasedAt(),
          l.isMunicipalityNamed());
    }
  }
}
