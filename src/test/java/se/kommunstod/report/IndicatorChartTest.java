package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.kommunstod.evaluation.IndicatorDirection;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.Point;

/**
 * The indicator chart is laid out once and written twice: as SVG for the browser and drawn as
 * vector paths and text in the PDF; both carry the same labels, and the PDF really draws the series
 * and the target line (their colours are on the rendered page).
 */
class IndicatorChartTest {

  static final IndicatorRow ROBBERIES =
      new IndicatorRow(
          "Anmälda rån",
          "anmälningar",
          LocalDate.of(2026, 3, 1),
          new BigDecimal("12"),
          LocalDate.of(2026, 3, 19),
          new BigDecimal("7.5"),
          3,
          "Polisen",
          new BigDecimal("12"),
          new BigDecimal("6"),
          IndicatorDirection.DECREASE,
          List.of(
              new Point(LocalDate.of(2026, 3, 1), new BigDecimal("12"), null),
              new Point(LocalDate.of(2026, 3, 10), new BigDecimal("10"), "Efter belysningen"),
              new Point(LocalDate.of(2026, 3, 19), new BigDecimal("7.5"), null)));

  static final List<String> LABELS =
      List.of("Utgångsläge 12", "Mål 6", "7,5", "10", "2026-03-01", "2026-03-10", "2026-03-19");

  @Test
  void theSvgAndThePdfCarryTheSameLabels() throws Exception {
    String svg = IndicatorChart.svg(ROBBERIES);
    assertThat(svg).startsWith("<svg").contains("stroke-dasharray").contains("<path d=\"M");
    for (String label : LABELS) {
      assertThat(svg).contains(">" + label + "</text>");
    }

    List<List<IndicatorChart.Mark>> charts = new ArrayList<>();
    String object = new ReportHtml.View(charts).chart(ROBBERIES);
    assertThat(object).startsWith("<object type=\"" + PdfIndicatorCharts.TYPE + "\"");
    assertThat(charts).hasSize(1);
    assertThat(charts.get(0)).hasSameSizeAs(IndicatorChart.marks(ROBBERIES));
    byte[] pdf =
        ReportPdf.render(
            new ReportHtml.PdfPage(
                "<html><head><meta charset=\"UTF-8\"/><title>t</title></head><body><h4>Anmälda"
                    + " rån</h4><div class=\"chart\">"
                    + object
                    + "</div><p>Efter diagrammet</p></body></html>",
                charts));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      for (String label : LABELS) {
        assertThat(text).contains(label);
      }
      assertThat(text).contains("Anmälda rån", "Efter diagrammet");
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      assertThat(pixels(page, 0x2f6f9f)).as("the series' line and dots").isGreaterThan(200);
      assertThat(pixels(page, 0x2e8540)).as("the dashed target line").isGreaterThan(50);
    }
  }

  @Test
  void nothingIsDrawnWithoutValues() {
    IndicatorRow empty =
        new IndicatorRow(
            "Otrygghet", "%", null, null, null, null, 0, null, null, null, null, List.of());
    assertThat(IndicatorChart.marks(empty)).isEmpty();
    assertThat(IndicatorChart.svg(empty)).isNull();
    List<List<IndicatorChart.Mark>> charts = new ArrayList<>();
    assertThat(new ReportHtml.View(charts).chart(empty)).isNull();
    assertThat(charts).isEmpty();
  }

  /** Pixels within a small distance of the colour (anti-aliasing blends the edges). */
  private static long pixels(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff))
                + Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff))
                + Math.abs((p & 0xff) - (rgb & 0xff))
            < 30) {
          n++;
        }
      }
    }
    return n;
  }
}
