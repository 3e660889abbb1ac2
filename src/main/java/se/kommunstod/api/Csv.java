package se.kommunstod.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it.
 *
 * <p>A text cell that begins with {@code = + - @}, a tab or a carriage return is read as a formula
 * by spreadsheet programs (CSV injection: a lesson titled {@code =HYPERLINK(...)} in the public
 * export would run in the reader's Excel). Such a cell gets a leading apostrophe, which the
 * programs show as text; numbers are written as they are.
 */
public final class Csv {

  private final StringBuilder out = new StringBuilder();
  private final char separator;

  /** Comma-separated (RFC 4180). */
  public Csv() {
    this(',');
  }

  /**
   * With another separator, e.g. ';' for Swedish spreadsheets, which read ',' as the decimal comma.
   */
  public Csv(char separator) {
    this.separator = separator;
  }

  public Csv row(Object... fields) {
    return row(java.util.Arrays.asList(fields));
  }

  public Csv row(List<?> fields) {
    out.append(
            fields.stream()
                .map(f -> field(f, separator))
                .collect(Collectors.joining(String.valueOf(separator))))
        .append("\r\n");
    return this;
  }

  static String field(Object value) {
    return field(value, ',');
  }

  static String field(Object value, char separator) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(separator) >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
