package se.kommunstod.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kommunstod.api.Csv;
import se.kommunstod.intervention.InterventionCount;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.report.FinalReport.CaseSection;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.Step;

/**
 * The report's figures as CSV, in two forms from the same rows:
 *
 * <ul>
 *   <li>{@link #swedish}: for Swedish spreadsheets (Excel, LibreOffice with Swedish settings) —
 *       semicolon-separated, UTF-8 with a byte order mark, Swedish labels and municipality names,
 *       decimal comma: {@code Tabell;Kommun;Uppgift;Värde}.
 *   <li>{@link #codes}: the long form for programs — {@code tabell,kommun,nyckel,värde},
 *       comma-separated, municipality codes or {@code alla}, keys as codes (methods, focus areas,
 *       statuses), decimal point. The archived figures of a report submission are this form.
 * </ul>
 */
final class ReportCsv {

  static final String ALL = "alla";
  static final String ALL_SV = "Alla kommuner";
  static final String BOM = "\uFEFF";

  /**
   * One figure: its table, municipality and key both as code and as Swedish label, and its value.
   */
  record Row(
      String table,
      String tableSv,
      String municipality,
      String municipalitySv,
      String key,
      String keySv,
      Object value,
      Object valueSv) {}

  private ReportCsv() {}

  static String codes(FinalReport r) {
    Csv csv = new Csv().row("tabell", "kommun", "nyckel", "värde");
    rows(r).forEach(row -> csv.row(row.table(), row.municipality(), row.key(), plain(row.value())));
    return csv.toString();
  }

  static String swedish(FinalReport r) {
    Csv csv = new Csv(';').row("Tabell", "Kommun", "Uppgift", "Värde");
    rows(r)
        .forEach(
            row ->
                csv.row(
                    row.tableSv(), row.municipalitySv(), row.keySv(), swedishValue(row.valueSv())));
    return BOM + csv;
  }

