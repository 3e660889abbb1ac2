package se.kommunstod.monitoring.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.kommunstod.KommunstodApplication;
import se.kommunstod.support.EmbeddedPostgres;

/**
 * Not a test: starts the app (demo profile, port 8099, job executor off) with stalled steps of
 * every kind (on H2 by default, or PostgreSQL with argument {@code postgres}) in several
 * municipalities and ages, to look at /dashboard and take its screenshot (docs/dashboard.png). Run
 * from target/test-classes with the test classpath.
 */
public final class DashboardDemo {

  private DashboardDemo() {}

  public static void main(String[] args) {
    // system properties, so that they win over application.yaml
    System.setProperty("server.port", "8099");
    System.setProperty("camunda.bpm.job-execution.enabled", "false");
    System.setProperty("kommunstod.public-url", "http://localhost:8099");
    SpringApplicationBuilder builder =
        new SpringApplicationBuilder(KommunstodApplication.class).profiles("demo");
    // default: the app's own embedded H2 (in memory); "postgres" as first argument: embedded
    // PostgreSQL 17
    if (args.length > 0 && args[0].equals("postgres")) {
      builder.initializers(new EmbeddedPostgres());
    } else {
      System.setProperty("spring.datasource.url", "jdbc:h2:mem:dashboard-demo;DB_CLOSE_DELAY=-1");
    }
    ConfigurableApplicationContext app = builder.run(args);
    RepositoryService repository = app.getBean(RepositoryService.class);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    ManagementService management = app.getBean(ManagementService.class);
    repository
        .createDeployment()
        .name("monitoring-demo")
        .enableDuplicateFiltering(true)
        .addClasspathResource("monitoring/tasks.bpmn")
        .addClasspathResource("monitoring/incident.bpmn")
        .addClasspathResource("monitoring/timer.bpmn")
        .addClasspathResource("monitoring/message.bpmn")
        .deploy();
    Random random = new Random(42);
    Instant now = Instant.now();
    List<String> municipalities =
        List.of("linkoping", "sodertalje", "trollhattan", "goteborg", "sigtuna");
    int n = 0;
    for (String municipality : municipalities) {
      int cases = 3 + random.nextInt(6);
      for (int i = 0; i < cases; i++) {
        Instant started = now.minus(Duration.ofDays(1 + random.nextInt(130)));
        ClockUtil.setCurrentTime(Date.from(started));
        String process = random.nextInt(4) == 0 ? "monitoringTestMessage" : "monitoringTestTasks";
        runtime.startProcessInstanceByKey(
            process,
            "stod-" + municipality + "-" + (++n),
            Map.of(
                "municipalityCode", municipality,
                "due", Date.from(started.plus(Duration.ofDays(5 + random.nextInt(25)))),
                "later", Date.from(now.plus(Duration.ofDays(10)))));
      }
      ClockUtil.reset();
      if (random.nextBoolean()) {
        runtime.startProcessInstanceByKey(
            "monitoringTestTimer",
            "timer-" + municipality,
            Map.of("municipalityCode", municipality));
      }
      if (random.nextInt(3) == 0) {
        String id =
            runtime
                .startProcessInstanceByKey(
                    "monitoringTestIncident",
                    "incident-" + municipality,
                    Map.of("municipalityCode", municipality))
                .getId();
        Job job =
            management
                .createJobQuery()
                .processInstanceId(id)
                .activityId("Task_Failing")
                .singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
          try {
            management.executeJob(job.getId());
          } catch (RuntimeException expected) {
            // fails on purpose
          }
        }
      }
    }
    ClockUtil.reset();
    System.out.println("DASHBOARD DEMO READY on http://localhost:8099/dashboard (radgivare/demo)");
  }
}
