package se.kommunstod.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.kommunstod.api.InvalidInputException;

/**
 * Which format a report request gets: the format parameter first, then the Accept header, else
 * HTML.
 */
class ReportFormatTest {

  @Test
  void theFormatParameterWinsOverAccept() {
    assertThat(ReportController.format("PDF", "text/csv")).isEqualTo("pdf");
    assertThat(ReportController.format("csv", null)).isEqualTo("csv");
    assertThatThrownBy(() -> ReportController.format("docx", null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void acceptChoosesOtherwiseAndAnythingElseIsHtml() {
    assertThat(ReportController.format(null, "application/pdf")).isEqualTo("pdf");
    assertThat(ReportController.format(null, "text/csv")).isEqualTo("csv");
    assertThat(ReportController.format(null, "text/html,application/xhtml+xml,*/*;q=0.8"))
        .isEqualTo("html");
    assertThat(ReportController.format(null, "*/*")).isEqualTo("html");
    assertThat(ReportController.format(null, "text/*")).isEqualTo("html");
    assertThat(ReportController.format(null, "inte en typ")).isEqualTo("html");
    assertThat(ReportController.format(null, null)).isEqualTo("html");
  }
}
