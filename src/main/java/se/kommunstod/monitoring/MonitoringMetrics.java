package se.kommunstod.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.EngineTime;

/**
 * Gauges for Prometheus ({@code /actuator/prometheus}), recomputed on a schedule ({@code
 * kommunstod.monitoring.metrics-refresh}, default 30 s) rather than on every scrape:
 *
 * <ul>
 *   <li>{@code kommunstod_tasks_open{municipality}}: open user tasks;
 *   <li>{@code kommunstod_steps_stalled{kind,process,step,municipality}}: stalled steps by the one
 *       rule of {@link StalledSteps};
 *   <li>{@code kommunstod_incidents_open}: open incidents;
 *   <li>{@code kommunstod_jobs_due}: the job backlog, jobs due now that still have retries.
 * </ul>
 */
@Component
public class MonitoringMetrics {

  private static final Logger log = LoggerFactory.getLogger(MonitoringMetrics.class);

  private final JdbcTemplate jdbc;
  private final StalledCountsSnapshot snapshot;
  private final MultiGauge tasksOpen;
  private final MultiGauge stepsStalled;
  private final AtomicLong incidentsOpen = new AtomicLong();
  private final AtomicLong jobsDue = new AtomicLong();

  public MonitoringMetrics(
      JdbcTemplate jdbc, StalledCountsSnapshot snapshot, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.snapshot = snapshot;
    this.tasksOpen =
        MultiGauge.builder("kommunstod.tasks.open")
            .description("Open user tasks")
            .register(registry);
    this.stepsStalled =
        MultiGauge.builder("kommunstod.steps.stalled")
            .description(
                "Stalled steps: tasks past due or idle limit, incidents, overdue timers, overdue messages")
            .register(registry);
    Gauge.builder("kommunstod.incidents.open", incidentsOpen, AtomicLong::get)
        .description("Open incidents")
        .register(registry);
    Gauge.builder("kommunstod.jobs.due", jobsDue, AtomicLong::get)
        .description("Jobs due for execution that still have retries (job backlog)")
        .register(registry);
  }

  @Scheduled(
      initialDelayString = "PT5S",
      fixedDelayString = "${kommunstod.monitoring.metrics-refresh:PT30S}")
  public void scheduledRefresh() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.warn("Monitoring metrics not refreshed: {}", e.getMessage());
    }
  }

  /**
   * Recomputes every gauge now, and with them the dashboard's summary ({@link
   * StalledCountsSnapshot}).
   */
  public void refresh() {
    List<MultiGauge.Row<?>> tasks = new ArrayList<>();
    jdbc.query(
        "select tenant_id_, count(*) from act_ru_task group by tenant_id_",
        rs -> {
          tasks.add(
              MultiGauge.Row.of(Tags.of("municipality", orNone(rs.getString(1))), rs.getLong(2)));
        });
    tasksOpen.register(tasks, true);

    // several versions of a process share their key: one row per tag set
    Map<Tags, Long> perStep = new LinkedHashMap<>();
    for (StalledSteps.Count count : snapshot.refresh().counts()) {
      perStep.merge(
          Tags.of(
              "kind", count.kind().name().toLowerCase(),
              "process", orNone(count.process()),
              "step", orNone(count.step()),
              "municipality", orNone(count.municipality())),
          count.count(),
          Long::sum);
    }
    List<MultiGauge.Row<?>> stalled = new ArrayList<>();
    perStep.forEach((tags, n) -> stalled.add(MultiGauge.Row.of(tags, n)));
    stepsStalled.register(stalled, true);

    incidentsOpen.set(count("select count(*) from act_ru_incident"));
    jobsDue.set(
        count(
            "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
                + " and (duedate_ is null or duedate_ <= ?)",
            new Timestamp(EngineTime.now().toEpochMilli())));
  }

  private long count(String sql, Object... args) {
    Long n = jdbc.queryForObject(sql, Long.class, args);
    return n == null ? 0 : n;
  }

  private static String orNone(String value) {
    return value == null ? "" : value;
  }
}
