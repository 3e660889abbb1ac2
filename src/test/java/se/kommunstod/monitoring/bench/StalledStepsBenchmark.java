package se.kommunstod.monitoring.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kommunstod.monitoring.MonitoringIndexes;
import se.kommunstod.monitoring.MonitoringService;
import se.kommunstod.monitoring.StallFilter;
import se.kommunstod.monitoring.StalledCountsSnapshot;
import se.kommunstod.monitoring.StalledSteps;
import se.kommunstod.security.WebappSession;
import se.kommunstod.support.IntegrationTest;

/**
 * Not a test: a benchmark of the stalled-steps query ({@code mvn -B -o -Pbench test}). Loads
 * 100,000 open tasks over 20 municipalities and 1,000,000 history rows (plus incidents, timers and
 * message subscriptions) straight into Camunda's tables on the embedded PostgreSQL 17, then times
 * the real {@link StalledSteps} code and writes p50/p95 and EXPLAIN (ANALYZE, BUFFERS) to
 * docs/monitoring-benchmark.txt.
 */
@IntegrationTest
// the scheduled metrics refresh would run the summary query in the middle of the timings
@TestPropertySource(properties = "kommunstod.monitoring.metrics-refresh=PT1H")
class StalledStepsBenchmark {

  static final int TASKS_PER_INSTANCE = 4;
  static final int INSTANCES = 25_000; // x 4 tasks = 100,000 open tasks
  static final int WARM_UP = Integer.getInteger("bench.warmup", 50);
  static final int ITERATIONS = Integer.getInteger("bench.iterations", 300);

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired StalledSteps stalledSteps;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired StalledCountsSnapshot snapshot;
  @Autowired MonitoringService monitoringService;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  private StringBuilder report = new StringBuilder();
  private final StringBuilder plans = new StringBuilder();

