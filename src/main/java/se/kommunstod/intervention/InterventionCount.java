package se.kommunstod.intervention;

import java.util.Map;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;

/**
 * How many interventions one focus area has for one problem, and their results: per outcome rating
 * how many were rated so ({@code results}, every rating listed), and how many have no rated outcome
 * (yet). In one case the problem is the prioritised problem of the joint analysis ({@code
 * problemId}, {@code problem}); across cases it is the problem's category ({@code problemId} and
 * {@code problem} null). {@code focusArea} or {@code problemCategory} is null for interventions
 * without one (registered before the plan had measures, or aimed at no problem).
 */
public record InterventionCount(
    FocusArea focusArea,
    String focusAreaName,
    ProblemCategory problemCategory,
    String problemCategoryName,
    Long problemId,
    String problem,
    long interventions,
    Map<OutcomeRating, Long> results,
    long withoutResult) {

  static InterventionCount of(
      FocusArea focusArea,
      ProblemCategory category,
      Long problemId,
      String problem,
      long interventions,
      Map<OutcomeRating, Long> results,
      long withoutResult) {
    return new InterventionCount(
        focusArea,
        focusArea == null ? null : focusArea.swedishName(),
        category,
        category == null ? null : category.swedishName(),
        problemId,
        problem,
        interventions,
        java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(results)),
        withoutResult);
  }
}
