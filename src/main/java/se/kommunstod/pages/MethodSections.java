package se.kommunstod.pages;

import static se.kommunstod.pages.Pages.date;
import static se.kommunstod.pages.Pages.esc;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.kommunstod.assessment.ObservationSource;
import se.kommunstod.assessment.SituationPictureController.CauseView;
import se.kommunstod.assessment.SituationPictureController.ObservationView;
import se.kommunstod.assessment.SituationPictureController.ProblemView;
import se.kommunstod.assessment.SituationPictureController.SituationPictureView;
import se.kommunstod.evaluation.IndicatorController.IndicatorView;
import se.kommunstod.evaluation.IndicatorController.ValueView;
import se.kommunstod.evaluation.IndicatorDirection;
import se.kommunstod.plan.ActivityPlanController.ActivityPlanView;
import se.kommunstod.plan.ActivityPlanController.MeasureView;
import se.kommunstod.plan.ActivityPlanController.SignatoryView;

/**
 * The case page's sections on the knowledge-based method (issue 17), read-only and in Swedish: what
 * each organisation observed, the prioritised problems with their causes, the action plan after
 * Brå's template and the indicators against their baseline and target. Kept apart from {@link
 * CasePageController} so that the page's frame and the method's tables can change alone.
 */
final class MethodSections {

  private MethodSections() {}

