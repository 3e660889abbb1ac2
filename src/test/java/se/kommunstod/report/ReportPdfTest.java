package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.report.FinalReport.CaseSection;

/**
 * The PDF laid out in parts (on several threads) and joined is the PDF of the whole: the same pages
 * with the same text, the charts of every part drawn.
 */
class ReportPdfTest {

  static final String URL = "http://localhost:8080/api/public/lessons";

  @Test
  void thePartsJoinedAreTheWhole() throws Exception {
    List<CaseSection> cases = new ArrayList<>();
    for (String name : List.of("Åsele kommun", "Älvdalens kommun", "Örebro kommun")) {
      cases.add(section(name));
    }
    FinalReport report = report(cases);
    ReportHtml html = new ReportHtml();
    assertThat(ReportPdf.parts(report, 1))
        .extracting(ReportHtml.Part::opening, p -> p.cases().size(), ReportHtml.Part::closing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, 1, false),
            org.assertj.core.groups.Tuple.tuple(false, 1, false),
            org.assertj.core.groups.Tuple.tuple(false, 1, true));
    assertThat(ReportPdf.parts(report, ReportPdf.CASES_PER_PART)).hasSize(1);

    byte[] whole = ReportPdf.render(html.renderForPdf(report, URL, ReportHtml.Part.whole(report)));
    byte[] joined = ReportPdf.render(report, html, URL, 1);
    try (PDDocument one = Loader.loadPDF(whole);
        PDDocument parts = Loader.loadPDF(joined)) {
      assertThat(parts.getNumberOfPages()).isEqualTo(one.getNumberOfPages()).isGreaterThan(3);
      for (int page = 1; page <= one.getNumberOfPages(); page++) {
        assertThat(text(parts, page)).as("page %d", page).isEqualTo(text(one, page));
      }
      String text = new PDFTextStripper().getText(parts);
      assertThat(text)
          .contains("Slutrapport", "Åsele kommun", "Älvdalens kommun", "Örebro kommun")
          .contains("Analys – hela programmet", "Erfarenheter till andra");
      // each municipality's chart, drawn in its own part
      assertThat(text.split("Utgångsläge 12", -1)).hasSize(4);
    }
  }

  private static String text(PDDocument document, int page) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  static FinalReport report(List<CaseSection> cases) {
    Map<FocusArea, Long> byFocusArea = new EnumMap<>(FocusArea.class);
    for (FocusArea area : FocusArea.values()) {
      byFocusArea.put(area, 0L);
    }
    return new FinalReport(
        LocalDate.of(2026, 12, 1),
        false,
        cases,
        byFocusArea,
        new EnumMap<>(InterventionMethod.class),
        List.of(),
        new LinkedHashMap<>(),
        new FinalReport.Experience(0, 0, 0, List.of()),
        List.of("Tre kommuner."),
        FinalReport.Survey.NONE,
        noSupport());
  }

  static CaseSection section(String name) {
    return new CaseSection(
        name.substring(0, 3),
        name,
        "stod-" + name,
        LocalDate.of(2026, 3, 1),
        null,
        null,
        2,
        List.of(),
        List.of(),
        new LinkedHashMap<>(Map.of("OPEN", 0L, "DONE", 0L, "CANCELLED", 0L)),
        List.of(),
        new EnumMap<>(InterventionMethod.class),
        new LinkedHashMap<>(),
        List.of(),
        List.of(),
        List.of(IndicatorChartTest.ROBBERIES),
        FinalReport.Survey.NONE,
        noSupport(),
        List.of(),
        FinalReport.Evaluation.NONE,
        List.of("Arbetet pågår i " + name + "."),
        List.of("Fortsätt följa upp."));
  }

  private static FinalReport.BraSupportSummary noSupport() {
    return new FinalReport.BraSupportSummary(
        List.of(), BigDecimal.ZERO.setScale(1), Map.of(), Map.of(), Map.of());
  }
}
