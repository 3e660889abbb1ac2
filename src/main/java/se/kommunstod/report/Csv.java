package se.kommunstod.report;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it. */
public final class Csv {

  private final StringBuilder out = new StringBuilder();

  public Csv row(Object... fields) {
    return row(java.util.Arrays.asList(fields));
  }

  public Csv row(List<?> fields) {
    out.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    return this;
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