  /**
   * "Lägesbilder": every organisation's observed problems, side by side as in the joint analysis.
   */
  static void situationPictures(StringBuilder b, CaseOverview.Method method) {
    b.append("<section id=\"lagesbilder\"><h2>Lägesbilder</h2>\n");
    if (method.situationPictures().isEmpty()) {
      b.append("<p class=\"empty\">Ingen organisation har lämnat sin lägesbild ännu.</p>\n");
    }
    for (SituationPictureView picture : method.situationPictures()) {
      b.append("<article class=\"situation-picture\"><h3>")
          .append(esc(picture.contributorName()))
          .append("</h3>\n");
      if (picture.summary() != null && !picture.summary().isBlank()) {
        b.append("<p>").append(esc(picture.summary())).append("</p>\n");
      }
      if (picture.observations().isEmpty()) {
        b.append("<p class=\"muted\">Inga observerade problem angivna.</p>\n");
      } else {
        b.append(
            "<table class=\"observations\"><thead><tr><th>Nr</th><th>Problem</th><th>Plats</th>"
                + "<th>Omfattning</th><th>Utveckling</th><th>Källor</th><th>Beskrivning</th>"
                + "</tr></thead><tbody>\n");
        for (ObservationView o : picture.observations()) {
          b.append("<tr><td>")
              .append(esc(o.reference()))
              .append("</td><td>")
              .append(esc(o.categoryName()))
              .append("</td><td>")
              .append(esc(place(o)))
              .append("</td><td>")
              .append(o.extent() == null ? "" : esc(o.extent().swedishName()))
              .append("</td><td>")
              .append(o.trend() == null ? "" : esc(o.trend().swedishName()))
              .append("</td><td>")
              .append(
                  esc(
                      o.sources().stream()
                          .map(ObservationSource::swedishName)
                          .collect(Collectors.joining(", "))))
              .append("</td><td>")
              .append(esc(o.description()))
              .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
      }
      b.append("</article>\n");
    }
    b.append("</section>\n");
  }

  /** "Prioriterade problem": the joint analysis's problems, their causes and what they rest on. */
  static void problems(StringBuilder b, CaseOverview.Method method) {
    b.append("<section id=\"prioriterade-problem\"><h2>Prioriterade problem och orsaker</h2>\n");
    if (method.problems().isEmpty()) {
      b.append("<p class=\"empty\">Den gemensamma analysen är inte gjord ännu.</p>\n");
      b.append("</section>\n");
      return;
    }
    Map<Long, String> references = new HashMap<>();
    method.situationPictures().stream()
        .flatMap(p -> p.observations().stream())
        .forEach(o -> references.put(o.id(), o.reference()));
    b.append(
        "<table class=\"problems\"><thead><tr><th>Nr</th><th>Problem</th><th>Kategori</th>"
            + "<th>Orsaker</th><th>Bygger på</th></tr></thead><tbody>\n");
    for (ProblemView problem : method.problems()) {
      b.append("<tr><td class=\"num\">")
          .append(problem.priority())
          .append("</td><td>")
          .append(esc(problem.description()))
          .append("</td><td>")
          .append(problem.category() == null ? "" : esc(problem.category().swedishName()))
          .append("</td><td>");
      if (problem.causes().isEmpty()) {
        b.append("<span class=\"muted\">inga angivna</span>");
      } else {
        b.append("<ul class=\"causes\">");
        for (CauseView cause : problem.causes()) {
          b.append("<li>").append(esc(cause.description())).append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</td><td>")
          .append(
              esc(
                  problem.observationIds().stream()
                      .map(id -> references.getOrDefault(id, "observation " + id))
                      .sorted()
                      .collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n</section>\n");
  }

  /** "Aktivitetsplan": the agreement and one row per measure, after Brå's template. */
  static void activityPlan(StringBuilder b, CaseOverview.Method method) {
    b.append("<section id=\"aktivitetsplan\"><h2>Aktivitetsplan</h2>\n");
    ActivityPlanView plan = method.activityPlan();
    if (plan == null) {
      b.append("<p class=\"empty\">Aktivitetsplanen görs vid uppstarten.</p>\n</section>\n");
      return;
    }
    if (plan.goal() != null) {
      b.append("<p><strong>Mål:</strong> ").append(esc(plan.goal())).append("</p>\n");
    }
    b.append("<p class=\"meta\">");
    if (plan.agreementKind() != null) {
      b.append(esc(plan.agreementKind().swedishName()));
      if (plan.agreementSignedOn() != null) {
        b.append(" undertecknad ").append(date(plan.agreementSignedOn()));
      }
      if (!plan.signatories().isEmpty()) {
        b.append(" av ")
            .append(
                esc(
                    plan.signatories().stream()
                        .map(MethodSections::signatory)
                        .collect(Collectors.joining(", "))));
      }
    } else if (Boolean.TRUE.equals(plan.declarationOfIntentSigned())) {
      b.append("Avsiktsförklaring undertecknad");
    }
    if (plan.adoptedOn() != null) {
      b.append(" · antagen ").append(date(plan.adoptedOn()));
    }
    b.append("</p>\n");
    if (!plan.citizenPromises().isEmpty()) {
      b.append("<h3>Medborgarlöften</h3><ul>");
      plan.citizenPromises().forEach(p -> b.append("<li>").append(esc(p)).append("</li>"));
      b.append("</ul>\n");
    }
    if (plan.measures().isEmpty()) {
      b.append("<p class=\"muted\">Planen har inga åtgärder.</p>\n");
    } else {
      b.append(
          "<table class=\"measures\"><thead><tr><th>Problem</th><th>Orsak</th><th>Åtgärd</th>"
              + "<th>Operativt mål</th><th>När</th><th>Vem</th><th>Uppföljning</th><th>Status</th>"
              + "</tr></thead><tbody>\n");
      for (MeasureView m : plan.measures()) {
        b.append("<tr><td>")
            .append(esc(m.problem()))
            .append("</td><td>")
            .append(esc(m.cause()))
            .append("</td><td>")
            .append(esc(m.measure()))
            .append(
                m.focusArea() == null
                    ? ""
                    : "<br><span class=\"muted\">" + esc(m.focusArea().swedishName()) + "</span>")
            .append("</td><td>")
            .append(esc(m.operativeGoal()))
            .append("</td><td>")
            .append(date(m.dueOn()))
            .append("</td><td>")
            .append(m.owner() == null ? "" : esc(m.owner().organisationName()))
            .append("</td><td>")
            .append(
                m.indicator() == null
                    ? "<span class=\"muted\">ingen indikator</span>"
                    : esc(m.indicator()))
            .append("</td><td>")
            .append(m.status() == null ? "" : esc(m.status().swedishName()))
            .append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
    b.append("</section>\n");
  }

  /**
   * "Indikatorer": each indicator's latest value against its baseline and target, and its series.
   */
  static void indicators(StringBuilder b, List<IndicatorView> indicators) {
    b.append("<section id=\"indikatorer\"><h2>Indikatorer</h2>\n");
    if (indicators.isEmpty()) {
      b.append("<p class=\"empty\">Inga indikatorer ännu.</p>\n</section>\n");
      return;
    }
    b.append(
        "<table class=\"indicators\"><thead><tr><th>Indikator</th><th>Källa</th>"
            + "<th>Utgångsvärde</th><th>Mål</th><th>Senaste värde</th><th>Läge</th>"
            + "<th>Mätvärden</th></tr></thead><tbody>\n");
    for (IndicatorView indicator : indicators) {
      ValueView latest =
          indicator.values().stream().max(Comparator.comparing(ValueView::measuredOn)).orElse(null);
      b.append("<tr><td>")
          .append(esc(indicator.name()))
          .append(indicator.unit() == null ? "" : " (" + esc(indicator.unit()) + ")")
          .append("</td><td>")
          .append(esc(indicator.source()))
          .append("</td><td class=\"num\">")
          .append(number(indicator.baseline()))
          .append("</td><td class=\"num\">")
          .append(number(indicator.target()))
          .append(
              indicator.direction() == null
                  ? ""
                  : indicator.direction() == IndicatorDirection.DECREASE
                      ? " <span class=\"muted\">(ska minska)</span>"
                      : " <span class=\"muted\">(ska öka)</span>")
          .append("</td><td class=\"num\">")
          .append(
              latest == null
                  ? "<span class=\"muted\">inget ännu</span>"
                  : number(latest.value())
                      + " <span class=\"muted\">("
                      + date(latest.measuredOn())
                      + ")</span>")
          .append("</td><td>")
          .append(esc(standing(indicator, latest)))
          .append("</td><td>");
      List<String> values =
          indicator.values().stream()
              .map(v -> date(v.measuredOn()) + ": " + number(v.value()))
              .toList();
      b.append(
          values.isEmpty()
              ? "<span class=\"muted\">inga ännu</span>"
              : esc(String.join(" · ", values)));
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>\n</section>\n");
  }

  /**
   * Where the latest value stands: the target reached, better or worse than the baseline, in the
   * indicator's own direction.
   */
  static String standing(IndicatorView indicator, ValueView latest) {
    if (latest == null || indicator.direction() == null) {
      return "";
    }
    int sign = indicator.direction() == IndicatorDirection.DECREASE ? -1 : 1;
    BigDecimal value = latest.value();
    if (indicator.target() != null && sign * value.compareTo(indicator.target()) >= 0) {
      return "Målet är nått";
    }
    if (indicator.baseline() == null) {
      return "";
    }
    int change = sign * value.compareTo(indicator.baseline());
    return change > 0
        ? "Bättre än utgångsvärdet"
        : change < 0 ? "Sämre än utgångsvärdet" : "Som utgångsvärdet";
  }

  private static String place(ObservationView o) {
    String area = o.areaName() == null ? "Hela kommunen" : o.areaName();
    return o.place() == null || o.place().isBlank() ? area : area + ", " + o.place();
  }

  private static String signatory(SignatoryView s) {
    String organisation = s.organisation() == null ? "" : s.organisation().organisationName();
    return s.title() == null || s.title().isBlank()
        ? organisation
        : s.title() + (organisation.isEmpty() ? "" : " (" + organisation + ")");
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
