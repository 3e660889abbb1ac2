package se.kommunstod.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start, checks every process version that running cases are still on against the code now
 * deployed: a release that renames or removes a method a model calls leaves cases on the old
 * version that fail at that step, possibly months later. Each such version is logged as an error
 * with what no longer resolves and the way out (move its cases to the new version,
 * docs/migration.md), and answered by {@link #lastResult()}.
 *
 * <p>Why only report: the cases are people's ongoing work; which version to move them to, and when,
 * is the process manager's decision (the migration preview shows what moves).
 *
 * <p>Why after readiness, on a thread of its own: it only reports, and reading the models of every
 * version with running cases should not hold up a start (issue 21: start-up within 10 s). The
 * running cases of every version come from one statistics query, not one count per version.
 */
@Component
public class RunningVersionsCheck {

  private static final Logger log = LoggerFactory.getLogger(RunningVersionsCheck.class);

  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final ApplicationContext context;
  private volatile List<Broken> lastResult = List.of();

  public RunningVersionsCheck(
      RepositoryService repositoryService,
      ManagementService managementService,
      ApplicationContext context) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.context = context;
  }

  /** A process version with running cases whose model calls what the code no longer has. */
  public record Broken(
      String definitionId, String key, int version, long runningCases, List<String> problems) {}

  @EventListener(ApplicationReadyEvent.class)
  void checkAfterStart() {
    Thread thread = new Thread(this::check, "running-versions-check");
    thread.setDaemon(true);
    thread.start();
  }

  /** Checks now; the result is also kept for {@link #lastResult()}. */
  public List<Broken> check() {
    List<Broken> broken = new ArrayList<>();
    for (ProcessDefinitionStatistics definition :
        managementService.createProcessDefinitionStatisticsQuery().list()) {
      long running = definition.getInstances();
      if (running == 0) {
        continue;
      }
      List<String> problems =
          ModelExpressions.check(xml(definition), this::beanType, false).problems();
      if (!problems.isEmpty()) {
        broken.add(
            new Broken(
                definition.getId(),
                definition.getKey(),
                definition.getVersion(),
                running,
                problems));
        log.error(
            "{} ärenden på {} version {} anropar det som inte finns i den här versionen av appen: {}. Flytta dem "
                + "till den nya versionen (docs/migration.md). / {} running cases of {} version {} call what this release "
                + "no longer has; move them to the new version.",
            running,
            definition.getKey(),
            definition.getVersion(),
            problems,
            running,
            definition.getKey(),
            definition.getVersion());
      }
    }
    lastResult = List.copyOf(broken);
    return lastResult;
  }

  public List<Broken> lastResult() {
    return lastResult;
  }

  private Class<?> beanType(String name) {
    return context.containsBean(name) ? context.getType(name) : null;
  }

  private String xml(ProcessDefinition definition) {
    try (InputStream in = repositoryService.getProcessModel(definition.getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the model of " + definition.getId(), e);
    }
  }
}
