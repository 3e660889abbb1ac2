package se.kommunstod.intervention;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.kommunstod.assessment.Problem;
import se.kommunstod.assessment.ProblemCategory;
import se.kommunstod.plan.FocusArea;

/**
 * Counts interventions per focus area and problem with their results: one counting for the /api
 * reads ({@link InterventionService}) and the final report, which counts the interventions it has
 * already read up to its date (issue 17: the report counts interventions per focus area and problem
 * directly).
 */
public final class InterventionCounts {

  private static final Comparator<InterventionCount> ORDER =
      Comparator.comparing(
              InterventionCount::focusArea, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              InterventionCount::problemCategory, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              InterventionCount::problemId, Comparator.nullsLast(Comparator.naturalOrder()));

  private InterventionCounts() {}

  /**
   * Per focus area and prioritised problem (the joint analysis's problem; one without a linked
   * problem counts under its target problem's category, with {@code problemId} null).
   *
   * @param resultCounts whether an intervention's rated outcome counts (an interim report counts
   *     only the outcomes of interventions ended by its date)
   */
  public static List<InterventionCount> perFocusAreaAndProblem(
      Collection<Intervention> interventions, Predicate<Intervention> resultCounts) {
    return count(interventions, resultCounts, true);
  }

  /** Per focus area and problem category, over cases (their own problems are not compared). */
  public static List<InterventionCount> perFocusAreaAndProblemCategory(
      Collection<Intervention> interventions, Predicate<Intervention> resultCounts) {
    return count(interventions, resultCounts, false);
  }

  private static List<InterventionCount> count(
      Collection<Intervention> interventions,
      Predicate<Intervention> resultCounts,
      boolean perProblem) {
    Map<List<Object>, Tally> tallies = new LinkedHashMap<>();
    for (Intervention i : interventions) {
      Problem problem = perProblem ? i.getProblem() : null;
      ProblemCategory category =
          i.getProblem() != null && i.getProblem().getCategory() != null
              ? i.getProblem().getCategory()
              : i.getTargetProblem();
      tallies
          .computeIfAbsent(
              Arrays.asList(i.getFocusArea(), category, problem == null ? null : problem.getId()),
              key -> new Tally(i.getFocusArea(), category, problem))
          .add(resultCounts.test(i) ? i.getOutcomeRating() : null);
    }
    return tallies.values().stream().map(Tally::count).sorted(ORDER).toList();
  }

  /** One row being counted. */
  private static final class Tally {
    private final FocusArea focusArea;
    private final ProblemCategory category;
    private final Problem problem;
    private final Map<OutcomeRating, Long> results = new EnumMap<>(OutcomeRating.class);
    private long interventions;
    private long withoutResult;

    Tally(FocusArea focusArea, ProblemCategory category, Problem problem) {
      this.focusArea = focusArea;
      this.category = category;
      this.problem = problem;
      for (OutcomeRating rating : OutcomeRating.values()) {
        results.put(rating, 0L);
      }
    }

    void add(OutcomeRating result) {
      interventions++;
      if (result == null) {
        withoutResult++;
      } else {
        results.merge(result, 1L, Long::sum);
      }
    }

    InterventionCount count() {
      return InterventionCount.of(
          focusArea,
          category,
          problem == null ? null : problem.getId(),
          problem == null ? null : problem.getDescription(),
          interventions,
          results,
          withoutResult);
    }
  }
}
