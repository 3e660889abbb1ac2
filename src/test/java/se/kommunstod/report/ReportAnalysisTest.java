package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.kommunstod.intervention.InterventionMethod;

/**
 * The report's written analysis names every leader of a tie, not an arbitrary one, and names the
 * step that took the most time only once some step has taken any.
 */
class ReportAnalysisTest {

  @Test
  void oneLeaderIsNamedWithItsCountAndATieNamesThemAll() {
    Map<InterventionMethod, Long> counts = new EnumMap<>(InterventionMethod.class);
    counts.put(InterventionMethod.EST, 1L);
    counts.put(InterventionMethod.GVI, 3L);
    assertThat(ReportAnalysis.leaders(counts, InterventionMethod::name)).isEqualTo("GVI (3)");

    counts.put(InterventionMethod.EST, 3L);
    counts.put(InterventionMethod.SSPF, 3L);
    assertThat(ReportAnalysis.leaders(counts, InterventionMethod::name))
        .isEqualTo("EST, GVI och SSPF (3 vardera)");

    assertThat(
            ReportAnalysis.leaders(
                new EnumMap<>(InterventionMethod.class), InterventionMethod::name))
        .isEqualTo("–");
  }

  @Test
  void theStepWithTheMostTimeIsNamedOnlyOnceAStepHasTakenTime() throws Exception {
    Map<String, BigDecimal> noTime = new LinkedHashMap<>();
    noTime.put("Lämna kommunens lägesbild", new BigDecimal("0.0"));
    noTime.put("Besluta om ansökan", BigDecimal.ZERO);
    FinalReport fresh = withHours(noTime);
    assertThat(fresh.overallAnalysis()).noneMatch(line -> line.contains("Mest tid"));
    ReportHtml html = new ReportHtml();
    assertThat(html.render(fresh, ReportPdfTest.URL))
        .contains("Lämna kommunens lägesbild")
        .doesNotContain("Mest tid");
    try (PDDocument pdf = Loader.loadPDF(ReportPdf.render(fresh, html, ReportPdfTest.URL))) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Tid i varje steg", "Lämna kommunens lägesbild")
          .doesNotContain("Mest tid");
    }

    Map<String, BigDecimal> someTime = new LinkedHashMap<>(noTime);
    someTime.put("Besluta om ansökan", new BigDecimal("2.5"));
    assertThat(withHours(someTime).overallAnalysis())
        .contains("Mest tid gick till steget ”Besluta om ansökan” (2,5 timmar sammanlagt).");
  }

  private static FinalReport withHours(Map<String, BigDecimal> hoursByStep) {
    FinalReport empty = ReportPdfTest.report(List.of(ReportPdfTest.section("Åsele kommun")));
    FinalReport report =
        new FinalReport(
            empty.asOf(),
            false,
            empty.cases(),
            empty.interventionsByFocusArea(),
            empty.interventionsByMethod(),
            empty.interventionsByFocusAreaAndProblemCategory(),
            hoursByStep,
            empty.experience(),
            List.of(),
            empty.survey(),
            empty.braSupport());
    return report.withOverallAnalysis(ReportAnalysis.overall(report));
  }
}
