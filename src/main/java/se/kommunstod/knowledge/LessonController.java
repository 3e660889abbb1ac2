package se.kommunstod.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.PageResponse;
import se.kommunstod.security.Role;
import se.kommunstod.supportcase.SupportCase;
import se.kommunstod.supportcase.SupportCaseService;

/**
 * Lessons learned. The lessons bank (erfarenhetsbank) is meant for every municipality, so every
 * logged-in user may read all lessons; writing is for the people of the case's municipality and Brå.
 */
@RestController
@Tag(name = "Erfarenheter", description = "Lessons learned, shared with every municipality")
public class LessonController {

  private final SupportCaseService cases;
  private final LessonService service;
  private final LessonRepository lessons;
  private final Access access;

  LessonController(SupportCaseService cases, LessonService service, LessonRepository lessons, Access access) {
    this.cases = cases;
    this.service = service;
    this.lessons = lessons;
    this.access = access;
  }

  @GetMapping("/api/lessons")
  @Operation(summary = "Erfarenhetsbanken: alla kommuners erfarenheter / the lessons bank")
  @Transactional(readOnly = true)
  public PageResponse<LessonView> all(@RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return PageResponse.of(lessons.findAllBy(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "recordedAt", "id"))),
        LessonView::of);
  }

  @GetMapping("/api/support-cases/{businessKey}/lessons")
  @Operation(summary = "Ärendets erfarenheter / the case's lessons")
  @Transactional(readOnly = true)
  public PageResponse<LessonView> ofCase(@PathVariable String businessKey,
      @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    SupportCase supportCase = cases.require(businessKey);
    return PageResponse.of(lessons.findBySupportCaseId(supportCase.getId(), PageRequest.of(page, size, Sort.by("id"))),
        LessonView::of);
  }

  @PostMapping("/api/support-cases/{businessKey}/lessons")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Dela en erfarenhet (kommunens organisationer, Brå) / share a lesson")
  @Transactional
  public LessonView record(@PathVariable String businessKey, @Valid @RequestBody LessonInput input) {
    access.requireWrite(cases.require(businessKey).getMunicipalityCode(), Role.values());
    return LessonView.of(service.record(businessKey, input));
  }

  public record LessonView(Long id, String municipalityCode, String title, String lesson, Instant recordedAt) {

    static LessonView of(LessonLearned l) {
      return new LessonView(l.getId(), l.getSupportCase().getMunicipalityCode(), l.getTitle(), l.getLesson(),
          l.getRecordedAt());
    }
  }
}
