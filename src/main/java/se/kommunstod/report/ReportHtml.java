package se.kommunstod.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.privacy.TextChecks;

/**
 * The report as a self-contained XHTML page in Swedish, from the Thymeleaf template {@code
 * templates/report/final-report.html} (well-formed, so the PDF renderer reads it too). Bar charts
 * are CSS, the indicator charts ({@link IndicatorChart}) inline SVG in the browser's page and
 * objects the PDF draws as vector paths in the PDF's ({@link #renderForPdf}): no JavaScript. {@link
 * View} gives the template its formatting (dates, Swedish decimals, bars).
 */
@Component
public class ReportHtml {

  static final String TEMPLATE = "report/final-report";

  private final ITemplateEngine templates = templates();

  /**
   * The report's own template engine, with Spring EL compiled to bytecode: interpreted, the
   * expressions of a national report took half the page's time in SpEL's reflection (a {@code
   * TypeDescriptor} per method call, JFR); compiled ones call the records directly (one that cannot
   * be compiled, e.g. on a non-public type, stays interpreted).
   */
  static SpringTemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setEnableSpringELCompiler(true);
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** The page for a browser: the indicator charts inline SVG. */
  String render(FinalReport report, String publicExportUrl) {
    return render(report, publicExportUrl, Part.whole(report), new View(null));
  }

  /**
   * A part of the page for the PDF: each indicator chart an {@code <object>} that {@link
   * PdfIndicatorCharts} draws from the marks kept here, so no SVG has to be parsed and drawn.
   */
  PdfPage renderForPdf(FinalReport report, String publicExportUrl, Part part) {
    List<List<IndicatorChart.Mark>> charts = new ArrayList<>();
    String xhtml = render(report, publicExportUrl, part, new View(charts));
    return new PdfPage(xhtml, charts);
  }

  /**
   * Which of the report a page shows: the opening (summary of the programme, Brå's support, the
   * survey), some municipalities' sections, the closing (analysis, continuation, experience). Each
   * section starts on a new page, so the parts rendered one by one and joined are the whole.
   */
  record Part(boolean opening, List<FinalReport.CaseSection> cases, boolean closing) {

    static Part whole(FinalReport report) {
      return new Part(true, report.cases(), true);
    }
  }

  /** The report's XHTML for the PDF and the marks of its charts (by their index). */
  record PdfPage(String xhtml, List<List<IndicatorChart.Mark>> charts) {}

  private String render(FinalReport report, String publicExportUrl, Part part, View view) {
    Context context = new Context(Locale.forLanguageTag("sv-SE"));
    context.setVariable("r", report);
    context.setVariable("part", part);
    context.setVariable("f", view);
    context.setVariable(
        "title", report.interim() ? "Delrapport per " + report.asOf() : "Slutrapport");
    context.setVariable("compiledOn", EngineTime.today());
    context.setVariable("publicExportUrl", publicExportUrl);
    return templates.process(TEMPLATE, context);
  }

  /** A bar of a CSS bar chart: its label, value as text and width in percent of the largest. */
  public record Bar(String label, String value, int percent) {}

  /** Formatting for the template. */
  public static final class View {

    /** The PDF page's charts as they are placed, or null for a browser's page (SVG). */
    private final List<List<IndicatorChart.Mark>> pdfCharts;

    View(List<List<IndicatorChart.Mark>> pdfCharts) {
      this.pdfCharts = pdfCharts;
    }

    /** Text a record holds, safe for XML (an old record may hold what XML cannot carry). */
    public String t(String text) {
      if (text == null) {
        return "";
      }
      StringBuilder b = new StringBuilder(text.length());
      for (char ch : TextChecks.xmlSafe(text).toCharArray()) {
        if (ch >= 0x20 || ch == '\n' || ch == '\t') {
          b.append(ch);
        }
      }
      return b.toString();
    }