  static List<Row> rows(FinalReport r) {
    List<Row> rows = new ArrayList<>();
    Rows out = new Rows(rows);
    out.all(
        "rapport",
        "Rapport",
        r.interim() ? "delrapport" : "slutrapport",
        r.interim() ? "Delrapport per" : "Slutrapport per",
        r.asOf());
    for (CaseSection c : r.cases()) {
      Rows of = out.of(c.municipalityCode(), c.municipalityName());
      of.add("ärende", "Stödärende", "affärsnyckel", "Ärendenummer", c.businessKey());
      of.add("ärende", "Stödärende", "öppnat", "Öppnat", c.openedOn());
      of.add("ärende", "Stödärende", "avslutat", "Avslutat", c.closedOn());
      of.add("ärende", "Stödärende", "lägesbilder", "Lägesbilder", c.situationPictures());
      if (c.plan() != null) {
        of.add(
            "ärende", "Stödärende", "plan antagen", "Aktivitetsplan antagen", c.plan().adoptedOn());
        c.plan()
            .focusAreas()
            .forEach(
                f ->
                    of.add(
                        "fokusområde",
                        "Aktivitetsplanens fokusområden",
                        f.name(),
                        f.swedishName(),
                        1));
      }
      // a step done once per organisation (the survey) is one row: the hours of all its tasks
      Map<String, BigDecimal> hours = new java.util.LinkedHashMap<>();
      for (Step s : c.steps()) {
        hours.merge(s.name(), s.hours(), BigDecimal::add);
      }
      hours.forEach(
          (step, h) -> of.add("steg_timmar", "Timmar per steg", step, step, new Hours(h)));
      of.add("möten", "Samverkansmöten", "antal", "Hållna möten", c.meetings().size());
      of.add(
          "möten",
          "Samverkansmöten",
          "beslut",
          "Beslut",
          c.meetings().stream().mapToInt(FinalReport.MeetingRow::decisions).sum());
      c.actionItemsByStatus()
          .forEach(
              (status, n) ->
                  of.add(
                      "åtgärdspunkter",
                      "Åtgärdspunkter per status",
                      status,
                      ActionItemStatus.valueOf(status).swedishName(),
                      n));
      of.add("insatser", "Insatser", "antal", "Insatser", c.interventions().size());
      of.add(
          "insatser",
          "Insatser",
          "med resultat",
          "Med redovisat resultat",
          c.interventions().stream().filter(i -> i.outcome() != null).count());
      of.add(
          "insatser",
          "Insatser",
          "uppföljningar",
          "Uppföljningar",
          c.interventions().stream().mapToInt(FinalReport.InterventionRow::followUps).sum());
      c.interventionsByMethod()
          .forEach(
              (m, n) ->
                  of.add("insatser_metod", "Insatser per metod", m.name(), m.swedishName(), n));
      c.interventionsByProblem()
          .forEach((p, n) -> of.add("insatser_problem", "Insatser per problem", p, p, n));
      interventionCounts(
          of,
          "insatser_fokusområde_problem",
          "Insatser per fokusområde och problem",
          c.interventionsByFocusAreaAndProblem());
      for (IndicatorRow i : c.indicators()) {
        of.add(
            "indikator_mätningar",
            "Indikatorer: antal mätningar",
            i.name(),
            i.name(),
            i.measurements());
        if (i.baseline() != null) {
          of.add(
              "indikator_utgångsläge",
              "Indikatorer: utgångsläge",
              i.name(),
              i.name(),
              i.baseline());
        }
        if (i.target() != null) {
          of.add("indikator_mål", "Indikatorer: mål", i.name(), i.name(), i.target());
        }
        if (i.first() != null) {
          of.add("indikator_första", "Indikatorer: första värde", i.name(), i.name(), i.first());
          of.add("indikator_senaste", "Indikatorer: senaste värde", i.name(), i.name(), i.latest());
        }
        for (FinalReport.Point p : i.series()) {
          of.add(
              "indikator_värde",
              "Indikatorer: mätvärden",
              i.name() + " " + p.on(),
              i.name() + " " + p.on(),
              p.value());
        }
      }
      survey(of, c.survey());
      braSupport(of, c.braSupport());
      of.add(
          "erfarenheter",
          "Erfarenheter",
          "antal",
          "Dokumenterade erfarenheter",
          c.lessons().size());
      FinalReport.Evaluation e = c.evaluation();
      if (e.indicatorTrend() != null) {
        of.add(
            "uppföljning",
            "Uppföljning",
            "indikatortrend",
            "Indikatorernas utveckling",
            e.indicatorTrend().name(),
            e.indicatorTrend().swedishName());
      }
      if (e.goalsAchieved() != null) {
        of.add(
            "utvärdering",
            "Brås utvärdering",
            "mål uppnådda",
            "Målen uppnådda",
            e.goalsAchieved().name(),
            e.goalsAchieved().swedishName());
      }
    }
    Rows all = out.of(ALL, ALL_SV);
    r.interventionsByFocusArea()
        .forEach(
            (f, n) ->
                all.add(
                    "insatser_fokusområde",
                    "Insatser per fokusområde",
                    f.name(),
                    f.swedishName(),
                    n));
    r.interventionsByMethod()
        .forEach(
            (m, n) ->
                all.add("insatser_metod", "Insatser per metod", m.name(), m.swedishName(), n));
    interventionCounts(
        all,
        "insatser_fokusområde_problemkategori",
        "Insatser per fokusområde och problemkategori",
        r.interventionsByFocusAreaAndProblemCategory());
    for (Map.Entry<String, BigDecimal> e : r.hoursByStep().entrySet()) {
      all.add("steg_timmar", "Timmar per steg", e.getKey(), e.getKey(), new Hours(e.getValue()));
    }
    survey(all, r.survey());
    braSupport(all, r.braSupport());
    all.add(
        "erfarenheter",
        "Erfarenheter",
        "antal",
        "Dokumenterade erfarenheter",
        r.experience().lessons());
    all.add(
        "erfarenheter",
        "Erfarenheter",
        "släppta",
        "Släppta för andra kommuner",
        r.experience().released());
    all.add(
        "erfarenheter",
        "Erfarenheter",
        "från erfarenhetsträffar",
        "Från erfarenhetsträffar",
        r.experience().fromGatherings());
    return rows;
  }

