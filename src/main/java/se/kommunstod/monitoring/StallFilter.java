package se.kommunstod.monitoring;

/**
 * What to look for; every field may be null (no restriction).
 *
 * @param municipality municipality code (tenant id)
 * @param process process definition key, e.g. {@code supportCase}
 * @param step activity id, e.g. {@code Task_AssessNeeds}
 * @param role candidate group of a user task (only user tasks have a role)
 * @param minDaysPastLimit only steps at least this many whole days past their limit
 */
public record StallFilter(
    String municipality, String process, String step, String role, Integer minDaysPastLimit) {

  public static StallFilter none() {
    return new StallFilter(null, null, null, null, null);
  }
}
