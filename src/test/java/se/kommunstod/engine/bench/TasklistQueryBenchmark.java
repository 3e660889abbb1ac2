package se.kommunstod.engine.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import se.kommunstod.security.Memberships;
import se.kommunstod.security.WebappSession;
import se.kommunstod.support.IntegrationTest;

/**
 * Not a test: a benchmark of Tasklist's task list ({@code mvn -B -o -Pbench test
 * -Dtest=TasklistQueryBenchmark}). Starts 2,500 instances of a four-task model through the real
 * engine (10,000 open tasks: half Brå's, a quarter each the municipality's and the police's, as in
 * the real models, src/test/resources/bench/tasklist-tasks.bpmn), spread over 290 municipalities
 * (tenants; Brå's group is member of every one), then times the query Tasklist makes for its list,
 * first page of 15 by creation date, newest first, with the count: through the engine's filter
 * ("Mina uppgifter") with the person's authentication (authorization and tenant checks, as the
 * webapp sets it), and over HTTP as Tasklist sends it ({@code POST
 * /camunda/api/engine/engine/default/filter/{id}/list}, HAL; and {@code POST …/task}). Writes
 * p50/p95 and the EXPLAIN (ANALYZE, BUFFERS) of the engine's SQL to docs/tasklist-benchmark.txt.
 */
@IntegrationTest
@TestPropertySource(properties = "kommunstod.monitoring.metrics-refresh=PT1H")
class TasklistQueryBenchmark {

  static final int MUNICIPALITIES = 290;
  static final int INSTANCES = 2_500; // x 4 tasks = 10,000 open tasks
  static final int WARM_UP = Integer.getInteger("bench.warmup", 30);
  static final int ITERATIONS = Integer.getInteger("bench.iterations", 200);
  static final String TASKLIST_QUERY =
      "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true,"
          + "\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}";
  static final String ENGINE_API = "/camunda/api/engine/engine/default";
  static final String PAGE = "?firstResult=0&maxResults=15";

  /** What Tasklist's HTTP client sends. */
  static final String HAL = "application/hal+json, application/json; q=0.5";

  static final String MYBATIS_TASK = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  static final String MYBATIS_ENTITIES = "org.camunda.bpm.engine.impl.persistence.entity";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final StringBuilder report = new StringBuilder();

