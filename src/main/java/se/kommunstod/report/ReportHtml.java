package se.kommunstod.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.report.FinalReport.CaseSection;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.InterventionRow;
import se.kommunstod.report.FinalReport.MeetingRow;
import se.kommunstod.report.FinalReport.Step;
import se.kommunstod.engine.EngineTime;

/**
 * The report as a self-contained XHTML page in Swedish (well-formed, so the PDF renderer can read
 * it). Charts are CSS bars, no JavaScript, so they show in the PDF too.
 */
final class ReportHtml {

  private final StringBuilder out = new StringBuilder();

  private ReportHtml() {
  }

  static String render(FinalReport report, String publicExportUrl) {
    ReportHtml html = new ReportHtml();
    html.document(report, publicExportUrl);
    return html.out.toString();
  }

  private void document(FinalReport r, String publicExportUrl) {
    String title = r.interim() ? "Delrapport per " + r.asOf() : "Slutrapport";
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>").append(esc(title)).append(" – Kommunstöd</title><style>")
        .append("""
            body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;color:#222;margin:1.5em}
            h1{font-size:18pt;margin-bottom:0}h2{font-size:14pt;border-bottom:1px solid #999;margin-top:1.5em}
            h3{font-size:11pt;margin-bottom:.3em}
            table{border-collapse:collapse;margin:.3em 0 .8em 0;width:100%}
            th,td{border:1px solid #bbb;padding:2px 5px;text-align:left;vertical-align:top}
            th{background:#eee}td.n{text-align:right;width:5em}
            .barcell{width:45%}.bar{background:#2f6f9f;height:9px}
            .meta{color:#555}@page{size:A4;margin:15mm}
            """).append("</style></head><body>\n");
    out.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Stöd till kommuner mot brottslighet och ")
        .append("otillåten påverkan. Sammanställt ").append(EngineTime.today()).append(" ur stödärendenas uppgifter")
        .append(r.interim() ? " till och med " + r.asOf() : "").append(". ").append(r.cases().size())
        .append(" stödärenden.</p>\n");

    out.append("<h2>Översikt</h2>\n");
    list(r.overallAnalysis());
    out.append("<h3>Insatser per fokusområde</h3>\n");
    bars(r.interventionsByFocusArea().entrySet().stream()
        .map(e -> Map.entry(e.getKey().swedishName(), BigDecimal.valueOf(e.getValue()))).toList(), "insatser");
    out.append("<h3>Insatser per metod</h3>\n");
    bars(r.interventionsByMethod().entrySet().stream()
        .map(e -> Map.entry(e.getKey().swedishName(), BigDecimal.valueOf(e.getValue()))).toList(), "insatser");
    out.append("<h3>Tid i varje steg (timmar, alla stödärenden)</h3>\n");
    bars(r.hoursByStep().entrySet().stream().toList(), "timmar");

    for (CaseSection c : r.cases()) {
      section(c);
    }

    out.append("<h2>Analys – hela programmet</h2>\n");
    list(r.overallAnalysis());
    out.append("<h2>Hur arbetet kan fortsätta</h2>\n");
    for (CaseSection c : r.cases()) {
      out.append("<h3>").append(esc(c.municipalityName())).append("</h3>\n");
      list(c.continuation());
    }
    out.append("<h2>Erfarenheter till andra</h2>\n<ul><li>").append(r.experience().lessons())
        .append(" erfarenheter i erfarenhetsbanken, sökbara för alla deltagande kommuner.</li><li>")
        .append(r.experience().released()).append(" släppta i den publika, anonymiserade exporten för kommuner ")
        .append("utanför programmet: ").append(esc(publicExportUrl)).append(" (JSON) och ")
        .append(esc(publicExportUrl)).append(".csv.</li><li>").append(r.experience().fromGatherings())
        .append(" erfarenheter från erfarenhetsträffar mellan kommunerna");
    if (!r.experience().gatherings().isEmpty()) {
      out.append(": ").append(esc(String.join(", ", r.experience().gatherings())));
    }
    out.append(".</li></ul>\n</body></html>\n");
  }

