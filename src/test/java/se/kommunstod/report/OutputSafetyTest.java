package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.kommunstod.api.Csv;
import se.kommunstod.privacy.TextChecks;

/**
 * CSV cells that a spreadsheet would run as formulas, and text XML cannot carry in the PDF report.
 */
class OutputSafetyTest {

  @Test
  void formulaCellsAreNeutralisedAndNumbersLeftAlone() {
    String csv =
        new Csv()
            .row(
                "=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "vanlig", -5, 3)
            .toString();
    assertThat(csv)
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-1+2,'@SUM(A1),'\tx,\"'\rx\",vanlig,-5,3\r\n");
  }

  @Test
  void thePdfRendersTextWithALoneSurrogateNulAndControlCharacters() {
    String old = "Belysning\uD800 vid torget\u0000 och\u0001 \uDFFF parken \uD83D\uDE00";
    assertThat(TextChecks.isXmlSafe(old)).isFalse();
    String xhtml =
        "<html><head><meta charset=\"UTF-8\"/><title>t</title></head><body><p>"
            + ReportHtml.esc(old)
            + "</p></body></html>";
    byte[] pdf = ReportPdf.render(xhtml);
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(TextChecks.isXmlSafe(ReportHtml.esc(old))).isTrue();
    assertThat(ReportHtml.esc(old)).contains("\uD83D\uDE00"); // a real pair stays
  }
}