  @Test
  void benchmark() throws IOException {
    repositoryService
        .createDeployment()
        .name("monitoring-bench")
        .enableDuplicateFiltering(true)
        .addClasspathResource("monitoring/tasks.bpmn")
        .addClasspathResource("monitoring/incident.bpmn")
        .addClasspathResource("monitoring/timer.bpmn")
        .addClasspathResource("monitoring/message.bpmn")
        .deploy();
    long loadStart = System.nanoTime();
    load();
    // the bench municipalities as tenants with Brå's group as member (TenantSetup does this for
    // real ones)
    for (String code :
        jdbc.getJdbcTemplate()
            .queryForList("select code from municipality where code like 'bench%'", String.class)) {
      if (identityService.createTenantQuery().tenantId(code).count() == 0) {
        identityService.saveTenant(identityService.newTenant(code));
        identityService.createTenantGroupMembership(code, "bra");
      }
    }
    line(
        "Stalled-steps benchmark, %s, PostgreSQL %s (embedded, zonky), %d CPU(s) visible to the JVM",
        Instant.now(),
        jdbc.getJdbcTemplate().queryForObject("show server_version", String.class),
        Runtime.getRuntime().availableProcessors());
    line("Machine load average at the start of the timings: %s", loadAverage());
    line("Data loaded in %.1f s:", (System.nanoTime() - loadStart) / 1e9);
    for (String table :
        List.of(
            "act_ru_task",
            "act_ru_identitylink",
            "act_ru_execution",
            "act_ru_incident",
            "act_ru_job",
            "act_ru_event_subscr",
            "act_hi_procinst",
            "act_hi_taskinst",
            "act_hi_actinst")) {
      line(
          "  %-22s %,10d rows",
          table,
          jdbc.getJdbcTemplate().queryForObject("select count(*) from " + table, Long.class));
    }
    line(
        "  open tasks stalled by the rule: %,d of %,d",
        stalledSteps.count(new StallFilter(null, "monitoringTestTasks", null, null, null), null),
        jdbc.getJdbcTemplate().queryForObject("select count(*) from act_ru_task", Long.class));
    line("  all stalled steps: %,d", stalledSteps.count(StallFilter.none(), null));
    line("Indexes added by MonitoringIndexes:");
    MonitoringIndexes.STATEMENTS.forEach(s -> line("  %s", s));
    MonitoringIndexes.POSTGRESQL_STATEMENTS.forEach(s -> line("  %s (PostgreSQL only)", s));
    line("");
    line(
        "%d warm-up runs, then %d timed runs each (milliseconds, wall clock of the whole call incl. JDBC):",
        WARM_UP, ITERATIONS);
    List<String> oneMunicipality = List.of("linkoping");
    StringBuilder timings = report;
    report = plans;
    explain(
        "page of 50, Brå",
        params -> stalledSteps.pageSql(StallFilter.none(), null, Instant.now(), 0, 50, params));
    explain(
        "page of 50, one municipality's user",
        params ->
            stalledSteps.pageSql(
                StallFilter.none(), oneMunicipality, Instant.now(), 0, 50, params));
    explain(
        "summary, Brå",
        params -> stalledSteps.summarySql(StallFilter.none(), null, Instant.now(), params));
    System.out.println(report);
    report = timings;
    System.out.println(report);
    time(
        "page of 50, Brå (all 20 municipalities)",
        () -> stalledSteps.page(StallFilter.none(), null, 0, 50));
    time(
        "page of 50, one municipality's user",
        () -> stalledSteps.page(StallFilter.none(), oneMunicipality, 0, 50));
    time(
        "page of 50, filter step + min 30 days",
        () ->
            stalledSteps.page(new StallFilter(null, null, "Task_PastDue", null, 30), null, 0, 50));
    time(
        "page 20 (offset 1000) of 50, Brå",
        () -> stalledSteps.page(StallFilter.none(), null, 20, 50));
    time(
        "summary, Brå (all 20 municipalities)",
        () -> stalledSteps.counts(StallFilter.none(), null));
    time(
        "summary, one municipality's user",
        () -> stalledSteps.counts(StallFilter.none(), oneMunicipality));
    line("");
    line(
        "What /api/monitoring/summary answers since issue 21: the unfiltered summary from the snapshot the");
    line(
        "metrics refresh takes every 30 s (StalledCountsSnapshot), narrowed to the person's municipalities;");
    line(
        "the refresh itself is the query 'summary, Brå' above, once per 30 s instead of once per request:");
    snapshot.refresh();
    List<String> everyMunicipality =
        jdbc.getJdbcTemplate()
            .queryForList("select code from municipality order by code", String.class);
    time(
        "summary from the snapshot, Brå (service)",
        () ->
            as(
                "radgivare",
                everyMunicipality,
                () -> monitoringService.summary(StallFilter.none())));
    time(
        "summary from the snapshot, one municipality (service)",
        () ->
            as(
                "samordnare.linkoping",
                oneMunicipality,
                () -> monitoringService.summary(StallFilter.none())));
    snapshot.refresh(); // as the 30-s refresh keeps it in the app (older than 2 min: counted live)
    time(
        "GET /api/monitoring/summary, radgivare (Brå)",
        () -> httpGet("radgivare", "/api/monitoring/summary"));
    snapshot.refresh(); // as the 30-s refresh keeps it in the app (older than 2 min: counted live)
    time(
        "GET /api/monitoring/summary, samordnare.linkoping",
        () -> httpGet("samordnare.linkoping", "/api/monitoring/summary"));
    time(
        "GET /api/monitoring/stalled?size=50, radgivare (Brå)",
        () -> httpGet("radgivare", "/api/monitoring/stalled?size=50"));
    time(
        "GET /api/monitoring/stalled?size=50, samordnare.linkoping",
        () -> httpGet("samordnare.linkoping", "/api/monitoring/stalled?size=50"));
    // the dashboard page itself asks with the session of its Tasklist login (dashboard.js)
    WebappSession braSession = new WebappSession(port);
    WebappSession municipalSession = new WebappSession(port);
    if (braSession.login("tasklist", "radgivare", "demo") != 200
        || municipalSession.login("tasklist", "samordnare.linkoping", "demo") != 200) {
      throw new IllegalStateException("Tasklist login failed");
    }
    snapshot.refresh(); // as the 30-s refresh keeps it in the app (older than 2 min: counted live)
    time(
        "GET /api/monitoring/summary, radgivare (Brå), Tasklist session",
        () -> sessionGet(braSession, "/api/monitoring/summary"));
    snapshot.refresh(); // as the 30-s refresh keeps it in the app (older than 2 min: counted live)
    time(
        "GET /api/monitoring/summary, samordnare.linkoping, Tasklist session",
        () -> sessionGet(municipalSession, "/api/monitoring/summary"));
    time(
        "GET /api/monitoring/stalled?size=50, radgivare (Brå), Tasklist session",
        () -> sessionGet(braSession, "/api/monitoring/stalled?size=50"));
    line(
        "  ratio of p95: Brå's summary with the session / with HTTP Basic %.2f",
        p95.get("GET /api/monitoring/summary, radgivare (Brå), Tasklist session")
            / p95.get("GET /api/monitoring/summary, radgivare (Brå)"));
    line(
        "  ratios of p95: Brå's summary from the snapshot / Brå's page of 50 over HTTP %.2f;"
            + " Brå's live summary / the same %.2f",
        p95.get("GET /api/monitoring/summary, radgivare (Brå)")
            / p95.get("GET /api/monitoring/stalled?size=50, radgivare (Brå)"),
        p95.get("summary, Brå (all 20 municipalities)")
            / p95.get("page of 50, Brå (all 20 municipalities)"));
    line("Machine load average at the end of the timings: %s", loadAverage());

    report.append(plans);
    Path out = Path.of("docs", "monitoring-benchmark.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println(report);
  }

  private <T> T as(String user, List<String> tenants, Supplier<T> call) {
    identityService.setAuthentication(user, List.of(), tenants);
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object httpGet(String user, String path) {
    var answer = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    if (!answer.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(path + ": " + answer.getStatusCode());
    }
    return answer.getBody();
  }

  private static Object sessionGet(WebappSession session, String path) {
    var answer = session.get(path);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + answer.statusCode());
    }
    return answer.body();
  }

