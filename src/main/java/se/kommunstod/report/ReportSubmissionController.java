package se.kommunstod.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.Access;
import se.kommunstod.api.ForbiddenException;

/**
 * The reports Brå submitted to the Government Offices and the figures they carried. They cover
 * every municipality of the programme, so only Brå and administrators read them.
 */
@RestController
@Tag(name = "Rapporter")
public class ReportSubmissionController {

  private final ReportSubmissions submissions;
  private final Access access;

  ReportSubmissionController(ReportSubmissions submissions, Access access) {
    this.submissions = submissions;
    this.access = access;
  }

  @GetMapping("/api/programme-rounds/{roundKey}/report-submissions")
  @Operation(
      summary =
          "Inlämnade rapporter till Regeringskansliet (Brå) / reports submitted to the Government Offices")
  public List<SubmissionView> list(@PathVariable String roundKey) {
    requireProgrammeView();
    return submissions.of(roundKey).stream().map(SubmissionView::of).toList();
  }

  @GetMapping("/api/report-submissions/{id}/figures.csv")
  @Operation(
      summary = "Siffrorna som lämnades in, oförändrade (CSV) / the submitted figures, unchanged")
  public ResponseEntity<byte[]> figures(@PathVariable Long id) {
    requireProgrammeView();
    ReportSubmission submission = submissions.require(id);
    return ResponseEntity.ok()
        .contentType(ReportController.CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + submission.getKind().name().toLowerCase(java.util.Locale.ROOT)
                + "-"
                + submission.getAsOf()
                + ".csv\"")
        .body(submission.getFiguresCsv().getBytes(StandardCharsets.UTF_8));
  }

  private void requireProgrammeView() {
    if (!access.user().seesAllMunicipalities()) {
      throw new ForbiddenException(
          "Inlämnade rapporter gäller alla kommuner; bara Brå och administratörer ser dem.",
          "Submitted reports cover every municipality; only Brå and administrators see them.");
    }
  }

  public record SubmissionView(
      Long id,
      String roundKey,
      ReportSubmission.Kind kind,
      LocalDate asOf,
      Instant submittedAt,
      String submittedBy,
      String summary,
      String reference) {

    static SubmissionView of(ReportSubmission s) {
      return new SubmissionView(
          s.getId(),
          s.getRoundKey(),
          s.getKind(),
          s.getAsOf(),
          s.getSubmittedAt(),
          s.getSubmittedBy(),
          s.getSummary(),
          s.getReference());
    }
  }
}
