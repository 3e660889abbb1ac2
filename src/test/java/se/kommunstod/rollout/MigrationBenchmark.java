package se.kommunstod.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kommunstod.support.IntegrationTest;

/**
 * Not a test: how long moving running cases takes ({@code mvn -B -o -Pbench test
 * -Dtest=MigrationBenchmark}, {@code -Dbench.migration.cases=300}; docs/migration.md). Starts cases
 * on the app's models in three places (situation pictures; implementation with a meeting and an
 * intervention running; implementation with the intervention waiting for its follow-up and the
 * meeting cycle running), deploys a new version of the whole set, then previews and moves every
 * running support case (with the demo cases) through {@link CaseMigration}, on the embedded
 * PostgreSQL 17. Prints the figures and writes docs/migration-benchmark.txt.
 */
@IntegrationTest
class MigrationBenchmark {

  static final int CASES = Integer.getInteger("bench.migration.cases", 150);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired CaseMigration migration;

  @Test
  void moveRunningCases() throws IOException {
    CaseDriver driver =
        new CaseDriver(runtimeService, taskService, formService, managementService, historyService);
    String run = "bench-" + System.nanoTime();
    long setupStarted = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      String key = run + "-" + i;
      String caseId =
          driver.start(key, Map.of("municipalityCode", "linkoping", "followUpInterval", "P14D"));
      if (i % 3 == 0) {
        continue; // in the situation pictures
      }
      driver.assess(key);
      driver.complete(key, "Task_KickOff");
      if (i % 3 == 1) {
        managementService.executeJob(driver.timer(caseId, "Start_MeetingDue").getId());
      } else {
        driver.complete(key, "Task_PlanIntervention");
      }
    }
    double setupSeconds = (System.nanoTime() - setupStarted) / 1e9;
    Deployment v2 =
        ModelSet.deploy(
            repositoryService,
            "migration-benchmark",
            Map.of(
                "support-case.bpmn",
                text ->
                    text.replace(
                        "name=\"meetingCycle\" value=\"R/P30D\"",
                        "name=\"meetingCycle\" value=\"R/P14D\"")));
    try {
      long previewStarted = System.nanoTime();
      MigrationReport preview = migration.preview("supportCase", MigrationRequest.everything());
      double previewMs = (System.nanoTime() - previewStarted) / 1e6;
      assertThat(preview.problems()).isEmpty();
      long executeStarted = System.nanoTime();
      MigrationReport moved =
          migration.execute(
              "supportCase", new MigrationRequest(null, preview.target().processDefinitionId()));
      double executeMs = (System.nanoTime() - executeStarted) / 1e6;
      assertThat(moved.changed()).isTrue();

      List<String> lines = new ArrayList<>();
      lines.add(
          "Migration benchmark "
              + Instant.now()
              + " (embedded PostgreSQL 17, one JVM, "
              + Runtime.getRuntime().availableProcessors()
              + " cores, load average "
              + String.format(
                  Locale.ROOT,
                  "%.1f",
                  java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                      .getSystemLoadAverage())
              + ")");
      lines.add(
          String.format(
              Locale.ROOT, "set-up: %d cases started and driven in %.1f s", CASES, setupSeconds));
      lines.add(
          String.format(
              Locale.ROOT,
              "moved: %d cases, %d called instances, %d instructions in %d plans; timers kept %d, not re-armed %d, new %d,"
                  + " dropped %d",
              moved.cases(),
              moved.calledInstances(),
              moved.instructions(),
              moved.plans().size(),
              moved.timers().kept(),
              moved.timers().notRearmed(),
              moved.timers().added(),
              moved.timers().dropped()));
      lines.add(
          String.format(
              Locale.ROOT,
              "preview (trial run, rolled back): %.0f ms in all, %d ms in its transaction",
              previewMs,
              preview.durationMs()));
      lines.add(
          String.format(
              Locale.ROOT,
              "move: %.0f ms in all, %d ms in its transaction; %.1f ms per moved instance",
              executeMs,
              moved.durationMs(),
              executeMs / (moved.cases() + moved.calledInstances())));
      lines.forEach(System.out::println);
      Files.write(Path.of("docs/migration-benchmark.txt"), lines, StandardCharsets.UTF_8);
    } finally {
      repositoryService.deleteDeployment(v2.getId(), true);
    }
  }
}
