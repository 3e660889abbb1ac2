package se.kommunstod.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.Point;

/**
 * An indicator's series as a line chart: the values by date, the baseline and the target as dashed
 * lines. The chart is laid out once as {@link Mark marks} in a {@value #WIDTH} × {@value #HEIGHT}
 * px box; the HTML writes them as inline SVG 1.1 (no script, no CSS) and the PDF draws the same
 * marks as vector paths ({@link PdfIndicatorCharts}), so the two look alike without a SVG renderer
 * in the PDF (Batik took ~40 % of a national report's PDF).
 */
final class IndicatorChart {

  static final int WIDTH = 520;
  static final int HEIGHT = 200;
  static final double FONT_SIZE = 10;
  private static final int LEFT = 48;
  private static final int RIGHT = 110;
  private static final int TOP = 14;
  private static final int BOTTOM = 30;
  private static final double[] DASH = {5, 3};

  private IndicatorChart() {}

  /** What the chart is drawn of, in px from its top left corner; colours as {@code #rrggbb}. */
  sealed interface Mark {}

  /** A straight line 1 px wide, dashed when {@code dash} is set (on, off lengths). */
  record Line(double x1, double y1, double x2, double y2, String colour, double[] dash)
      implements Mark {}

  /** The series joined by a line 2 px wide. */
  record Polyline(double[] xs, double[] ys, String colour) implements Mark {}

  /** A measured value's dot. */
  record Dot(double x, double y, double radius, String colour) implements Mark {}

  /** A label, its baseline at {@code y}, anchored at {@code x} by its start, middle or end. */
  record Label(double x, double y, Anchor anchor, String colour, String text) implements Mark {}

  enum Anchor {
    START,
    MIDDLE,
    END
  }

  /** The chart's marks, or an empty list when there is nothing to draw (no value). */
  static List<Mark> marks(IndicatorRow indicator) {
    List<Point> points = indicator.series();
    if (points.isEmpty()) {
      return List.of();
    }
    double min = 0;
    double max = Double.NEGATIVE_INFINITY;
    List<BigDecimal> all = new ArrayList<>(points.stream().map(Point::value).toList());
    if (indicator.baseline() != null) {
      all.add(indicator.baseline());
    }
    if (indicator.target() != null) {
      all.add(indicator.target());
    }
    for (BigDecimal value : all) {
      min = Math.min(min, value.doubleValue());
      max = Math.max(max, value.doubleValue());
    }
    if (max - min < 1e-9) {
      max = min + 1;
    }
    max = max + (max - min) * 0.1;
    long days =
        Math.max(
            1, ChronoUnit.DAYS.between(points.get(0).on(), points.get(points.size() - 1).on()));
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    List<Mark> marks = new ArrayList<>();
    // axes and the value scale
    marks.add(new Line(LEFT, TOP, LEFT, TOP + plotHeight, "#888888", null));
    marks.add(
        new Line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#888888", null));
    for (int i = 0; i <= 4; i++) {
      double value = min + (max - min) * i / 4;
      double y = TOP + plotHeight - plotHeight * i / 4.0;
      marks.add(new Line(LEFT - 3, y, LEFT + plotWidth, y, "#e4e4e4", null));
      marks.add(new Label(LEFT - 6, y + 3, Anchor.END, "#555555", number(value)));
    }
    final double lo = min;
    final double hi = max;
    DoubleUnaryOperator yOf = v -> TOP + plotHeight - (v - lo) / (hi - lo) * plotHeight;
    if (indicator.baseline() != null) {
      double y = yOf.applyAsDouble(indicator.baseline().doubleValue());
      marks.add(new Line(LEFT, y, LEFT + plotWidth, y, "#8a8a8a", DASH));
      marks.add(
          new Label(
              LEFT + plotWidth + 4,
              y + 3,
              Anchor.START,
              "#555555",
              "Utgångsläge " + number(indicator.baseline())));
    }
    if (indicator.target() != null) {
      double y = yOf.applyAsDouble(indicator.target().doubleValue());
      marks.add(new Line(LEFT, y, LEFT + plotWidth, y, "#2e8540", DASH));
      marks.add(
          new Label(
              LEFT + plotWidth + 4,
              y + 3,
              Anchor.START,
              "#2e8540",
              "Mål " + number(indicator.target())));
    }
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    List<Mark> dots = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      // a margin inside the axes, so the first and last labels clear the value scale and the edge
      xs[i] =
          points.size() == 1
              ? LEFT + plotWidth / 2.0
              : LEFT
                  + 20
                  + (plotWidth - 40)
                      * ChronoUnit.DAYS.between(points.get(0).on(), p.on())
                      / (double) days;
      ys[i] = yOf.applyAsDouble(p.value().doubleValue());
      dots.add(new Dot(xs[i], ys[i], 3, "#2f6f9f"));
      dots.add(new Label(xs[i], ys[i] - 6, Anchor.MIDDLE, "#222222", number(p.value())));
      if (i == 0 || i == points.size() - 1 || points.size() <= 6) {
        dots.add(
            new Label(xs[i], TOP + plotHeight + 14, Anchor.MIDDLE, "#555555", p.on().toString()));
      }
    }
    if (points.size() > 1) {
      marks.add(new Polyline(xs, ys, "#2f6f9f"));
    }
    marks.addAll(dots);
    return marks;
  }

