package se.kommunstod.report;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import se.kommunstod.report.IndicatorChart.Dot;
import se.kommunstod.report.IndicatorChart.Label;
import se.kommunstod.report.IndicatorChart.Line;
import se.kommunstod.report.IndicatorChart.Mark;
import se.kommunstod.report.IndicatorChart.Polyline;

/**
 * Draws the report's indicator charts into the PDF as vector paths and Helvetica text, straight on
 * openhtmltopdf's output device: the page has an {@code <object type="}{@value #TYPE}{@code "
 * data-chart="n">} where the HTML has the chart's SVG, and this draws chart n's {@link
 * IndicatorChart#marks marks}. The SVG went through Batik (a DOM, CSS and a Graphics2D bridge per
 * chart), which took ~40 % of the PDF of 290 municipalities; the labels stay text, so the PDF's
 * text can still be extracted and searched.
 */
final class PdfIndicatorCharts implements FSObjectDrawerFactory {

  static final String TYPE = "application/x-kommunstod-indicator-chart";
  static final String INDEX = "data-chart";

  private final List<List<Mark>> charts;

  /**
   * @param charts the marks of the page's charts, by their {@value #INDEX}
   */
  PdfIndicatorCharts(List<List<Mark>> charts) {
    this.charts = charts;
  }

  @Override
  public boolean isReplacedObject(Element e) {
    return "object".equals(e.getNodeName()) && TYPE.equals(e.getAttribute("type"));
  }

  @Override
  public FSObjectDrawer createDrawer(Element e) {
    return isReplacedObject(e) ? this::draw : null;
  }

  private Map<Shape, String> draw(
      Element e,
      double x,
      double y,
      double width,
      double height,
      OutputDevice device,
      RenderingContext ctx,
      int dotsPerPixel) {
    List<Mark> marks = charts.get(Integer.parseInt(e.getAttribute(INDEX)));
    // the chart's px to the device's dots, as the <object>'s CSS box scales it
    double scale = width / IndicatorChart.WIDTH;
    FontSpecification spec = new FontSpecification();
    spec.families = new String[] {"Helvetica"};
    spec.size = (float) (IndicatorChart.FONT_SIZE * scale);
    spec.fontWeight = IdentValue.NORMAL;
    spec.fontStyle = IdentValue.NORMAL;
    spec.variant = IdentValue.NORMAL;
    FSFont font = ctx.getFont(spec);
    java.awt.Stroke before = device.getStroke();
    // the device fakes bold from the last text's specification (the bold heading above): ours
    AbstractOutputDevice fonts = (AbstractOutputDevice) device;
    FontSpecification fontBefore = fonts.getFontSpecification();
    fonts.setFontSpecification(spec);
    for (Mark mark : marks) {
      if (mark instanceof Line l) {
        device.setColor(colour(l.colour()));
        device.setStroke(
            l.dash() == null
                ? new BasicStroke((float) scale)
                : new BasicStroke(
                    (float) scale,
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER,
                    10f,
                    new float[] {(float) (l.dash()[0] * scale), (float) (l.dash()[1] * scale)},
                    0f));
        device.draw(
            new Line2D.Double(
                x + l.x1() * scale, y + l.y1() * scale, x + l.x2() * scale, y + l.y2() * scale));
      } else if (mark instanceof Polyline p) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < p.xs().length; i++) {
          double px = x + p.xs()[i] * scale;
          double py = y + p.ys()[i] * scale;
          if (i == 0) {
            path.moveTo(px, py);
          } else {
            path.lineTo(px, py);
          }
        }
        device.setColor(colour(p.colour()));
        device.setStroke(
            new BasicStroke((float) (2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        device.draw(path);
      } else if (mark instanceof Dot d) {
        double r = d.radius() * scale;
        device.setColor(colour(d.colour()));
        device.fill(
            new Ellipse2D.Double(x + d.x() * scale - r, y + d.y() * scale - r, 2 * r, 2 * r));
      } else if (mark instanceof Label t) {
        String text = t.text();
        float w = ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, text);
        double left =
            switch (t.anchor()) {
              case START -> x + t.x() * scale;
              case MIDDLE -> x + t.x() * scale - w / 2.0;
              case END -> x + t.x() * scale - w;
            };
        device.setColor(colour(t.colour()));
        device.setFont(font);
        ((PdfBoxOutputDevice) device)
            .drawString(text, (float) left, (float) (y + t.y() * scale), null);
      }
    }
    device.setStroke(before);
    fonts.setFontSpecification(fontBefore);
    return null;
  }

  private static FSRGBColor colour(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return new FSRGBColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
  }
}