  @Test
  void benchmark() throws IOException {
    long loadStart = System.nanoTime();
    List<String> municipalities = load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    line(
        "Tasklist task-list benchmark, %s, PostgreSQL %s (embedded, zonky), %d CPU(s) visible to the JVM",
        Instant.now(),
        jdbc.queryForObject("show server_version", String.class),
        Runtime.getRuntime().availableProcessors());
    line(
        "Planning: plan_cache_mode %s (engine.TaskQueryPlans sets it for the task queries)",
        jdbc.queryForObject("show plan_cache_mode", String.class));
    line("Machine load average at the start of the timings: %s", loadAverage());
    line(
        "Loaded through the engine in %.1f s: %,d process instances, %,d municipalities (tenants)",
        loadSeconds, INSTANCES, municipalities.size());
    for (String table :
        List.of(
            "act_ru_task",
            "act_ru_identitylink",
            "act_ru_authorization",
            "act_id_tenant",
            "act_id_tenant_member")) {
      line(
          "  %-22s %,10d rows",
          table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    line("Indexes on the tables the query reads (Camunda's own and the application's):");
    jdbc.query(
        "select indexdef from pg_indexes where tablename in ('act_ru_task', 'act_ru_authorization',"
            + " 'act_ru_identitylink') order by tablename, indexname",
        rs -> {
          line("  %s", rs.getString(1));
        });

    Memberships bra = person("radgivare");
    Memberships municipal = person("samordnare.linkoping");
    line(
        "  radgivare (Brå): groups %s, %d tenants; sees %,d tasks",
        bra.groups(),
        bra.tenants().size(),
        as(bra, () -> taskService.createTaskQuery().active().count()));
    // the sessions log in now: the webapp reads a person's tenants once, at login
    line(
        "  samordnare.linkoping: groups %s, tenants %s; sees %,d tasks",
        municipal.groups(),
        municipal.tenants(),
        as(municipal, () -> taskService.createTaskQuery().active().count()));
    for (Memberships person : List.of(bra, municipal)) {
      line(
          "  task grants (act_ru_authorization, resource type task) to %s's groups: %,d of %,d",
          person.userId(),
          jdbc.queryForObject(
              "select count(*) from act_ru_authorization where resource_type_ = 7 and group_id_ in ("
                  + String.join(",", person.groups().stream().map(g -> "'" + g + "'").toList())
                  + ")",
              Long.class),
          jdbc.queryForObject(
              "select count(*) from act_ru_authorization where resource_type_ = 7", Long.class));
    }
    WebappSession braSession = new WebappSession(port);
    WebappSession municipalSession = new WebappSession(port);
    line(
        "  Tasklist logins: radgivare %d, samordnare.linkoping %d",
        braSession.login("tasklist", "radgivare", "demo"),
        municipalSession.login("tasklist", "samordnare.linkoping", "demo"));
    line("");
    line(
        "%d warm-up runs, then %d timed runs each (milliseconds, wall clock of the whole call):",
        WARM_UP, ITERATIONS);
    String filterId =
        filterService.createFilterQuery().filterName("Mina uppgifter").singleResult().getId();
    String filterList = ENGINE_API + "/filter/" + filterId + "/list" + PAGE;
    line("  Tasklist's list is its filter's: POST %s, Accept %s,", filterList, HAL);
    line("  body %s (the filter \"Mina uppgifter\", camunda.bpm.filter.create);", TASKLIST_QUERY);
    line(
        "  the same through the engine: FilterService.listPage(filter, query active ordered by creation desc, 0, 15)");
    line(
        "  + count, with the person's authentication (groups, tenants) as the webapp sets it; also POST %s",
        ENGINE_API + "/task" + PAGE);
    line(
        "  (POST …/task answers JSON only, whatever the Accept header: no count and nothing embedded, so it is"
            + " not what Tasklist's list costs)");
    double braEngine =
        time(
            "engine, radgivare (Brå, all 290 municipalities)",
            () -> as(bra, () -> tasklistQuery(filterId)));
    double municipalEngine =
        time(
            "engine, samordnare.linkoping (one municipality)",
            () -> as(municipal, () -> tasklistQuery(filterId)));
    double braHttp =
        time("HTTP filter list, radgivare (Brå)", () -> overHttp(braSession, filterList));
    double municipalHttp =
        time(
            "HTTP filter list, samordnare.linkoping", () -> overHttp(municipalSession, filterList));
    time(
        "HTTP POST /task, radgivare (Brå)",
        () -> overHttp(braSession, ENGINE_API + "/task" + PAGE));
    time(
        "HTTP POST /task, samordnare.linkoping",
        () -> overHttp(municipalSession, ENGINE_API + "/task" + PAGE));
    line(
        "  ratios of p95: Brå / municipal user: engine %.2f, HTTP %.2f; HTTP / engine: Brå %.2f, municipal %.2f",
        braEngine / municipalEngine,
        braHttp / municipalHttp,
        braHttp / braEngine,
        municipalHttp / municipalEngine);
    line("Machine load average at the end of the timings: %s", loadAverage());

    line("");
    line("SQL statements per call (MyBatis mapper, how often), one call each after the timings:");
    statements("engine filter page + count, Brå", () -> as(bra, () -> tasklistQuery(filterId)));
    statements("HTTP filter list, Brå", () -> overHttp(braSession, filterList));
    statements("HTTP POST /task, Brå", () -> overHttp(braSession, ENGINE_API + "/task" + PAGE));
    statements(
        "HTTP filter list, samordnare.linkoping", () -> overHttp(municipalSession, filterList));

    explain("radgivare (Brå)", bra);
    explain("samordnare.linkoping", municipal);

    Path out = Path.of("docs", "tasklist-benchmark.txt");
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /**
   * What Tasklist's list costs the engine: its filter's page and count (the HAL answer carries
   * both).
   */
  private long tasklistQuery(String filterId) {
    filterService.listPage(
        filterId, taskService.createTaskQuery().active().orderByTaskCreateTime().desc(), 0, 15);
    return filterService.count(filterId, taskService.createTaskQuery().active());
  }

  private int overHttp(WebappSession session, String url) {
    var answer = session.post(url, TASKLIST_QUERY, HAL);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "Tasklist query: " + answer.statusCode() + " " + answer.body());
    }
    return answer.body().length();
  }

  private Memberships person(String userId) {
    return Memberships.of(identityService, userId);
  }

  private <T> T as(Memberships person, Supplier<T> call) {
    person.authenticate(identityService);
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The SQL MyBatis sends for the list and the count (read from its debug log), explained with its
   * values.
   */
  private void explain(String who, Memberships person) {
    String filterId =
        filterService.createFilterQuery().filterName("Mina uppgifter").singleResult().getId();
    String sql = null;
    for (ILoggingEvent event :
        logged(MYBATIS_TASK, () -> as(person, () -> tasklistQuery(filterId)))) {
      String message = event.getFormattedMessage();
      if (message.contains("Preparing: ")) {
        sql = message.substring(message.indexOf("Preparing: ") + "Preparing: ".length());
      } else if (message.contains("Parameters: ") && sql != null) {
        String statement =
            withValues(
                sql, message.substring(message.indexOf("Parameters: ") + "Parameters: ".length()));
        line("");
        line(
            "EXPLAIN (ANALYZE, BUFFERS), %s: %s",
            who, statement.length() > 20_000 ? statement.substring(0, 20_000) : statement);
        jdbc.query(
            "explain (analyze, buffers) " + statement,
            rs -> {
              line("  %s", rs.getString(1));
            });
        explainGeneric(
            who, sql, message.substring(message.indexOf("Parameters: ") + "Parameters: ".length()));
        sql = null;
      }
    }
  }

  /**
   * The plan PostgreSQL keeps for a prepared statement once it decides on a generic one (after five
   * executions, if its estimate is no worse): the JDBC driver prepares a statement on the server
   * from its fifth use, so this is the plan the engine's repeated query may run with, unlike the
   * custom plan above that sees the values.
   */
  private void explainGeneric(String who, String sql, String parameters) {
    List<String[]> values = parameters(parameters);
    StringBuilder numbered = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?' && next < values.size()) {
        numbered.append('$').append(++next);
      } else {
        numbered.append(c);
      }
    }
    List<String> types = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    for (String[] value : values) {
      types.add(
          switch (value[1]) {
            case "Integer" -> "integer";
            case "Long" -> "bigint";
            case "Boolean" -> "boolean";
            default -> "varchar";
          });
      literals.add(literal(value));
    }
    jdbc.execute(
        (org.springframework.jdbc.core.ConnectionCallback<Void>)
            connection -> {
              String mode;
              try (var statement = connection.createStatement();
                  var shown = statement.executeQuery("show plan_cache_mode")) {
                shown.next();
                mode = shown.getString(1);
              }
              try (var statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_generic_plan");
                statement.execute(
                    "prepare bench_generic (" + String.join(", ", types) + ") as " + numbered);
                line("");
                line("EXPLAIN (ANALYZE, BUFFERS) of the same, generic plan (prepared), %s:", who);
                try (var plan =
                    statement.executeQuery(
                        "explain (analyze, buffers) execute bench_generic("
                            + String.join(", ", literals)
                            + ")")) {
                  while (plan.next()) {
                    line("  %s", plan.getString(1));
                  }
                }
              } finally {
                try (var statement = connection.createStatement()) {
                  statement.execute("deallocate all");
                  statement.execute("set plan_cache_mode = " + mode);
                }
              }
              return null;
            });
  }