  private final java.util.Map<String, Double> p95 = new java.util.HashMap<>();

  private void time(String name, Supplier<?> call) {
    for (int i = 0; i < WARM_UP; i++) {
      call.get();
    }
    double[] ms = new double[ITERATIONS];
    for (int i = 0; i < ITERATIONS; i++) {
      long start = System.nanoTime();
      call.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    p95.put(name, ms[(int) Math.ceil(ITERATIONS * 0.95) - 1]);
    line(
        "  %-58s p50 %7.2f   p95 %7.2f   max %7.2f   load %s",
        name,
        ms[ITERATIONS / 2],
        ms[(int) Math.ceil(ITERATIONS * 0.95) - 1],
        ms[ITERATIONS - 1],
        loadAverage().split(" ")[0]);
  }

  private void explain(
      String name, java.util.function.Function<MapSqlParameterSource, String> sql) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String statement = sql.apply(params);
    line("");
    line("EXPLAIN (ANALYZE, BUFFERS): %s", name);
    jdbc.query(
        "explain (analyze, buffers) " + statement,
        params,
        rs -> {
          line("  %s", rs.getString(1));
        });
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  /** Bulk load with generate_series, deterministic (setseed). */
  private void load() {
    String tasksDef = definition("monitoringTestTasks");
    String messageDef = definition("monitoringTestMessage");
    String incidentDef = definition("monitoringTestIncident");
    String timerDef = definition("monitoringTestTimer");
    String timerJobDef =
        jdbc.getJdbcTemplate()
            .queryForObject(
                "select id_ from act_ru_jobdef where proc_def_id_ = ? and act_id_ = 'Timer_Overdue'",
                String.class,
                timerDef);
    List<String> statements = new ArrayList<>();
    // 20 municipalities: the 5 of the first round and 15 more
    statements.add(
        """
        insert into municipality (code, name, police_region)
        select 'bench' || lpad(g::text, 2, '0'), 'Benchkommun ' || g, 'Region Bench' from generate_series(1, 15) g
        on conflict do nothing""");
    statements.add(
        """
        create temporary table bench_tenant as
        select row_number() over (order by code) - 1 as n, code from municipality""");
    statements.add("select setseed(0.42)");
    // process instances (one execution each) of the four-task model
    statements.add(
        """
        insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
          act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
          sequence_counter_, tenant_id_, proc_def_key_)
        select 'bpi-' || g, 1, 'bpi-' || g, 'bpi-' || g, 'stod-bench-' || g, :tasksDef, null, true, false, true, false,
          1, 0, 1, (select code from bench_tenant where n = g % 20), 'monitoringTestTasks'
        from generate_series(1, :instances) g""");
    // 100,000 open tasks; their age is exponential with a mean of 12 days (most open work is
    // recent, with a
    // long tail, capped at 400 days); due 14-45 days after creation (none on one step);
    // half were touched (claimed, edited) at some point after creation
    statements.add(
        """
        insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, priority_,
          create_time_, last_updated_, due_date_, suspension_state_, tenant_id_, task_state_)
        select 'bt-' || g || '-' || s, 1, 'bpi-' || g, 'bpi-' || g, :tasksDef,
          (array['Förfallen uppgift','Vilande uppgift','Uppgift inom gränsen','Uppgift med standardgräns'])[s],
          (array['Task_PastDue','Task_IdleLimit','Task_WithinLimit','Task_DefaultLimit'])[s], 50,
          c, case when random() < 0.5 then c + (:now - c) * random() end,
          case when s < 4 then c + (14 + floor(random() * 32)) * interval '1 day' end, 1,
          (select code from bench_tenant where n = g % 20), 'Created'
        from generate_series(1, :instances) g, generate_series(1, 4) s,
          lateral (select :now - least(400, -ln(1 - random()) * 12) * interval '1 day' + (g * 0) * interval '1 second' as c) t""");
    statements.add(
        """
        insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
        select 'bil-' || t.id_, 1,
          case t.task_def_key_ when 'Task_PastDue' then 'municipality' when 'Task_IdleLimit' then 'police'
            when 'Task_WithinLimit' then 'social-services' else 'housing-company' end, 'candidate', t.id_
        from act_ru_task t where t.id_ like 'bt-%'""");
    // incidents on 1,000 instances
    statements.add(
        """
        insert into act_ru_incident (id_, rev_, incident_timestamp_, incident_msg_, incident_type_, execution_id_,
          activity_id_, failed_activity_id_, proc_inst_id_, proc_def_id_, cause_incident_id_, root_cause_incident_id_,
          configuration_, tenant_id_)
        select 'binc-' || g, 1, :now - random() * interval '60 days', 'Unknown property used in expression', 'failedJob',
          'bpi-' || g, 'Task_Failing', 'Task_Failing', 'bpi-' || g, :incidentDef, 'binc-' || g, 'binc-' || g,
          null, (select code from bench_tenant where n = g % 20)
        from generate_series(1, 1000) g""");
    // 4,000 timers due from 30 days ago to 30 days ahead, and 2,000 async jobs
    statements.add(
        """
        insert into act_ru_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, process_def_id_,
          process_def_key_, retries_, duedate_, handler_type_, handler_cfg_, suspension_state_, job_def_id_, priority_,
          sequence_counter_, tenant_id_, create_time_)
        select 'bjob-' || g, 1, case when g <= 4000 then 'timer' else 'message' end, true, 'bpi-' || g, 'bpi-' || g,
          :timerDef, 'monitoringTestTimer', 3,
          case when g <= 4000 then :now + (random() * 60 - 30) * interval '1 day' end,
          case when g <= 4000 then 'timer-intermediate-transition' else 'async-continuation' end,
          case when g <= 4000 then 'Timer_Overdue' else 'transition-create-scope' end, 1, :timerJobDef, 0, 1,
          (select code from bench_tenant where n = g % 20), :now - interval '40 days'
        from generate_series(1, 6000) g""");
    // 4,000 instances of the message model, each waiting for two messages
    statements.add(
        """
        insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
          act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_, cached_ent_state_,
          sequence_counter_, tenant_id_, proc_def_key_)
        select 'bmi-' || g, 1, 'bmi-' || g, 'bmi-' || g, 'meddelande-bench-' || g, :messageDef, null, true, false, true,
          false, 1, 0, 1, (select code from bench_tenant where n = g % 20), 'monitoringTestMessage'
        from generate_series(1, 4000) g""");
    statements.add(
        """
        insert into act_ru_event_subscr (id_, rev_, event_type_, event_name_, execution_id_, proc_inst_id_, activity_id_,
          created_, tenant_id_)
        select 'bes-' || g || '-' || s, 1, 'message', case s when 1 then 'reportArrived' else 'decisionArrived' end,
          'bmi-' || g, 'bmi-' || g, case s when 1 then 'Message_Overdue' else 'Message_Patient' end,
          :now - random() * interval '40 days', (select code from bench_tenant where n = g % 20)
        from generate_series(1, 4000) g, generate_series(1, 2) s""");
    // history: 1,000,000 rows (100,000 process instances, 300,000 task instances, 600,000 activity
    // instances)
    statements.add(
        """
        insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
          end_time_, tenant_id_, state_)
        select 'hpi-' || g, 'hpi-' || g, 'stod-hist-' || g, 'monitoringTestTasks', :tasksDef,
          :now - random() * interval '1000 days', case when g > 25000 then :now - random() * interval '10 days' end,
          (select code from bench_tenant where n = g % 20), case when g > 25000 then 'COMPLETED' else 'ACTIVE' end
        from generate_series(1, 100000) g""");
    statements.add(
        """
        insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
          proc_inst_id_, execution_id_, act_inst_id_, name_, priority_, start_time_, end_time_, duration_, tenant_id_,
          task_state_)
        select 'hti-' || g, 'Task_PastDue', 'monitoringTestTasks', :tasksDef, 'hpi-' || (g % 100000 + 1),
          'hpi-' || (g % 100000 + 1), 'hpi-' || (g % 100000 + 1), 'hai-' || g, 'Förfallen uppgift', 50,
          :now - random() * interval '1000 days', :now - random() * interval '5 days', 1000,
          (select code from bench_tenant where n = g % 20), 'Completed'
        from generate_series(1, 300000) g""");
    statements.add(
        """
        insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
          act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_, sequence_counter_,
          tenant_id_)
        select 'hai-' || g, 'monitoringTestTasks', :tasksDef, 'hpi-' || (g % 100000 + 1), 'hpi-' || (g % 100000 + 1),
          'hpi-' || (g % 100000 + 1), 'Task_PastDue', 'Förfallen uppgift', 'userTask',
          :now - random() * interval '1000 days', :now - random() * interval '5 days', 1000, 1, 1,
          (select code from bench_tenant where n = g % 20)
        from generate_series(1, 600000) g""");
    statements.replaceAll(sql -> sql.replace(":now", "cast(:now as timestamp)"));
    statements.add("analyze");
    MapSqlParameterSource params =
        new MapSqlParameterSource()
            .addValue("tasksDef", tasksDef)
            .addValue("messageDef", messageDef)
            .addValue("incidentDef", incidentDef)
            .addValue("timerDef", timerDef)
            .addValue("timerJobDef", timerJobDef)
            .addValue("instances", INSTANCES)
            .addValue("now", Timestamp.from(Instant.now()));
    // one transaction, so one connection: setseed and the temporary table hold for every statement
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            tx -> {
              for (String statement : statements) {
                if (statement.startsWith("select")) {
                  jdbc.query(statement, params, rs -> {});
                } else {
                  jdbc.update(statement, params);
                }
              }
            });
  }

  private String definition(String key) {
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult();
    return definition.getId();
  }
}
