package se.kommunstod.meeting;

/** Where an action item (åtgärdspunkt) stands. */
public enum ActionItemStatus {
  OPEN, DONE, CANCELLED
}
