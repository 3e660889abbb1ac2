package se.kommunstod.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.Point;

/**
 * An indicator's series as an inline SVG line chart: the values by date, the baseline and the
 * target as dashed lines. Plain SVG 1.1 (no script, no CSS), so browsers and openhtmltopdf (Batik)
 * draw the same.
 */
final class IndicatorChart {

  static final int WIDTH = 520;
  static final int HEIGHT = 200;
  private static final int LEFT = 48;
  private static final int RIGHT = 110;
  private static final int TOP = 14;
  private static final int BOTTOM = 30;

  private IndicatorChart() {}

  /** The chart, or null when there is nothing to draw (no value). */
  static String svg(IndicatorRow indicator) {
    List<Point> points = indicator.series();
    if (points.isEmpty()) {
      return null;
    }
    List<BigDecimal> all = new ArrayList<>(points.stream().map(Point::value).toList());
    if (indicator.baseline() != null) {
      all.add(indicator.baseline());
    }
    if (indicator.target() != null) {
      all.add(indicator.target());
    }
    double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
    double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    min = Math.min(0, min);
    if (max - min < 1e-9) {
      max = min + 1;
    }
    max = max + (max - min) * 0.1;
    long days =
        Math.max(
            1, ChronoUnit.DAYS.between(points.get(0).on(), points.get(points.size() - 1).on()));
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"10\">");
    svg.append("<title>").append(ReportHtml.esc(indicator.name())).append("</title>");
    // axes and the value scale
    svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#888", null));
    svg.append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#888", null));
    for (int i = 0; i <= 4; i++) {
      double value = min + (max - min) * i / 4;
      double y = TOP + plotHeight - plotHeight * i / 4.0;
      svg.append(line(LEFT - 3, y, LEFT + plotWidth, y, "#e4e4e4", null));
      svg.append(text(LEFT - 6, y + 3, "end", "#555", number(value)));
    }
    final double lo = min;
    final double hi = max;
    java.util.function.DoubleUnaryOperator yOf =
        v -> TOP + plotHeight - (v - lo) / (hi - lo) * plotHeight;
    if (indicator.baseline() != null) {
      double y = yOf.applyAsDouble(indicator.baseline().doubleValue());
      svg.append(line(LEFT, y, LEFT + plotWidth, y, "#8a8a8a", "5,3"));
      svg.append(
          text(
              LEFT + plotWidth + 4,
              y + 3,
              "start",
              "#555",
              "Utgångsläge " + number(indicator.baseline())));
    }
    if (indicator.target() != null) {
      double y = yOf.applyAsDouble(indicator.target().doubleValue());
      svg.append(line(LEFT, y, LEFT + plotWidth, y, "#2e8540", "5,3"));
      svg.append(
          text(
              LEFT + plotWidth + 4,
              y + 3,
              "start",
              "#2e8540",
              "Mål " + number(indicator.target())));
    }
    StringBuilder path = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      // a margin inside the axes, so the first and last labels clear the value scale and the edge
      double x =
          points.size() == 1
              ? LEFT + plotWidth / 2.0
              : LEFT
                  + 20
                  + (plotWidth - 40)
                      * ChronoUnit.DAYS.between(points.get(0).on(), p.on())
                      / (double) days;
      double y = yOf.applyAsDouble(p.value().doubleValue());
      path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
      dots.append("<circle cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(fmt(y))
          .append("\" r=\"3\" fill=\"#2f6f9f\"/>");
      dots.append(text(x, y - 6, "middle", "#222", number(p.value())));
      if (i == 0 || i == points.size() - 1 || points.size() <= 6) {
        dots.append(text(x, TOP + plotHeight + 14, "middle", "#555", p.on().toString()));
      }
    }
    if (points.size() > 1) {
      svg.append("<path d=\"")
          .append(path)
          .append("\" fill=\"none\" stroke=\"#2f6f9f\" stroke-width=\"2\"/>");
    }
    svg.append(dots);
    svg.append("</svg>");
    return svg.toString();
  }

  private static String line(
      double x1, double y1, double x2, double y2, String colour, String dash) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\"1\""
        + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        + "/>";
  }

  private static String text(double x, double y, String anchor, String colour, String text) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" fill=\""
        + colour
        + "\">"
        + ReportHtml.esc(text)
        + "</text>";
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String number(double value) {
    return number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
  }

  /** Swedish decimal comma. */
  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
