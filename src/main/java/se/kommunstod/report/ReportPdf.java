package se.kommunstod.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders the report's XHTML as PDF (openhtmltopdf on PDFBox). The text uses the PDF base-14
 * Helvetica, whose WinAnsi encoding covers Swedish å, ä, ö, so no font file has to be shipped; the
 * indicator charts are inline SVG, drawn by Batik.
 */
final class ReportPdf {

  private ReportPdf() {}

  static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
