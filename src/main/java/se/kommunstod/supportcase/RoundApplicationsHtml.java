package se.kommunstod.supportcase;

import java.util.List;
import java.util.Map;

/** The round's applications as one HTML table, most prioritised first (Swedish). */
final class RoundApplicationsHtml {

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("hog", "hög"),
          Map.entry("medel", "medel"),
          Map.entry("lag", "låg"),
          Map.entry("etablerat", "etablerat"),
          Map.entry("paborjat", "påbörjat"),
          Map.entry("saknas", "saknas"),
          Map.entry("god", "god"),
          Map.entry("begransad", "begränsad"),
          Map.entry("otillracklig", "otillräcklig"),
          Map.entry("bevilja", "Bevilja stöd"),
          Map.entry("overvag", "Överväg"),
          Map.entry("avsla", "Avslå"));

  private RoundApplicationsHtml() {}

  static String render(String roundKey, List<RoundApplications.Compared> rows) {
    StringBuilder out =
        new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/>")
            .append("<title>Ansökningar i ")
            .append(esc(roundKey))
            .append(" – Kommunstöd</title><style>")
            .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
            .append(
                "th,td{border:1px solid #bbb;padding:.4em .6em;vertical-align:top;text-align:left}")
            .append("th{background:#eee}td.areas{white-space:pre-line}</style></head><body>")
            .append("<h1>Ansökningar i stödomgången ")
            .append(esc(roundKey))
            .append("</h1>")
            .append(
                "<p>Efter prioritet enligt beslutstabellen prioritiseApplication (1 = högst), sedan polisens ")
            .append(
                "klassning. Särskilt utsatta områden och riskområden prioriteras, liksom kommuner där stödet ")
            .append("bedöms få störst effekt (regeringsbeslut Ju2022/01000).</p>");
    if (rows.isEmpty()) {
      return out.append("<p>Inga ansökningar har prioriterats ännu.</p></body></html>").toString();
    }
    out.append(
            "<table><tr><th>Prioritet</th><th>Kommun</th><th>Områden (polisens lista)</th><th>Klassning</th>")
        .append(
            "<th>Förväntad effekt</th><th>Befintligt arbete</th><th>Förmåga</th><th>Rekommendation</th>")
        .append("<th>Regel</th><th>Beslut</th></tr>");
    for (RoundApplications.Compared r : rows) {
      out.append("<tr><td>")
          .append(r.priority())
          .append("</td><td>")
          .append(esc(r.municipalityName()))
          .append("</td><td class=\"areas\">")
          .append(esc(r.areas() == null ? "" : r.areas()))
          .append("</td><td>")
          .append(esc(r.policeClassificationName()))
          .append("</td><td>")
          .append(esc(word(r.expectedEffect())))
          .append("</td><td>")
          .append(esc(word(r.existingWork())))
          .append("</td><td>")
          .append(esc(word(r.capacity())))
          .append("</td><td>")
          .append(esc(word(r.recommendation())))
          .append("</td><td>")
          .append(esc(r.rule()))
          .append("</td><td>")
          .append(
              r.decision() == null
                  ? "Ej beslutad"
                  : esc(r.decision().swedishName() + " (" + r.decidedOn() + ")"))
          .append("</td></tr>");
    }
    return out.append("</table></body></html>").toString();
  }

  private static String word(String code) {
    return code == null ? "" : WORDS.getOrDefault(code, code);
  }

  private static String esc(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
