package se.kommunstod.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" for records, reports and the dashboard: the engine's clock, so that a record written while
 * a task completes carries the same time as the engine's history of that task (and a test that
 * moves the engine's clock moves both). In production the engine's clock is the system clock.
 */
public final class EngineTime {

  /** Dates people see and enter ("today", a meeting's date) are Swedish dates. */
  public static final ZoneId SWEDEN = se.kommunstod.process.SwedishTime.ZONE;

  private EngineTime() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), SWEDEN);
  }

  /** {@link #now()} as a clock in Swedish time, for what compares dates with today (DateChecks). */
  public static Clock clock() {
    return new EngineClock(SWEDEN);
  }

  private static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return now();
    }
  }
}
