package se.kommunstod.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.kommunstod.evaluation.GoalsAchieved;
import se.kommunstod.evaluation.IndicatorTrend;
import se.kommunstod.intervention.InterventionMethod;
import se.kommunstod.plan.FocusArea;

/**
 * What the final (or interim) report says, compiled from the records by {@link ReportService};
 * rendered as HTML/PDF by {@link ReportHtml} and as CSV by {@link ReportCsv}. Maps keep a stable order.
 */
public record FinalReport(
    LocalDate asOf,
    boolean interim,
    List<CaseSection> cases,
    Map<FocusArea, Long> interventionsByFocusArea,
    Map<InterventionMethod, Long> interventionsByMethod,
    Map<String, BigDecimal> hoursByStep,
    Experience experience,
    List<String> overallAnalysis) {

  /** One support case (one municipality). */
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
      List<IndicatorRow> indicators,
      List<LessonRow> lessons,
      Evaluation evaluation,
      List<String> analysis,
      List<String> continuation) {

    public long actionItems(String status) {
      return actionItemsByStatus.getOrDefault(status, 0L);
    }
  }

  public record PlanSummary(LocalDate adoptedOn, String goal, List<FocusArea> focusAreas) {
  }

  /** A user task of the support case: when it started and ended, and the hours spent up to the report date. */
  public record Step(String activityId, String name, java.time.Instant started, java.time.Instant ended,
      BigDecimal hours) {
  }

  public record MeetingRow(LocalDate heldOn, String subject, int decisions, int actionItems) {
  }

  /** An intervention; {@code focusArea} is the activity plan's focus area it belongs to (null when none). */
  public record InterventionRow(String title, InterventionMethod method, FocusArea focusArea, String problem,
      LocalDate startsOn, LocalDate endsOn, int followUps, String outcome, List<String> followUpNotes) {
  }

  public record IndicatorRow(String name, String unit, LocalDate firstOn, BigDecimal first, LocalDate latestOn,
      BigDecimal latest, int measurements) {
  }

  /**
   * The case's follow-up and evaluation record as its last tasks leave it: the indicators' development
   * ("Följ upp indikatorer"), the participants' rating 1–5 and assessment ("Samla deltagarnas
   * bedömning") and Brå's evaluation ("Utvärdera stödet"); a part not recorded by the report date is null.
   */
  public record Evaluation(String indicatorSummary, IndicatorTrend indicatorTrend, Integer participantRating,
      String participantAssessment, GoalsAchieved goalsAchieved, String evaluationSummary) {

    static final Evaluation NONE = new Evaluation(null, null, null, null, null, null);
  }

  public record LessonRow(String title, boolean released) {
  }

  /** What was done to make experience available to others. */
  public record Experience(long lessons, long released, long fromGatherings, List<String> gatherings) {
  }
}
