package se.kommunstod.monitoring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the stalled-steps monitoring ({@code kommunstod.monitoring.*}).
 *
 * @param defaultStallAfter idle limit of a user task whose model carries no {@code stallAfter}
 *     property, and of a message catch event (intermediate event, receive task) without one
 * @param timerGrace how long after its due date a timer may still be on its way to the job executor
 *     before it counts as stalled
 * @param metricsRefresh how often the Prometheus gauges are recomputed
 * @param maxPageSize the largest page {@code /api/monitoring/stalled} hands out
 * @param summaryMaxAge how old the counts of {@link StalledCountsSnapshot} may be for an unfiltered
 *     summary to be answered from them (older, or zero: counted live)
 */
@ConfigurationProperties("kommunstod.monitoring")
public record MonitoringProperties(
    @DefaultValue("P14D") Duration defaultStallAfter,
    @DefaultValue("PT5M") Duration timerGrace,
    @DefaultValue("PT30S") Duration metricsRefresh,
    @DefaultValue("200") int maxPageSize,
    @DefaultValue("PT2M") Duration summaryMaxAge) {}
