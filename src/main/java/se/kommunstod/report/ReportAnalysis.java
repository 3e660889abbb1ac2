package se.kommunstod.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.meeting.ActionItemStatus;
import se.kommunstod.plan.FocusArea;
import se.kommunstod.report.FinalReport.CaseSection;
import se.kommunstod.report.FinalReport.IndicatorRow;
import se.kommunstod.report.FinalReport.InterventionRow;

/**
 * The written parts of the report, derived from the figures: analysis and how the work can
 * continue.
 */
final class ReportAnalysis {

  private ReportAnalysis() {}

  static List<String> of(CaseSection c) {
    List<String> text = new ArrayList<>();
    text.add(
        c.closedOn() == null
            ? "Stödet pågår sedan " + c.openedOn() + "."
            : "Stödet pågick " + c.openedOn() + " – " + c.closedOn() + ".");
    text.add(
        c.plan() == null
            ? "Ingen aktivitetsplan är antagen ännu."
            : "Aktivitetsplanen antogs "
                + c.plan().adoptedOn()
                + " med "
                + c.plan().focusAreas().size()
                + " fokusområden.");
    long items = c.actionItemsByStatus().values().stream().mapToLong(Long::longValue).sum();
    text.add(
        c.meetings().size()
            + " samverkansmöten hölls; "
            + c.actionItems(ActionItemStatus.DONE.name())
            + " av "
            + items
            + " åtgärdspunkter är klara och "
            + c.actionItems(ActionItemStatus.OPEN.name())
            + " öppna.");
    if (c.interventions().isEmpty()) {
      text.add("Inga insatser har startat.");
    } else {
      long withOutcome = c.interventions().stream().filter(i -> i.outcome() != null).count();
      text.add(
          c.interventions().size()
              + " insatser, vanligaste metod: "
              + leaders(c.interventionsByMethod(), InterventionMethod::swedishName)
              + "; "
              + withOutcome
              + " med redovisat resultat.");
    }
    for (IndicatorRow i : c.indicators()) {
      text.add(indicator(i));
    }
    FinalReport.Evaluation e = c.evaluation();
    if (e.indicatorTrend() != null) {
      text.add(
          "Indikatorernas utveckling enligt uppföljningen: "
              + e.indicatorTrend().swedishName().toLowerCase(Locale.ROOT)
              + ".");
    }
    if (c.survey().answers() > 0) {
      text.add(
          c.survey().answers()
              + (c.survey().answers() == 1 ? " organisation" : " organisationer")
              + " besvarade deltagarenkäten; "
              + c.survey().statements().stream()
                  .map(st -> "”" + st.statement() + "” " + decimal(st.mean()))
                  .reduce((x, y) -> x + ", " + y)
                  .orElse("")
              + " i medel av 5.");
    }
    if (e.goalsAchieved() != null) {
      text.add(
          "Brås utvärdering: målen uppnåddes – "
              + e.goalsAchieved().swedishName().toLowerCase(Locale.ROOT)
              + ".");
    }
    return text;
  }

  static String indicator(IndicatorRow i) {
    if (i.measurements() == 0) {
      return "Indikatorn ”" + i.name() + "” har inte mätts.";
    }
    if (i.measurements() == 1) {
      return "Indikatorn ”"
          + i.name()
          + "” har ett mätvärde: "
          + decimal(i.latest())
          + " "
          + i.unit()
          + " ("
          + i.latestOn()
          + ").";
    }
    BigDecimal change = i.latest().subtract(i.first());
    String direction =
        change.signum() == 0
            ? "oförändrad"
            : change.signum() > 0
                ? "ökade med " + decimal(change.abs())
                : "minskade med " + decimal(change.abs());
    return "Indikatorn ”"
        + i.name()
        + "” "
        + (change.signum() == 0 ? "var " + direction : direction + " " + i.unit())
        + ": från "
        + decimal(i.first())
        + " ("
        + i.firstOn()
        + ") till "
        + decimal(i.latest())
        + " ("
        + i.latestOn()
        + ").";
  }

  static List<String> continuation(CaseSection c, LocalDate asOf) {
    List<String> text = new ArrayList<>();
    if (c.closedOn() == null) {
      text.add("Stödärendet är öppet; arbetet fortsätter i processen.");
    }
    c.openActionItems()
        .forEach(
            a ->
                text.add(
                    "Öppen åtgärdspunkt: "
                        + a.description()
                        + " (ansvar: "
                        + a.owner()
                        + ", senast "
                        + a.dueDate()
                        + ")."));
    for (InterventionRow i : c.interventions()) {
      if (i.outcome() == null && (i.endsOn() == null || i.endsOn().isAfter(asOf))) {
        text.add(
            "Pågående insats: "
                + i.title()
                + " ("
                + i.method().swedishName()
                + ")"
                + (i.endsOn() == null ? "" : ", planerad till " + i.endsOn())
                + ".");
      }
    }
    if (!c.indicators().isEmpty()) {
      text.add("Fortsätt mäta indikatorerna för att se effekten över tid.");
    }
    if (text.isEmpty()) {
      text.add("Inga öppna åtgärdspunkter eller pågående insatser.");
    }
    return text;
  }

  static List<String> overall(FinalReport report) {
    List<String> text = new ArrayList<>();
    long interventions = report.cases().stream().mapToLong(c -> c.interventions().size()).sum();
    long meetings = report.cases().stream().mapToLong(c -> c.meetings().size()).sum();
    text.add(
        report.cases().size()
            + " stödärenden, "
            + meetings
            + " samverkansmöten och "
            + interventions
            + " insatser.");
    if (interventions > 0) {
      text.add(
          "Vanligaste metod: "
              + leaders(report.interventionsByMethod(), InterventionMethod::swedishName)
              + ".");
    }
    if (report.interventionsByFocusArea().values().stream().anyMatch(n -> n > 0)) {
      text.add(
          "Flest insatser inom: "
              + leaders(report.interventionsByFocusArea(), FocusArea::swedishName)
              + ".");
    }
    // while no step has taken any time (a fresh demo), "most time went to …" would name a step at 0
    report.hoursByStep().entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .filter(e -> e.getValue().signum() > 0)
        .ifPresent(
            e ->
                text.add(
                    "Mest tid gick till steget ”"
                        + e.getKey()
                        + "” ("
                        + decimal(e.getValue())
                        + " timmar sammanlagt)."));
    text.add(
        report.experience().lessons()
            + (report.experience().lessons() == 1 ? " erfarenhet" : " erfarenheter")
            + " dokumenterades, varav "
            + report.experience().released()
            + " släppta för kommuner utanför programmet.");
    return text;
  }

  /**
   * The keys with the highest count, e.g. "GVI (3)" or "GVI, SSPF och EST (1 vardera)"; a tie names
   * them all.
   */
  static <K> String leaders(Map<K, Long> counts, Function<K, String> name) {
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    List<String> names =
        counts.entrySet().stream()
            .filter(e -> max > 0 && e.getValue() == max)
            .map(e -> name.apply(e.getKey()))
            .toList();
    if (names.isEmpty()) {
      return "–";
    }
    String joined =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " och "
                + names.get(names.size() - 1);
    return joined + " (" + max + (names.size() > 1 ? " vardera" : "") + ")";
  }

  /** A decimal as Swedish text writes it: 4,5. */
  static String decimal(BigDecimal value) {
    return plain(value).replace('.', ',');
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
