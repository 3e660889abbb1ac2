package se.kommunstod.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.EngineTime;

/**
 * The stalled-step counts of every municipality, computed once per metrics refresh ({@link
 * MonitoringMetrics}, every {@code kommunstod.monitoring.metrics-refresh}) and kept here, so the
 * dashboard's unfiltered summary is read from memory instead of counting every stalled row for each
 * request (docs/monitoring.md, "Sammanfattningen"). It holds every municipality's counts: {@link
 * MonitoringService} hands each person only the rows of the municipalities they may see.
 */
@Component
public class StalledCountsSnapshot {

  /** Counts as they were at {@code asOf} (when their query started). */
  public record Snapshot(Instant asOf, List<StalledSteps.Count> counts) {}

  private final StalledSteps stalledSteps;
  private final MonitoringProperties properties;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  public StalledCountsSnapshot(StalledSteps stalledSteps, MonitoringProperties properties) {
    this.stalledSteps = stalledSteps;
    this.properties = properties;
  }

  /** Counts every municipality's stalled steps now and keeps the result. */
  public Snapshot refresh() {
    Instant asOf = EngineTime.now();
    Snapshot snapshot =
        new Snapshot(asOf, List.copyOf(stalledSteps.counts(StallFilter.none(), null)));
    current.set(snapshot);
    return snapshot;
  }

  /**
   * The kept counts if they are at most {@code kommunstod.monitoring.summary-max-age} old; empty
   * when there are none yet, they are older (the refresh stopped or fails), or the age is zero
   * (snapshots switched off).
   */
  public Optional<Snapshot> fresh() {
    Snapshot snapshot = current.get();
    Duration maxAge = properties.summaryMaxAge();
    if (snapshot == null
        || maxAge.isZero()
        || snapshot.asOf().plus(maxAge).isBefore(EngineTime.now())) {
      return Optional.empty();
    }
    return Optional.of(snapshot);
  }
}