  private void section(CaseSection c) {
    out.append("<h2>").append(esc(c.municipalityName())).append("</h2>\n<p class=\"meta\">Stödärende ")
        .append(esc(c.businessKey())).append(", öppnat ").append(c.openedOn())
        .append(c.closedOn() == null ? ", pågår" : ", avslutat " + c.closedOn()).append(". Lägesbilder: ")
        .append(c.situationPictures()).append(".</p>\n");
    if (c.plan() != null) {
      out.append("<p>Aktivitetsplan antagen ").append(c.plan().adoptedOn()).append(": ").append(esc(c.plan().goal()))
          .append("<br/>Fokusområden: ")
          .append(esc(String.join(", ", c.plan().focusAreas().stream().map(FocusArea::swedishName).toList())))
          .append("</p>\n");
    }
    out.append("<h3>Steg</h3>\n<table><tr><th>Steg</th><th>Start</th><th>Slut</th><th>Timmar</th></tr>\n");
    for (Step s : c.steps()) {
      out.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(date(s.started())).append("</td><td>")
          .append(s.ended() == null ? "pågår" : date(s.ended())).append("</td><td class=\"n\">")
          .append(s.hours().toPlainString()).append("</td></tr>\n");
    }
    out.append("</table>\n<h3>Samverkansmöten (").append(c.meetings().size()).append(")</h3>\n")
        .append("<table><tr><th>Datum</th><th>Ämne</th><th>Beslut</th><th>Åtgärdspunkter</th></tr>\n");
    for (MeetingRow m : c.meetings()) {
      out.append("<tr><td>").append(m.heldOn()).append("</td><td>").append(esc(m.subject())).append("</td><td class=\"n\">")
          .append(m.decisions()).append("</td><td class=\"n\">").append(m.actionItems()).append("</td></tr>\n");
    }
    out.append("</table>\n<p>Åtgärdspunkter: ").append(c.actionItems(ActionItemStatus.OPEN.name())).append(" öppna, ")
        .append(c.actionItems(ActionItemStatus.DONE.name())).append(" klara, ")
        .append(c.actionItems(ActionItemStatus.CANCELLED.name())).append(" strukna.</p>\n");
    out.append("<h3>Insatser (").append(c.interventions().size()).append(")</h3>\n<table><tr><th>Insats</th>")
        .append("<th>Metod</th><th>Problem</th><th>Period</th><th>Uppföljningar</th></tr>\n");
    for (InterventionRow i : c.interventions()) {
      out.append("<tr><td>").append(esc(i.title())).append("</td><td>").append(esc(i.method().swedishName()))
          .append("</td><td>").append(esc(i.problem())).append("</td><td>").append(i.startsOn()).append(" – ")
          .append(i.endsOn() == null ? "" : i.endsOn().toString()).append("</td><td class=\"n\">").append(i.followUps())
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
    table("Insatser per metod", "Metod", c.interventionsByMethod().entrySet().stream()
        .map(e -> Map.entry(e.getKey().swedishName(), e.getValue())).toList());
    table("Insatser per problem", "Problem", c.interventionsByProblem().entrySet().stream().toList());
    out.append("<h3>Uppföljning: indikatorer</h3>\n<table><tr><th>Indikator</th><th>Enhet</th><th>Första</th>")
        .append("<th>Senaste</th><th>Mätningar</th></tr>\n");
    for (IndicatorRow i : c.indicators()) {
      out.append("<tr><td>").append(esc(i.name())).append("</td><td>").append(esc(i.unit())).append("</td><td>")
          .append(i.first() == null ? "" : ReportAnalysis.plain(i.first()) + " (" + i.firstOn() + ")").append("</td><td>")
          .append(i.latest() == null ? "" : ReportAnalysis.plain(i.latest()) + " (" + i.latestOn() + ")")
          .append("</td><td class=\"n\">").append(i.measurements()).append("</td></tr>\n");
    }
    FinalReport.Evaluation e = c.evaluation();
    out.append("</table>\n");
    if (e.indicatorTrend() != null) {
      out.append("<p>Indikatorernas utveckling: ").append(esc(e.indicatorTrend().swedishName())).append(". ")
          .append(esc(e.indicatorSummary())).append("</p>\n");
    }
    out.append("<h3>Deltagarnas bedömning</h3>\n<ul>");
    boolean any = false;
    if (e.participantRating() != null) {
      out.append("<li>Betyg för stödet: ").append(e.participantRating()).append(" av 5</li>");
      any = true;
    }
    if (e.participantAssessment() != null) {
      out.append("<li>").append(esc(e.participantAssessment())).append("</li>");
      any = true;
    }
    for (InterventionRow i : c.interventions()) {
      if (i.outcome() != null) {
        out.append("<li>Resultat av ").append(esc(i.title())).append(": ").append(esc(i.outcome())).append("</li>");
        any = true;
      }
      for (String note : i.followUpNotes()) {
        out.append("<li>Uppföljning av ").append(esc(i.title())).append(": ").append(esc(note)).append("</li>");
        any = true;
      }
    }
    for (FinalReport.LessonRow l : c.lessons()) {
      out.append("<li>Erfarenhet: ").append(esc(l.title())).append(l.released() ? " (publik)" : "").append("</li>");
      any = true;
    }
    if (!any) {
      out.append("<li>Inga bedömningar registrerade ännu.</li>");
    }
    out.append("</ul>\n");
    if (e.goalsAchieved() != null) {
      out.append("<h3>Brås utvärdering</h3>\n<p>Målen uppnådda: ").append(esc(e.goalsAchieved().swedishName()))
          .append(". ").append(esc(e.evaluationSummary())).append("</p>\n");
    }
    out.append("<h3>Analys</h3>\n");
    list(c.analysis());
  }

  private void table(String heading, String column, List<Map.Entry<String, Long>> rows) {
    out.append("<h3>").append(esc(heading)).append("</h3>\n<table><tr><th>").append(esc(column))
        .append("</th><th>Antal</th></tr>\n");
    for (Map.Entry<String, Long> row : rows) {
      out.append("<tr><td>").append(esc(row.getKey())).append("</td><td class=\"n\">").append(row.getValue())
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void bars(List<Map.Entry<String, BigDecimal>> rows, String unit) {
    if (rows.isEmpty()) {
      out.append("<p>Inga uppgifter.</p>\n");
      return;
    }
    BigDecimal max = rows.stream().map(Map.Entry::getValue).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    out.append("<table>\n");
    for (Map.Entry<String, BigDecimal> row : rows) {
      int percent = max.signum() == 0 ? 0 : row.getValue().multiply(BigDecimal.valueOf(100))
          .divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
      out.append("<tr><td>").append(esc(row.getKey())).append("</td><td class=\"n\">")
          .append(row.getValue().toPlainString()).append("</td><td class=\"barcell\"><div class=\"bar\" style=\"width:")
          .append(Math.max(percent, 1)).append("%\" title=\"").append(esc(unit)).append("\"></div></td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void list(List<String> items) {
    out.append("<ul>");
    items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>"));
    out.append("</ul>\n");
  }

  private static String date(java.time.Instant instant) {
    return java.time.LocalDateTime.ofInstant(instant, EngineTime.SWEDEN).withSecond(0).withNano(0).toString()
        .replace('T', ' ');
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    // an old record may hold what XML cannot carry (a lone surrogate, a control character):
    // the report shows U+FFFD there instead of failing (new input is refused, privacy.TextChecks)
    text = se.kommunstod.privacy.TextChecks.xmlSafe(text);
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

  static String methodName(InterventionMethod method) {
    return method.swedishName();
  }
}
