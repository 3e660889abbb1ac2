package se.kommunstod.report;

import se.kommunstod.intervention.InterventionCount;

/**
 * How the report names a row of interventions per focus area and problem, the same in HTML, PDF and
 * both CSV forms: codes for programs, Swedish for people.
 */
final class InterventionCountLabels {

  static final String NO_FOCUS_AREA = "Utan fokusområde";
  static final String NONE = "INGET";
  static final String NO_RESULT = "Utan bedömt resultat";

  private InterventionCountLabels() {}

  static String focusArea(InterventionCount c) {
    return c.focusAreaName() == null ? NO_FOCUS_AREA : c.focusAreaName();
  }

  /** The prioritised problem, or (across cases, or without one) the problem category. */
  static String problem(InterventionCount c) {
    if (c.problem() != null) {
      return c.problem();
    }
    return c.problemCategoryName() == null ? ReportService.NO_PROBLEM : c.problemCategoryName();
  }

  static String category(InterventionCount c) {
    return c.problemCategoryName() == null ? ReportService.NO_PROBLEM : c.problemCategoryName();
  }

  /** "Fokusområde / Problem" in Swedish. */
  static String swedishKey(InterventionCount c) {
    return focusArea(c) + " / " + problem(c);
  }

  /** "FOCUS_AREA / CATEGORY" and, for a prioritised problem, " / its description". */
  static String codeKey(InterventionCount c) {
    return (c.focusArea() == null ? NONE : c.focusArea().name())
        + " / "
        + (c.problemCategory() == null ? NONE : c.problemCategory().name())
        + (c.problem() == null ? "" : " / " + c.problem());
  }
}