  /** MyBatis's logged parameters ("value(Type), …") as value and type; null has type "null". */
  static List<String[]> parameters(String parameters) {
    List<String[]> values = new ArrayList<>();
    if (!parameters.isBlank()) {
      for (String parameter : parameters.split(", ")) {
        int open = parameter.lastIndexOf('(');
        if (parameter.equals("null") || open < 0) {
          values.add(new String[] {"null", "null"});
        } else {
          values.add(
              new String[] {
                parameter.substring(0, open), parameter.substring(open + 1, parameter.length() - 1)
              });
        }
      }
    }
    return values;
  }

  private static String literal(String[] value) {
    return switch (value[1]) {
      case "null" -> "null";
      case "Integer", "Long", "Boolean" -> value[0];
      default -> "'" + value[0].replace("'", "''") + "'";
    };
  }

  /** Which engine statements one call runs: MyBatis logs each mapper statement it prepares. */
  private void statements(String what, Supplier<?> call) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (ILoggingEvent event : logged(MYBATIS_ENTITIES, call)) {
      if (event.getFormattedMessage().contains("Preparing: ")) {
        String mapper = event.getLoggerName();
        counts.merge(
            mapper.substring(mapper.lastIndexOf('.', mapper.lastIndexOf('.') - 1) + 1),
            1,
            Integer::sum);
      }
    }
    line("  %s: %d statements %s", what, counts.values().stream().mapToInt(i -> i).sum(), counts);
  }

  /** What MyBatis logs at debug level under the logger while the call runs. */
  private static List<ILoggingEvent> logged(String logger, Supplier<?> call) {
    Logger mybatis = (Logger) LoggerFactory.getLogger(logger);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Level level = mybatis.getLevel();
    mybatis.addAppender(log);
    mybatis.setLevel(Level.DEBUG);
    try {
      call.get();
    } finally {
      mybatis.setLevel(level);
      mybatis.detachAppender(log);
    }
    return log.list;
  }

  /** MyBatis's "?" replaced by its logged parameters ("value(Type), …"). */
  static String withValues(String sql, String parameters) {
    List<String> values =
        parameters(parameters).stream().map(TasklistQueryBenchmark::literal).toList();
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?' && next < values.size()) {
        out.append(values.get(next++));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private double time(String name, Supplier<?> call) {
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
    double p95 = ms[(int) Math.ceil(ITERATIONS * 0.95) - 1];
    line(
        "  %-48s p50 %7.2f   p95 %7.2f   max %7.2f",
        name, ms[ITERATIONS / 2], p95, ms[ITERATIONS - 1]);
    return p95;
  }

  /**
   * 290 municipalities: the demo's own and tenants "bench-001".. with Brå's and the administrators'
   * groups as members, as TenantSetup opens them; then the instances, round-robin over all of them,
   * created at spread-out moments so the sorting by creation date has something to sort.
   */
  private List<String> load() {
    List<String> tenants =
        new ArrayList<>(
            identityService.createTenantQuery().list().stream().map(Tenant::getId).toList());
    for (int i = 1; tenants.size() < MUNICIPALITIES; i++) {
      String id = String.format(Locale.ROOT, "bench-%03d", i);
      if (identityService.createTenantQuery().tenantId(id).count() == 0) {
        identityService.saveTenant(identityService.newTenant(id));
        identityService.createTenantGroupMembership(id, "bra");
        identityService.createTenantGroupMembership(id, "camunda-admin");
      }
      tenants.add(id);
    }
    repositoryService
        .createDeployment()
        .name("tasklist-bench")
        .enableDuplicateFiltering(true)
        .addClasspathResource("bench/tasklist-tasks.bpmn")
        .deploy();
    Instant now = Instant.now();
    for (int i = 0; i < INSTANCES; i++) {
      runtimeService.startProcessInstanceByKey(
          "tasklistBenchTasks",
          "tasklist-bench-" + i,
          Map.of(
              "municipalityCode", tenants.get(i % tenants.size()),
              "due", Date.from(now.plus(Duration.ofDays(10 + i % 20))),
              "later", Date.from(now.plus(Duration.ofDays(40)))));
    }
    jdbc.execute("analyze");
    return tenants;
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
}
