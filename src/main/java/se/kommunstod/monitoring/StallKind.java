package se.kommunstod.monitoring;

/** The ways a step can wait silently. */
public enum StallKind {
  /** A user task past its due date or idle longer than its step's {@code stallAfter}. */
  USER_TASK("Uppgift"),
  /** A job that failed until it ran out of retries: an open incident. */
  INCIDENT("Incident"),
  /** A timer whose due date has passed but that has not fired. */
  TIMER("Timer"),
  /** A message the process has waited for longer than the step's {@code stallAfter}. */
  MESSAGE("Meddelande");

  private final String label;

  StallKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
