package se.kommunstod.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kommunstod.api.InvalidInputException;
import se.kommunstod.api.RecordNotFoundException;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.security.CurrentUser;

/**
 * The final report and interim reports, as HTML, PDF or CSV. Brå advisors and administrators see
 * every municipality, everybody else only their own (their tenants); {@code municipality} narrows
 * the report to some municipalities.
 */
@RestController
@Tag(name = "Rapporter", description = "Final and interim report: HTML, PDF, CSV")
public class ReportController {

  static final MediaType PDF = MediaType.APPLICATION_PDF;
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

  private final ReportService reports;
  private final ReportHtml html;
  private final IdentityService identityService;
  private final String publicExportUrl;

  ReportController(
      ReportService reports,
      ReportHtml html,
      IdentityService identityService,
      @Value("${kommunstod.public-url:http://localhost:8080}") String publicUrl) {
    this.reports = reports;
    this.html = html;
    this.identityService = identityService;
    this.publicExportUrl = publicUrl.replaceAll("/+$", "") + "/api/public/lessons";
  }

  @GetMapping("/api/reports/final")
  @Operation(
      summary = "Slutrapport (HTML, PDF eller CSV) / final report",
      description =
          "format=html|pdf|csv|csv-codes, annars efter Accept (application/pdf, text/csv, text/html). "
              + "csv är för svenska kalkylprogram (semikolon, UTF-8 med BOM, svenska etiketter, decimalkomma); "
              + "csv-codes är den långa formen för program (komma, koder, decimalpunkt). "
              + "municipality=<kod> (kan upprepas) begränsar rapporten.")
  public ResponseEntity<byte[]> finalReport(
      @RequestParam(required = false) String format,
      @RequestParam(required = false) List<String> municipality,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    return answer(
        reports.compile(municipalities(municipality), EngineTime.today(), false),
        format,
        accept,
        "slutrapport");
  }

  @GetMapping("/api/reports/interim")
  @Operation(
      summary = "Delrapport per datum (HTML, PDF eller CSV) / interim report at a date",
      description =
          "date=ÅÅÅÅ-MM-DD (krävs, inte i framtiden): uppgifter till och med det datumet.")
  public ResponseEntity<byte[]> interimReport(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) List<String> municipality,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    if (date.isAfter(EngineTime.today())) {
      throw new InvalidInputException(
          "date", "Datumet får inte ligga i framtiden.", "The date must not be in the future.");
    }
    return answer(
        reports.compile(municipalities(municipality), date, true),
        format,
        accept,
        "delrapport-" + date);
  }

  /**
   * The municipalities asked for and visible to the caller; null = all (Brå, administrators,
   * nothing asked).
   */
  private List<String> municipalities(List<String> asked) {
    CurrentUser user = CurrentUser.of(identityService);
    if (asked == null || asked.isEmpty()) {
      return user.seesAllMunicipalities() ? null : user.municipalities();
    }
    List<String> codes = new ArrayList<>();
    for (String code : asked) {
      if (!user.seesAllMunicipalities() && !user.canSee(code)) {
        throw new RecordNotFoundException("ingen kommun", "municipality", code);
      }
      codes.add(code);
    }
    return codes;
  }

  private ResponseEntity<byte[]> answer(
      FinalReport report, String format, String accept, String fileName) {
    String chosen = format(format, accept);
    return switch (chosen) {
      case "pdf" ->
          ResponseEntity.ok()
              .contentType(PDF)
              .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + ".pdf\"")
              .body(ReportPdf.render(report, html, publicExportUrl));
      case "csv" ->
          ResponseEntity.ok()
              .contentType(CSV)
              .header(
                  HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"")
              .body(ReportCsv.swedish(report).getBytes(StandardCharsets.UTF_8));
      case "csv-codes" ->
          ResponseEntity.ok()
              .contentType(CSV)
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  "attachment; filename=\"" + fileName + "-koder.csv\"")
              .body(ReportCsv.codes(report).getBytes(StandardCharsets.UTF_8));
      default ->
          ResponseEntity.ok()
              .contentType(HTML)
              .body(html.render(report, publicExportUrl).getBytes(StandardCharsets.UTF_8));
    };
  }

  static String format(String format, String accept) {
    if (format != null && !format.isBlank()) {
      String f = format.strip().toLowerCase(Locale.ROOT);
      if (!List.of("html", "pdf", "csv", "csv-codes").contains(f)) {
        throw new InvalidInputException(
            "format",
            "'format' ska vara html, pdf, csv eller csv-codes.",
            "'format' must be html, pdf, csv or csv-codes.");
      }
      return f;
    }
    if (accept != null) {
      List<MediaType> types;
      try {
        types = MediaType.parseMediaTypes(accept);
      } catch (org.springframework.http.InvalidMediaTypeException e) {
        return "html";
      }
      for (MediaType type : types) {
        if (type.isCompatibleWith(PDF) && !type.isWildcardType()) {
          return "pdf";
        }
        if (type.isCompatibleWith(CSV) && !type.isWildcardType() && !type.isWildcardSubtype()) {
          return "csv";
        }
        if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
          return "html";
        }
      }
    }
    return "html";
  }
}