  /** The chart as inline SVG, or null when there is nothing to draw (no value). */
  static String svg(IndicatorRow indicator) {
    List<Mark> marks = marks(indicator);
    if (marks.isEmpty()) {
      return null;
    }
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"")
        .append(fmt(FONT_SIZE))
        .append("\">");
    svg.append("<title>").append(ReportHtml.esc(indicator.name())).append("</title>");
    for (Mark mark : marks) {
      if (mark instanceof Line l) {
        svg.append("<line x1=\"")
            .append(fmt(l.x1()))
            .append("\" y1=\"")
            .append(fmt(l.y1()))
            .append("\" x2=\"")
            .append(fmt(l.x2()))
            .append("\" y2=\"")
            .append(fmt(l.y2()))
            .append("\" stroke=\"")
            .append(l.colour())
            .append("\" stroke-width=\"1\"");
        if (l.dash() != null) {
          svg.append(" stroke-dasharray=\"")
              .append(fmt(l.dash()[0]))
              .append(',')
              .append(fmt(l.dash()[1]))
              .append('"');
        }
        svg.append("/>");
      } else if (mark instanceof Polyline p) {
        svg.append("<path d=\"");
        for (int i = 0; i < p.xs().length; i++) {
          svg.append(i == 0 ? "M" : " L").append(fmt(p.xs()[i])).append(' ').append(fmt(p.ys()[i]));
        }
        svg.append("\" fill=\"none\" stroke=\"")
            .append(p.colour())
            .append("\" stroke-width=\"2\"/>");
      } else if (mark instanceof Dot d) {
        svg.append("<circle cx=\"")
            .append(fmt(d.x()))
            .append("\" cy=\"")
            .append(fmt(d.y()))
            .append("\" r=\"")
            .append(fmt(d.radius()))
            .append("\" fill=\"")
            .append(d.colour())
            .append("\"/>");
      } else if (mark instanceof Label t) {
        svg.append("<text x=\"")
            .append(fmt(t.x()))
            .append("\" y=\"")
            .append(fmt(t.y()))
            .append("\" text-anchor=\"")
            .append(t.anchor().name().toLowerCase(Locale.ROOT))
            .append("\" fill=\"")
            .append(t.colour())
            .append("\">")
            .append(ReportHtml.esc(t.text()))
            .append("</text>");
      }
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String fmt(double value) {
    // one decimal without String.format (a national report writes ~40 000 numbers)
    long tenths = Math.round(value * 10);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + (tenths / 10) + "." + (tenths % 10);
  }

  private static String number(double value) {
    return number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
  }

  /** Swedish decimal comma. */
  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