  /**
   * Interventions per focus area and problem (or category): how many, and per result (each outcome
   * rating, and without a rated outcome by the report date) in the table {@code <table>_resultat}.
   */
  private static void interventionCounts(
      Rows of, String table, String tableSv, List<InterventionCount> counts) {
    for (InterventionCount c : counts) {
      String key = InterventionCountLabels.codeKey(c);
      String keySv = InterventionCountLabels.swedishKey(c);
      of.add(table, tableSv, key, keySv, c.interventions());
      String results = table + "_resultat";
      String resultsSv = tableSv + ": resultat";
      c.results()
          .forEach(
              (rating, n) ->
                  of.add(
                      results,
                      resultsSv,
                      key + " / " + rating.name(),
                      keySv + " / " + rating.swedishName(),
                      n));
      of.add(
          results,
          resultsSv,
          key + " / " + InterventionCountLabels.NONE,
          keySv + " / " + InterventionCountLabels.NO_RESULT,
          c.withoutResult());
    }
  }

  private static void survey(Rows of, FinalReport.Survey survey) {
    of.add("enkät", "Deltagarenkät", "svar", "Svar", survey.answers());
    for (FinalReport.StatementSummary s : survey.statements()) {
      of.add("enkät_medel", "Deltagarenkät: medelvärde", s.statement(), s.statement(), s.mean());
      for (int rating = 1; rating <= 5; rating++) {
        of.add(
            "enkät_fördelning",
            "Deltagarenkät: antal svar per värde",
            s.statement() + " " + rating,
            s.statement() + ": " + rating,
            s.distribution().get(rating - 1));
      }
    }
  }

  private static void braSupport(Rows of, FinalReport.BraSupportSummary support) {
    of.add(
        "brås_stöd", "Brås stöd", "poster", "Registrerade stödinsatser", support.entries().size());
    of.add("brås_stöd", "Brås stöd", "timmar", "Timmar", support.hours());
    support
        .hoursByKind()
        .forEach((k, h) -> of.add("brås_stöd_slag", "Brås stöd: timmar per slag", k, k, h));
    support
        .hoursByPartner()
        .forEach(
            (k, h) ->
                of.add(
                    "brås_stöd_partner", "Brås stöd: timmar per samverkande myndighet", k, k, h));
    support
        .hoursByFocusArea()
        .forEach(
            (k, h) ->
                of.add("brås_stöd_fokusområde", "Brås stöd: timmar per fokusområde", k, k, h));
  }

  /** Hours of a step, always with their one decimal (24.0). */
  record Hours(BigDecimal value) {}

  static Object plain(Object value) {
    if (value instanceof Hours h) {
      return h.value().toPlainString();
    }
    return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value;
  }

  /** Numbers as Swedish spreadsheets read them (decimal comma); text stays text. */
  static Object swedishValue(Object value) {
    if (value instanceof Hours h) {
      return h.value().toPlainString().replace('.', ',');
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
    return value;
  }

  /** Adds rows for one municipality (or all). */
  private record Rows(List<Row> rows, String code, String name) {

    Rows(List<Row> rows) {
      this(rows, ALL, ALL_SV);
    }

    Rows of(String code, String name) {
      return new Rows(rows, code, name);
    }

    void all(String table, String tableSv, String key, String keySv, Object value) {
      rows.add(new Row(table, tableSv, ALL, ALL_SV, key, keySv, value, value));
    }

    void add(String table, String tableSv, String key, String keySv, Object value) {
      rows.add(new Row(table, tableSv, code, name, key, keySv, value, value));
    }

    void add(String table, String tableSv, String key, String keySv, Object value, Object valueSv) {
      rows.add(new Row(table, tableSv, code, name, key, keySv, value, valueSv));
    }
  }
}