    public String num(BigDecimal value) {
      return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String hours(BigDecimal value) {
      return value == null
          ? ""
          : value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    public String time(Instant instant) {
      return LocalDateTime.ofInstant(instant, EngineTime.SWEDEN)
          .withSecond(0)
          .withNano(0)
          .toString()
          .replace('T', ' ');
    }

    /** An intervention's period: "from X, ongoing" only while it has no result. */
    public String period(FinalReport.InterventionRow i) {
      if (i.endsOn() != null) {
        return i.startsOn() + " – " + i.endsOn();
      }
      return "från " + i.startsOn() + (i.outcome() == null ? ", pågår" : ", resultat redovisat");
    }

    /** The indicator's chart: inline SVG, or on the PDF's page the object the PDF draws. */
    public String chart(FinalReport.IndicatorRow indicator) {
      if (pdfCharts == null) {
        return IndicatorChart.svg(indicator);
      }
      List<IndicatorChart.Mark> marks = IndicatorChart.marks(indicator);
      if (marks.isEmpty()) {
        return null;
      }
      pdfCharts.add(marks);
      return "<object type=\""
          + PdfIndicatorCharts.TYPE
          + "\" "
          + PdfIndicatorCharts.INDEX
          + "=\""
          + (pdfCharts.size() - 1)
          + "\" style=\"display:block;width:"
          + IndicatorChart.WIDTH
          + "px;height:"
          + IndicatorChart.HEIGHT
          + "px\"></object>";
    }

    /**
     * How far a value is from the target in the desired direction ("0" or "nått" once reached);
     * empty without a target.
     */
    public String toTarget(FinalReport.IndicatorRow indicator, BigDecimal value) {
      if (indicator.target() == null) {
        return "";
      }
      BigDecimal left =
          indicator.direction() == se.kommunstod.evaluation.IndicatorDirection.INCREASE
              ? indicator.target().subtract(value)
              : value.subtract(indicator.target());
      if (indicator.direction() == null) {
        left = left.abs();
      }
      return left.signum() <= 0 && indicator.direction() != null ? "nått" : num(left);
    }

    public String direction(FinalReport.IndicatorRow indicator) {
      return indicator.direction() == null ? "" : indicator.direction().swedishName();
    }

    public List<Bar> counts(Map<?, Long> counts) {
      return bars(
          counts.entrySet().stream()
              .map(e -> Map.entry(label(e.getKey()), BigDecimal.valueOf(e.getValue())))
              .toList());
    }

    public List<Bar> amounts(Map<String, BigDecimal> amounts) {
      return bars(
          amounts.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    private static List<Bar> bars(List<Map.Entry<String, BigDecimal>> rows) {
      BigDecimal max =
          rows.stream().map(Map.Entry::getValue).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
      return rows.stream()
          .map(
              row ->
                  new Bar(
                      row.getKey(),
                      row.getValue().stripTrailingZeros().toPlainString().replace('.', ','),
                      max.signum() == 0
                          ? 0
                          : Math.max(
                              row.getValue().signum() == 0 ? 0 : 1,
                              row.getValue()
                                  .multiply(BigDecimal.valueOf(100))
                                  .divide(max, 0, RoundingMode.HALF_UP)
                                  .intValue())))
          .toList();
    }

    private static String label(Object key) {
      if (key instanceof se.kommunstod.plan.FocusArea area) {
        return area.swedishName();
      }
      if (key instanceof se.kommunstod.intervention.InterventionMethod method) {
        return method.swedishName();
      }
      return String.valueOf(key);
    }

    public boolean anyAbove(Map<?, ? extends Number> counts) {
      return counts.values().stream().anyMatch(n -> n.doubleValue() > 0);
    }

    /** The outcome ratings in the order a row of interventions per problem lists its results. */
    public List<String> ratings() {
      return java.util.Arrays.stream(se.kommunstod.intervention.OutcomeRating.values())
          .map(se.kommunstod.intervention.OutcomeRating::swedishName)
          .toList();
    }

    public String focusArea(se.kommunstod.intervention.InterventionCount c) {
      return InterventionCountLabels.focusArea(c);
    }

    public String problem(se.kommunstod.intervention.InterventionCount c) {
      return t(InterventionCountLabels.problem(c));
    }

    public String category(se.kommunstod.intervention.InterventionCount c) {
      return InterventionCountLabels.category(c);
    }

    public String noResult() {
      return InterventionCountLabels.NO_RESULT;
    }
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    // an old record may hold what XML cannot carry (a lone surrogate, a control character):
    // the report shows U+FFFD there instead of failing (new input is refused, privacy.TextChecks)
    text = TextChecks.xmlSafe(text);
    StringBuilder b = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
