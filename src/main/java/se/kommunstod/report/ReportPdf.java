package se.kommunstod.report;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Renders the report's XHTML as PDF (openhtmltopdf on PDFBox). The text uses the PDF base-14
 * Helvetica, whose WinAnsi encoding covers Swedish å, ä, ö, so no font file has to be shipped; the
 * indicator charts are drawn as vector paths by {@link PdfIndicatorCharts}.
 *
 * <p>A report of many municipalities is laid out in {@link ReportHtml.Part parts} of {@value
 * #CASES_PER_PART} municipalities on {@link #WORKERS} threads and the parts' pages joined into one
 * document: each municipality starts on a new page, so the pages are those of the whole, and laying
 * out ~900 pages is what takes the time (openhtmltopdf lays out one document on one thread).
 */
final class ReportPdf {

  /** Municipalities per part: a report of up to this many is one document, as before. */
  static final int CASES_PER_PART = 30;

  /** Threads for the parts, shared by all requests, so PDFs never take more than the cores. */
  static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          WORKERS,
          new java.util.concurrent.ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable task) {
              Thread thread = new Thread(task, "report-pdf-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            }
          });

  private ReportPdf() {}

  /** The report as PDF, its parts laid out in parallel. */
  static byte[] render(FinalReport report, ReportHtml html, String publicExportUrl) {
    return render(report, html, publicExportUrl, CASES_PER_PART);
  }

  static byte[] render(
      FinalReport report, ReportHtml html, String publicExportUrl, int casesPerPart) {
    List<ReportHtml.Part> parts = parts(report, casesPerPart);
    List<Future<PDDocument>> rendered = new ArrayList<>();
    for (ReportHtml.Part part : parts) {
      rendered.add(POOL.submit(() -> document(html.renderForPdf(report, publicExportUrl, part))));
    }
    List<PDDocument> documents = new ArrayList<>();
    try {
      for (Future<PDDocument> part : rendered) {
        documents.add(part.get());
      }
      PDDocument whole = documents.get(0);
      for (PDDocument part : documents.subList(1, documents.size())) {
        for (PDPage page : part.getPages()) {
          // the page's content and resources stay the part's objects (already compressed),
          // written once when the whole is saved; the part stays open until then
          COSDictionary copy = new COSDictionary(page.getCOSObject());
          copy.removeItem(COSName.PARENT);
          whole.addPage(new PDPage(copy));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      whole.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Rapporten avbröts / the report was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      documents.forEach(ReportPdf::close);
      // after a failure: the parts not taken are not needed, those already made are closed
      for (Future<PDDocument> part : rendered.subList(documents.size(), rendered.size())) {
        if (!part.cancel(false)) {
          try {
            close(part.get());
          } catch (InterruptedException | ExecutionException | RuntimeException e) {
            // that part failed too or we are interrupted: nothing to close
          }
        }
      }
    }
  }

  /**
   * The opening with the first municipalities, then so many at a time, the closing with the last.
   */
  static List<ReportHtml.Part> parts(FinalReport report, int casesPerPart) {
    List<FinalReport.CaseSection> cases = report.cases();
    if (cases.size() <= casesPerPart) {
      return List.of(ReportHtml.Part.whole(report));
    }
    List<ReportHtml.Part> parts = new ArrayList<>();
    for (int from = 0; from < cases.size(); from += casesPerPart) {
      int to = Math.min(cases.size(), from + casesPerPart);
      parts.add(new ReportHtml.Part(from == 0, cases.subList(from, to), to == cases.size()));
    }
    return parts;
  }

  /** One page of XHTML (with its charts) as PDF. */
  static byte[] render(ReportHtml.PdfPage page) {
    try (PDDocument document = document(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page without indicator charts. */
  static byte[] render(String xhtml) {
    return render(new ReportHtml.PdfPage(xhtml, List.of()));
  }

  /** The page laid out and painted, the document still open (the caller closes it). */
  private static PDDocument document(ReportHtml.PdfPage page) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useNamespaceHandler(new ReportNamespaceHandler());
    builder.useObjectDrawerFactory(new PdfIndicatorCharts(page.charts()));
    builder.withHtmlContent(page.xhtml(), null);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      return renderer.createPDFKeepOpen();
    }
  }

  private static void close(PDDocument document) {
    try {
      document.close();
    } catch (IOException e) {
      // nothing left to do with a part that cannot be closed; the report is already written
    }
  }

  /**
   * XHTML as openhtmltopdf reads it, with a user-agent stylesheet cut to the elements the report
   * uses ({@value #USER_AGENT_CSS}): the cascade tries every selector on every element, and the
   * default's form and {@code [dir]} rules matched nothing here but cost a large share of the PDF.
   */
  static final class ReportNamespaceHandler extends XhtmlNamespaceHandler {

    static final String USER_AGENT_CSS = "templates/report/pdf-user-agent.css";

    /** Parsed once (its rules are immutable once parsed, as openhtmltopdf's own default's are). */
    private static volatile StylesheetInfo userAgent;

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
      StylesheetInfo sheet = userAgent;
      if (sheet == null) {
        synchronized (ReportNamespaceHandler.class) {
          if (userAgent == null) {
            userAgent = parse(factory);
          }
          sheet = userAgent;
        }
      }
      return sheet;
    }

    private static StylesheetInfo parse(StylesheetFactory factory) {
      StylesheetInfo info = new StylesheetInfo();
      info.setUri("classpath:" + USER_AGENT_CSS);
      info.setOrigin(StylesheetInfo.USER_AGENT);
      info.setMedia("all");
      info.setType("text/css");
      try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(USER_AGENT_CSS);
          InputStreamReader reader =
              new InputStreamReader(
                  java.util.Objects.requireNonNull(in, USER_AGENT_CSS), StandardCharsets.UTF_8)) {
        info.setStylesheet(factory.parse(reader, info));
        return info;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
