package se.kommunstod.report;

import java.util.Map;
import se.kommunstod.api.Csv;
import se.kommunstod.report.FinalReport.CaseSection;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.Step;

/**
 * The report's tables as one CSV in long form: {@code tabell,kommun,nyckel,värde}. {@code kommun} is
 * the municipality code, or {@code alla} for the whole programme; keys are codes (methods, focus
 * areas, statuses, trend and goals) or names (steps, problems, indicators). Decimal point, ISO dates.
 */
final class ReportCsv {

  static final String ALL = "alla";

  private ReportCsv() {
  }

  static String render(FinalReport r) {
    Csv csv = new Csv().row("tabell", "kommun", "nyckel", "värde");
    csv.row("rapport", ALL, r.interim() ? "delrapport" : "slutrapport", r.asOf());
    for (CaseSection c : r.cases()) {
      String code = c.municipalityCode();
      csv.row("ärende", code, "affärsnyckel", c.businessKey());
      csv.row("ärende", code, "öppnat", c.openedOn());
      csv.row("ärende", code, "avslutat", c.closedOn());
      csv.row("ärende", code, "lägesbilder", c.situationPictures());
      if (c.plan() != null) {
        csv.row("ärende", code, "plan antagen", c.plan().adoptedOn());
        c.plan().focusAreas().forEach(f -> csv.row("fokusområde", code, f.name(), 1));
      }
      for (Step s : c.steps()) {
        csv.row("steg_timmar", code, s.name(), s.hours().toPlainString());
      }
      csv.row("möten", code, "antal", c.meetings().size());
      csv.row("möten", code, "beslut", c.meetings().stream().mapToInt(FinalReport.MeetingRow::decisions).sum());
      c.actionItemsByStatus().forEach((status, n) -> csv.row("åtgärdspunkter", code, status, n));
      csv.row("insatser", code, "antal", c.interventions().size());
      csv.row("insatser", code, "med resultat", c.interventions().stream().filter(i -> i.outcome() != null).count());
      csv.row("insatser", code, "uppföljningar",
          c.interventions().stream().mapToInt(FinalReport.InterventionRow::followUps).sum());
      c.interventionsByMethod().forEach((m, n) -> csv.row("insatser_metod", code, m.name(), n));
      c.interventionsByProblem().forEach((p, n) -> csv.row("insatser_problem", code, p, n));
      for (IndicatorRow i : c.indicators()) {
        csv.row("indikator_mätningar", code, i.name(), i.measurements());
        if (i.first() != null) {
          csv.row("indikator_första", code, i.name(), ReportAnalysis.plain(i.first()));
          csv.row("indikator_senaste", code, i.name(), ReportAnalysis.plain(i.latest()));
        }
      }
      csv.row("erfarenheter", code, "antal", c.lessons().size());
      FinalReport.Evaluation e = c.evaluation();
      if (e.indicatorTrend() != null) {
        csv.row("uppföljning", code, "indikatortrend", e.indicatorTrend().name());
      }
      if (e.participantRating() != null) {
        csv.row("bedömning", code, "betyg", e.participantRating());
      }
      if (e.goalsAchieved() != null) {
        csv.row("utvärdering", code, "mål uppnådda", e.goalsAchieved().name());
      }
    }
    r.interventionsByFocusArea().forEach((f, n) -> csv.row("insatser_fokusområde", ALL, f.name(), n));
    r.interventionsByMethod().forEach((m, n) -> csv.row("insatser_metod", ALL, m.name(), n));
    for (Map.Entry<String, java.math.BigDecimal> e : r.hoursByStep().entrySet()) {
      csv.row("steg_timmar", ALL, e.getKey(), e.getValue().toPlainString());
    }
    csv.row("erfarenheter", ALL, "antal", r.experience().lessons());
    csv.row("erfarenheter", ALL, "släppta", r.experience().released());
    csv.row("erfarenheter", ALL, "från erfarenhetsträffar", r.experience().fromGatherings());
    return csv.toString();
  }
}
