package se.kommunstod.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Csv;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.municipality.MunicipalityNames;
import se.kommunstod.plan.FocusArea;

/**
 * The public, anonymised export of the lessons bank for municipalities outside the programme. No
 * login (see ApiAuthenticationFilter). Only released lessons; no ids, no users, no dates finer than
 * the release day, no case or gathering references; the municipality's name only when the lesson
 * was released with the municipality named.
 */
@RestController
@Tag(name = "Publik export", description = "Released lessons, anonymised, without login")
public class PublicLessonController {

  private final LessonService service;
  private final MunicipalityNames municipalities;

  PublicLessonController(LessonService service, MunicipalityNames municipalities) {
    this.service = service;
    this.municipalities = municipalities;
  }

  @GetMapping(value = "/api/public/lessons", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Släppta erfarenheter, anonymiserade (utan inloggning) / released lessons, public")
  @Transactional(readOnly = true)
  public List<PublicLesson> lessons() {
    Map<String, String> names = municipalities.byCode();
    return service.released().stream().map(l -> PublicLesson.of(l, names)).toList();
  }

  @GetMapping(value = "/api/public/lessons.csv", produces = "text/csv;charset=UTF-8")
  @Operation(summary = "Samma som CSV / the same as CSV")
  @Transactional(readOnly = true)
  public ResponseEntity<String> csv() {
    Csv csv =
        new Csv()
            .row(
                "rubrik",
                "erfarenhet",
                "fokusområden",
                "metod",
                "problem",
                "kommun",
                "källa",
                "släppt");
    for (PublicLesson l : lessons()) {
      csv.row(
          l.title(),
          l.lesson(),
          String.join("; ", l.focusAreas()),
          l.method(),
          l.problem(),
          l.municipality(),
          l.source(),
          l.releasedOn());
    }
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"erfarenheter.csv\"")
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .body(csv.toString());
  }

  /** One released lesson as the public sees it: Swedish names of the tags, no identifiers. */
  public record PublicLesson(
      String title,
      String lesson,
      List<String> focusAreas,
      String method,
      String problem,
      String municipality,
      String source,
      LocalDate releasedOn) {

    static PublicLesson of(LessonLearned l, Map<String, String> municipalityNames) {
      return new PublicLesson(
          l.getTitle(),
          l.getLesson(),
          l.getFocusAreas().stream().sorted().map(FocusArea::swedishName).toList(),
          l.getMethod() == null ? null : l.getMethod().swedishName(),
          l.getProblemCategory(),
          l.isMunicipalityNamed() ? municipalityNames.get(l.getMunicipalityCode()) : null,
          l.getSupportCase() == null ? "Erfarenhetsträff" : "Stödärende",
          l.getReleasedAt() == null
              ? null
              : LocalDate.ofInstant(l.getReleasedAt(), EngineTime.SWEDEN));
    }
  }
}
