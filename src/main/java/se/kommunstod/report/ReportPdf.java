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

  /**
   * PDFBox's Flate level for the page streams: the fastest (1) instead of zlib's default (6). At
   * 290 municipalities (~900 pages) compressing took about a fifth of the rendering
   * (ReportBenchmark); the file grows by a few per cent. A level set for the JVM is kept.
   */
  static final String DEFLATE_LEVEL = "1";

  static {
    if (System.getProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL) == null) {
      System.setProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL, DEFLATE_LEVEL);
    }
  }

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
