package se.kommunstod.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import se.kommunstod.engine.EngineTime;

/**
 * The frame and small helpers of Kommunstöd's server-rendered pages: Swedish, escaped, one
 * stylesheet.
 */
final class Pages {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(EngineTime.SWEDEN);

  private Pages() {}

  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String dateTime(Date date) {
    return date == null ? "" : DATE_TIME.format(date.toInstant());
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** A whole page: title, the navigation bar (kommunstod/nav.js) and the body. */
  static String page(String title, String pageId, String body) {
    return """
        <!doctype html>
        <html lang="sv">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s – Kommunstöd</title>
          <link rel="stylesheet" href="/kommunstod/nav.css">
          <link rel="stylesheet" href="/kommunstod/pages.css">
          <script src="/kommunstod/nav.js" defer></script>
        </head>
        <body data-page="%s">
        <main>
        %s
        </main>
        </body>
        </html>
        """
        .formatted(esc(title), esc(pageId), body);
  }
}
