package se.kommunstod.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.kommunstod.evaluation.GoalsAchieved;
import se.kommunstod.evaluation.IndicatorTrend;
import se.kommunstod.intervention.InterventionCount;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;

/**
 * What the final (or interim) report says, compiled from the records by {@link ReportService};
 * rendered as HTML/PDF by {@link ReportHtml} (a Thymeleaf template) and as CSV by {@link
 * ReportCsv}. Maps keep a stable order. {@code interventionsByFocusAreaAndProblemCategory}: over
 * all cases, per focus area and problem category the interventions and their results.
 */
public record FinalReport(
    LocalDate asOf,
    boolean interim,
    List<CaseSection> cases,
    Map<FocusArea, Long> interventionsByFocusArea,
    Map<InterventionMethod, Long> interventionsByMethod,
    List<InterventionCount> interventionsByFocusAreaAndProblemCategory,
    Map<String, BigDecimal> hoursByStep,
    Experience experience,
    List<String> overallAnalysis,
    Survey survey,
    BraSupportSummary braSupport) {

  /** The same report with the analysis of the whole programme (written from the report itself). */
  FinalReport withOverallAnalysis(List<String> analysis) {
    return new FinalReport(
        asOf,
        interim,
        cases,
        interventionsByFocusArea,
        interventionsByMethod,
        interventionsByFocusAreaAndProblemCategory,
        hoursByStep,
        experience,
        analysis,
        survey,
        braSupport);
  }

  /**
   * One support case (one municipality). {@code interventionsByFocusAreaAndProblem}: per focus area
   * and prioritised problem the case's interventions and their results by the report date.
   */
  public record CaseSection(
      String municipalityCode,
      String municipalityName,
      String businessKey,
      LocalDate openedOn,
      LocalDate closedOn,
      PlanSummary plan,
      int situationPictures,
      List<Step> steps,
      List<MeetingRow> meetings,
      Map<String, Long> actionItemsByStatus,
      List<InterventionRow> interventions,
      Map<InterventionMethod, Long> interventionsByMethod,
      Map<String, Long> interventionsByProblem,
      List<InterventionCount> interventionsByFocusAreaAndProblem,
      List<ActionItemRow> openActionItems,
      List<IndicatorRow> indicators,
      Survey survey,
      BraSupportSummary braSupport,
      List<LessonRow> lessons,
      Evaluation evaluation,
      List<String> analysis,
      List<String> continuation) {

    public long actionItems(String status) {
      return actionItemsByStatus.getOrDefault(status, 0L);
    }

    /** The same section with its analysis and how the work can continue (written from it). */
    CaseSection withAnalysis(List<String> analysis, List<String> continuation) {
      return new CaseSection(
          municipalityCode,
          municipalityName,
          businessKey,
          openedOn,
          closedOn,
          plan,
          situationPictures,
          steps,
          meetings,
          actionItemsByStatus,
          interventions,
          interventionsByMethod,
          interventionsByProblem,
          interventionsByFocusAreaAndProblem,
          openActionItems,
          indicators,
          survey,
          braSupport,
          lessons,
          evaluation,
          analysis,
          continuation);
    }
  }

  public record PlanSummary(LocalDate adoptedOn, String goal, List<FocusArea> focusAreas) {}

  /**
   * A user task of the support case: when it started and ended, and the hours spent up to the
   * report date.
   */
  public record Step(
      String activityId,
      String name,
      java.time.Instant started,
      java.time.Instant ended,
      BigDecimal hours) {}

  /**
   * A meeting held by the report date: on its agenda's date, or the day its decisions were
   * documented if earlier.
   */
  public record MeetingRow(LocalDate heldOn, String subject, int decisions, int actionItems) {}

  /**
   * An action item with the status it had at the report's date; {@code owner} is the organisation's
   * Swedish name.
   */
  public record ActionItemRow(
      String description,
      String owner,
      LocalDate dueDate,
      LocalDate decidedOn,
      se.kommunstod.meeting.ActionItemStatus status) {}

  /**
   * An intervention; {@code focusArea} is the activity plan's focus area it belongs to (null when
   * none).
   */
  public record InterventionRow(
      String title,
      InterventionMethod method,
      FocusArea focusArea,
      String problem,
      LocalDate startsOn,
      LocalDate endsOn,
      int followUps,
      String outcome,
      List<String> followUpNotes) {}

  /**
   * An indicator's definition and its series up to the report date (first and latest for the
   * summary).
   */
  public record IndicatorRow(
      String name,
      String unit,
      LocalDate firstOn,
      BigDecimal first,
      LocalDate latestOn,
      BigDecimal latest,
      int measurements,
      String source,
      BigDecimal baseline,
      BigDecimal target,
      se.kommunstod.evaluation.IndicatorDirection direction,
      List<Point> series) {}

  /** One measured value. */
  public record Point(LocalDate on, BigDecimal value, String comment) {}

  /**
   * The participants' survey: how many answered, and per statement the distribution of the ratings
   * 1–5 (index 0 = rating 1) and the mean; the open answers with the organisation's name.
   */
  public record Survey(
      int answers, List<StatementSummary> statements, List<OpenAnswer> openAnswers) {

    static final Survey NONE = new Survey(0, List.of(), List.of());
  }

  public record StatementSummary(String statement, List<Long> distribution, BigDecimal mean) {}

  /** An open answer, shown under its municipality (the programme's page only counts them). */
  public record OpenAnswer(String organisation, String whatWorked, String toImprove) {}

  /**
   * Brå's own support: every entry, and hours by kind, partner agency and focus area (Swedish
   * names).
   */
  public record BraSupportSummary(
      List<BraSupportRow> entries,
      BigDecimal hours,
      Map<String, BigDecimal> hoursByKind,
      Map<String, BigDecimal> hoursByPartner,
      Map<String, BigDecimal> hoursByFocusArea) {}

  public record BraSupportRow(
      String municipality,
      LocalDate givenOn,
      String kind,
      String partner,
      String focusArea,
      BigDecimal hours,
      String description) {}

  /**
   * The case's follow-up and evaluation record as its last tasks leave it: the indicators'
   * development ("Följ upp indikatorer") and Brå's evaluation ("Utvärdera stödet"); a part not
   * recorded by the report date is null. The participants answer the survey ({@link Survey}).
   */
  public record Evaluation(
      String indicatorSummary,
      IndicatorTrend indicatorTrend,
      GoalsAchieved goalsAchieved,
      String evaluationSummary) {

    static final Evaluation NONE = new Evaluation(null, null, null, null);
  }

  public record LessonRow(String title, boolean released) {}

  /** What was done to make experience available to others. */
  public record Experience(
      long lessons, long released, long fromGatherings, List<String> gatherings) {}
}
