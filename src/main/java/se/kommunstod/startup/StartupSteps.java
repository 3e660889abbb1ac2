package se.kommunstod.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start-up goes, when asked for with {@code -Dkommunstod.startup-steps=30}: Spring's own
 * start-up steps (bean instantiation, context refresh, ...) are recorded and, when the application
 * is ready, the 30 with the most time of their own (their duration less that of the steps inside
 * them) are logged. Off by default: recording costs a little memory and time at every start.
 *
 * <p>Why log and not {@code /actuator/startup}: the figure is wanted once, by whoever measures the
 * start (bench/startup.py), without opening an endpoint that would need securing.
 */
public final class StartupSteps implements ApplicationListener<ApplicationReadyEvent> {

  public static final String PROPERTY = "kommunstod.startup-steps";

  private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

  private final BufferingApplicationStartup startup;
  private final int shown;

  private StartupSteps(BufferingApplicationStartup startup, int shown) {
    this.startup = startup;
    this.shown = shown;
  }

  /** Records the start-up steps of the application if {@value #PROPERTY} is set. */
  public static void recordIfAsked(SpringApplication application) {
    int shown = Integer.getInteger(PROPERTY, 0);
    if (shown <= 0) {
      return;
    }
    BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
    application.setApplicationStartup(startup);
    application.addListeners(new StartupSteps(startup, shown));
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
    Map<Long, Duration> inside = new HashMap<>();
    for (StartupTimeline.TimelineEvent step : events) {
      Long parent = step.getStartupStep().getParentId();
      if (parent != null) {
        inside.merge(parent, step.getDuration(), Duration::plus);
      }
    }
    List<String> lines = new ArrayList<>();
    events.stream()
        .sorted(
            Comparator.comparing(
                    (StartupTimeline.TimelineEvent step) ->
                        step.getDuration()
                            .minus(
                                inside.getOrDefault(step.getStartupStep().getId(), Duration.ZERO)))
                .reversed())
        .limit(shown)
        .forEach(
            step ->
                lines.add(
                    String.format(
                        "%6d ms own, %6d ms in all: %s %s",
                        step.getDuration()
                            .minus(
                                inside.getOrDefault(step.getStartupStep().getId(), Duration.ZERO))
                            .toMillis(),
                        step.getDuration().toMillis(),
                        step.getStartupStep().getName(),
                        tags(step.getStartupStep()))));
    log.info(
        "Start-up steps ({} recorded), most time of their own first:\n{}",
        events.size(),
        String.join("\n", lines));
  }

  private static String tags(StartupStep step) {
    return StreamSupport.stream(step.getTags().spliterator(), false)
        .map(tag -> tag.getKey() + "=" + tag.getValue())
        .collect(Collectors.joining(", "));
  }
}
