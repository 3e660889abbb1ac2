package se.kommunstod.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
 */
@Component
public class RunningVersionsCheck {

  private static final Logger log = LoggerFactory.getLogger(RunningVersionsCheck.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ApplicationContext context;
  private volatile List<Broken> lastResult = List.of();

  public RunningVersionsCheck(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      ApplicationContext context) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.context = context;
  }

  /** A process version with running cases whose model calls what the code no longer has. */
  public record Broken(
      String definitionId, String key, int version, long runningCases, List<String> problems) {}

  @EventListener(ApplicationReadyEvent.class)
  public List<Broken> check() {
    List<Broken> broken = new ArrayList<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().list()) {
      long running =
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionId(definition.getId())
              .count();
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
