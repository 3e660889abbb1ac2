package se.kommunstod.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kommunstod.KommunstodApplication;
import se.kommunstod.support.EmbeddedPostgres;

/**
 * Not a test: the throughput benchmark of the lifecycle through the Java API ({@code mvn -B -o
 * -Pbench test -Dtest=ThroughputBenchmark}, see docs/throughput.md).
 *
 * <p>For each history level (system property {@code bench.historyLevels}, default {@code
 * full,activity}) it starts the whole application on its own database in the embedded PostgreSQL
 * 17, then drives {@code bench.cases} (default 1000) instances of
 *
 * <ul>
 *   <li>the engine's floor: {@code benchOneTask} (bench/models/bench-timer.bpmn), start and
 *       complete its one user task, {@code bench.floorCases} times (default ten per case) before
 *       the lifecycle and as many after it, so that the floor's tasks are about as many as the
 *       lifecycle's (21 per case) and both runs last about as long;
 *   <li>the lifecycle: {@code supportCase} with its meetings and interventions, every user task
 *       completed with values read from its deployed form ({@link FormFiller}), due timers executed
 *       through the ManagementService, until every case has ended;
 *   <li>the floor beside the lifecycle ({@link FloorBeside}): slices of {@code
 *       bench.floorBesideCases} floor instances (default a twentieth of the floor's) between the
 *       lifecycle's rounds, every {@code bench.floorBesideEverySeconds} (default 10) of its
 *       driving, left out of the lifecycle's time and CPU (not with {@code bench.sqlStats}).
 * </ul>
 *
 * Work is spread over {@code bench.workers} (default 2) threads, one case always on the same thread
 * (as one team works one case). The ratio per task compares the run's whole time per task, starting
 * the instances included: the floor's start creates its tasks, and the lifecycle creates most of
 * its tasks while completing others. (Until stop 28 the ratio compared the completing phase alone,
 * which left the floor's task creation out and the lifecycle's in; it is still printed beside.)
 * Both are measured after {@code bench.warmupBatches} (default 10) batches of their own, so that
 * the JIT compiler has compiled their paths; each run prints its CPU per task, the JVM's (its JIT
 * compiler's and collector's apart) and PostgreSQL's ({@link CpuTime}). Writes
 * docs/throughput-java.txt. With {@code -Dbench.sqlStats=true} it also prints the statements each
 * driver sent per task ({@link SqlStatistics}).
 */
public class ThroughputBenchmark {

  static final int CASES = Integer.getInteger("bench.cases", 1000);
  static final int WARM_UP = Integer.getInteger("bench.warmup", 50);
  static final int FLOOR_CASES = Integer.getInteger("bench.floorCases", CASES * 10);
  static final int FLOOR_WARM_UP = Math.max(WARM_UP, CASES);

  static final int WARM_UP_BATCHES = Integer.getInteger("bench.warmupBatches", 10);

  /** The floor beside the lifecycle ({@link FloorBeside}): a slice's instances, and how often. */
  static final int FLOOR_BESIDE_CASES =
      Integer.getInteger("bench.floorBesideCases", Math.max(100, FLOOR_CASES / 20));

  static final double FLOOR_BESIDE_EVERY =
      Double.parseDouble(System.getProperty("bench.floorBesideEverySeconds", "10"));

  /**
   * Whether the warm-up's history stays in the database the measured runs work on (the default
   * deletes it: {@link #forgetWarmUp}).
   */
  static final boolean KEEP_WARM_UP_HISTORY = Boolean.getBoolean("bench.keepWarmUpHistory");

  static final int WORKERS = Integer.getInteger("bench.workers", 2);
  static final List<String> LEVELS =
      List.of(System.getProperty("bench.historyLevels", "full,activity").split(","));
  static final List<String> MUNICIPALITIES =
      List.of("linkoping", "sodertalje", "sigtuna", "trollhattan", "goteborg");
  static final String OUTPUT = System.getProperty("bench.output", "docs/throughput-java.txt");

  private final StringBuilder report = new StringBuilder();

  @Test
  void benchmark() throws Exception {
    line(
        "Throughput benchmark (Java API), %s, %d CPU(s) visible to the JVM, %d cases, %d worker threads",
        Instant.now(), Runtime.getRuntime().availableProcessors(), CASES, WORKERS);
    line(
        "Machine load average at the start: %s; warm-up first, not counted: %d batches of %d floor"
            + " instances, then %d of %d lifecycle cases",
        loadAverage(), WARM_UP_BATCHES, FLOOR_WARM_UP, WARM_UP_BATCHES, WARM_UP);
    if (SqlStatistics.ENABLED && System.getProperty(EmbeddedPostgres.PRELOAD_LIBRARIES) == null) {
      System.setProperty(EmbeddedPostgres.PRELOAD_LIBRARIES, "pg_stat_statements");
    }
    for (String level : LEVELS) {
      String database = "throughput_" + level + "_" + CASES;
      recreate(database);
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KommunstodApplication.class)
              .run(
                  "--server.port=0",
                  "--spring.datasource.url="
                      + EmbeddedPostgres.server().getJdbcUrl("postgres", database),
                  "--spring.datasource.username=postgres",
                  "--spring.datasource.password=postgres",
                  "--camunda.bpm.history-level=" + level,
                  "--camunda.bpm.job-execution.enabled=false",
                  "--kommunstod.monitoring.metrics-refresh=PT1H",
                  "--kommunstod.admin.user=benchadmin",
                  "--kommunstod.admin.password=bench-admin-password",
                  "--logging.level.root=WARN")) {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        engine
            .getRepositoryService()
            .createDeployment()
            .name("bench")
            .enableDuplicateFiltering(true)
            .addInputStream(
                "bench-timer.bpmn", Files.newInputStream(Path.of("bench/models/bench-timer.bpmn")))
            .deploy();
        line("");
        line(
            "History level %s (database %s, PostgreSQL %s, load average %s):",
            level,
            database,
            app.getBean(JdbcTemplate.class).queryForObject("show server_version", String.class),
            loadAverage());
        Function<Integer, Map<String, Object>> caseVariables =
            i ->
                Map.of(
                    "municipalityCode",
                    MUNICIPALITIES.get(i % MUNICIPALITIES.size()),
                    "meetingCycle",
                    "R1/PT1S",
                    "followUpInterval",
                    "PT1S");
        // warm-up (JIT, pools, caches, and tables no longer empty), not counted
        warmUp(
            "floor",
            batch ->
                new Driver(
                    engine,
                    "benchOneTask",
                    "warmfloor-" + batch + "-",
                    false,
                    FLOOR_WARM_UP,
                    i -> Map.of()));
        warmUp(
            "lifecycle",
            batch ->
                new Driver(
                    engine,
                    "supportCase",
                    "warmcase-" + batch + "-",
                    true,
                    WARM_UP,
                    caseVariables));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        if (!KEEP_WARM_UP_HISTORY) {
          forgetWarmUp(engine, jdbc);
        }
        SqlStatistics sql = SqlStatistics.ENABLED ? new SqlStatistics(jdbc) : null;
        Result floor =
            measured(
                jdbc,
                sql,
                new Driver(engine, "benchOneTask", "floor-", false, FLOOR_CASES, i -> Map.of()));
        line("  %-10s %s", "floor", floor);
        sqlReport(sql, floor);
        // with the statements counted, the slices' would be counted as the lifecycle's
        FloorBeside beside = new FloorBeside(engine, FLOOR_BESIDE_CASES, FLOOR_BESIDE_EVERY);
        Result lifecycle =
            measured(
                jdbc,
                sql,
                new Driver(engine, "supportCase", "bench-", true, CASES, caseVariables)
                    .betweenRounds(sql == null ? beside : () -> {}));
        line("  %-10s %s", "lifecycle", lifecycle);
        sqlReport(sql, lifecycle);
        if (sql != null && !"none".equals(level)) {
          variableHistory(jdbc, lifecycle.cases());
        }
        // the floor again, on the tables the lifecycle has grown: the two floors bracket the
        // lifecycle's run (the machine's speed drifts within minutes, and a 7-s floor against a
        // 6-min lifecycle caught only one moment of it)
        Result floorAfter =
            measured(
                jdbc,
                null,
                new Driver(
                    engine, "benchOneTask", "floor-after-", false, FLOOR_CASES, i -> Map.of()));
        line("  %-10s %s", "floor after", floorAfter);
        line(
            "  ratio per task, each task's creation included (the run's whole time / its tasks):"
                + " %.2f x the floor before, %.2f x the floor after, %.2f x both floors",
            lifecycle.secondsPerTask() / floor.secondsPerTask(),
            lifecycle.secondsPerTask() / floorAfter.secondsPerTask(),
            lifecycle.secondsPerTask()
                / ((floor.secondsPerTask() + floorAfter.secondsPerTask()) / 2));
        line(
            "  ratio per task, completing only (the drive's time / its tasks, the ratio until stop"
                + " 28): %.2f x before, %.2f x after, %.2f x both",
            floor.tasksPerSecond() / lifecycle.tasksPerSecond(),
            floorAfter.tasksPerSecond() / lifecycle.tasksPerSecond(),
            (1 / lifecycle.tasksPerSecond())
                / ((1 / floor.tasksPerSecond() + 1 / floorAfter.tasksPerSecond()) / 2));
        line(
            "  CPU per task (the JVM's and PostgreSQL's, untimed analyses left out): %.2f x the"
                + " floor before, %.2f x the floor after, %.2f x both; the JVM's %.2f x, PostgreSQL's"
                + " %.2f x both floors'",
            lifecycle.cpuMsPerTask() / floor.cpuMsPerTask(),
            lifecycle.cpuMsPerTask() / floorAfter.cpuMsPerTask(),
            2 * lifecycle.cpuMsPerTask() / (floor.cpuMsPerTask() + floorAfter.cpuMsPerTask()),
            2 * lifecycle.jvmMsPerTask() / (floor.jvmMsPerTask() + floorAfter.jvmMsPerTask()),
            2
                * lifecycle.databaseMsPerTask()
                / (floor.databaseMsPerTask() + floorAfter.databaseMsPerTask()));
        if (beside.slices() > 0) {
          Result floorBeside = beside.total();
          line(
              "  %-10s %s (%d slices of %,d instances, run between the lifecycle's rounds)",
              "floor beside", floorBeside, beside.slices(), beside.sliceCases());
          line(
              "  ratio per task against the floor beside it (the same minutes and database):"
                  + " %.2f x in time, %.2f x in CPU (the JVM's %.2f x, PostgreSQL's %.2f x)",
              lifecycle.secondsPerTask() / floorBeside.secondsPerTask(),
              lifecycle.cpuMsPerTask() / floorBeside.cpuMsPerTask(),
              lifecycle.jvmMsPerTask() / floorBeside.jvmMsPerTask(),
              lifecycle.databaseMsPerTask() / floorBeside.databaseMsPerTask());
        }
        line(
            "  per case: %.1f x the floor's time per case; p95 completion latency %.2f x the floor's",
            floor.casesPerSecond() / lifecycle.casesPerSecond(), lifecycle.p95() / floor.p95());
        if (!"none".equals(level)) {
          line(
              "  history rows after the three: act_hi_actinst %,d, act_hi_taskinst %,d, act_hi_varinst %,d, act_hi_detail %,d",
              count(app, "act_hi_actinst"),
              count(app, "act_hi_taskinst"),
              count(app, "act_hi_varinst"),
              count(app, "act_hi_detail"));
        }
      }
    }
    Path out = Path.of(OUTPUT);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /**
   * Runs {@link #WARM_UP_BATCHES} batches and prints the JIT compiler's share of the JVM's CPU in
   * the last. With one batch (50 cases, as until stop 29) the compiler still took 21 % of the JVM's
   * CPU in the N = 200 lifecycle that followed and 20 % at N = 1,000 (1.4 of 7.2 ms per task), the
   * floor before 21 %, the floor after (which runs after both) 3–13 %: the ratio measured how much
   * code each run had left to compile as much as what a task costs. With ten, the measured runs'
   * share is 0–5 % (each prints its own). A server compiles its paths once in months; the benchmark
   * measures the tasks after that. (Stopping once a batch's share fell under 5 % was tried: the
   * batches' share stays at 11–47 %, the compiler working through its queue of the many paths each
   * batch touches once, while the measured runs after ten are quiet.)
   */
  private void warmUp(String what, Function<Integer, Driver> batch) throws Exception {
    CpuTime last = null;
    for (int i = 1; i <= WARM_UP_BATCHES; i++) {
      CpuTime before = CpuTime.now();
      batch.apply(i).run();
      last = CpuTime.now().minus(before);
    }
    line(
        "  warm-up of the %s: %d batches, the JIT compiler's share of the JVM's CPU in the last"
            + " %.0f %%",
        what, WARM_UP_BATCHES, last == null ? 0 : 100 * last.compilerSeconds() / last.jvmSeconds());
  }

  /**
   * Deletes the warm-up's finished instances from the history (then vacuums and checkpoints), so
   * the measured runs work on the database they would have after one short warm-up. The ten
   * batches' history (11,500 process instances at N = 1,000) made every statement dearer: with it
   * kept, the floor's PostgreSQL CPU per task rose from 5.1 to 7.4 ms and the lifecycle's from 9.9
   * to 12.5 ms, which favours the lifecycle's ratio (docs/throughput.md, "Stops 30 and 32"); {@code
   * -Dbench.keepWarmUpHistory=true} keeps it.
   */
  private void forgetWarmUp(ProcessEngine engine, JdbcTemplate jdbc) {
    List<String> ids =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKeyLike("warm%")
            .finished()
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    for (int from = 0; from < ids.size(); from += 500) {
      engine
          .getHistoryService()
          .deleteHistoricProcessInstancesBulk(ids.subList(from, Math.min(ids.size(), from + 500)));
    }
    // the deletion's dead rows and dirty pages are its own cost, not the first floor's: vacuumed,
    // and written out by a checkpoint, before the floor starts
    jdbc.execute("vacuum analyze");
    jdbc.execute("checkpoint");
    line("  the warm-up's %,d process instances deleted from the history", ids.size());
  }

  /**
   * Each measured run is planned on statistics of the tables as they are, as autovacuum keeps them
   * in a running database: analysed before the instances start and again, untimed, once they have
   * started. On the database created for the run, the first floor started its 10,000 instances in
   * 35 s without the first analysis and in 9–13 s with it, the floor after the lifecycle in 6 s;
   * and without the second its one query for the 10,000 open tasks took 12.6 s, the floor after's
   * 0.1 s (docs/throughput-java-stop29-1k-first.txt, docs/throughput-java-stop29-1k-queries.txt).
   */
  private static Result measured(JdbcTemplate jdbc, SqlStatistics sql, Driver driver)
      throws Exception {
    jdbc.execute("analyze");
    if (sql != null) {
      sql.reset();
    }
    return driver.afterStart(() -> jdbc.execute("analyze")).run();
  }

  private void sqlReport(SqlStatistics sql, Result result) {
    if (sql != null) {
      sql.report(result.tasks()).forEach(text -> line("%s", text));
    }
  }

  public record Result(
      int cases,
      long tasks,
      long jobs,
      long conflicts,
      double startSeconds,
      double driveSeconds,
      double querySeconds,
      double[] latenciesMs,
      double formP95Ms,
      CpuTime cpu) {

    double casesPerSecond() {
      return cases / (startSeconds + driveSeconds);
    }

    double tasksPerSecond() {
      return tasks / driveSeconds;
    }

    /** The run's whole time per task: starting the instances (which creates tasks) included. */
    double secondsPerTask() {
      return (startSeconds + driveSeconds) / tasks;
    }

    double p95() {
      return percentile(latenciesMs, 0.95);
    }

    /** CPU milliseconds per task, the JVM's and PostgreSQL's together. */
    double cpuMsPerTask() {
      return jvmMsPerTask() + databaseMsPerTask();
    }

    double jvmMsPerTask() {
      return cpu.jvmSeconds() * 1e3 / tasks;
    }

    double databaseMsPerTask() {
      return cpu.databaseSeconds() * 1e3 / tasks;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,d cases in %.1f s (start %.1f s + drive %.1f s, of which the driver's queries for open"
              + " tasks and due timers %.1f s): %.1f cases/s; %,d tasks "
              + "(%.1f per case) at %.1f tasks/s completing, %.1f tasks/s with the start; %,d timer jobs; %,d concurrent-update retries; completion latency "
              + "p50 %.1f ms p95 %.1f ms; %s; CPU per task %.2f ms (JVM %.2f, of it JIT %.2f and GC %.2f;"
              + " PostgreSQL %.2f), %.2f of the machine's CPUs busy",
          cases,
          startSeconds + driveSeconds,
          startSeconds,
          driveSeconds,
          querySeconds,
          casesPerSecond(),
          tasks,
          (double) tasks / cases,
          tasksPerSecond(),
          1 / secondsPerTask(),
          jobs,
          conflicts,
          percentile(latenciesMs, 0.5),
          p95(),
          Double.isNaN(formP95Ms)
              ? "no form"
              : String.format(Locale.ROOT, "form read+fill p95 %.1f ms", formP95Ms),
          cpuMsPerTask(),
          jvmMsPerTask(),
          cpu.compilerSeconds() * 1e3 / tasks,
          cpu.collectorSeconds() * 1e3 / tasks,
          databaseMsPerTask(),
          (cpu.jvmSeconds() + cpu.databaseSeconds())
              / (startSeconds + driveSeconds)
              / Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * Starts the cases, then completes open tasks and fires due timers until every case has ended.
   */
  public static final class Driver {
    private final ProcessEngine engine;
    private final String processKey;
    private final String keyPrefix;
    private final boolean withForms;
    private final int cases;
    private final Function<Integer, Map<String, Object>> startVariables;
    private final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> formTimes = new ConcurrentLinkedQueue<>();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong jobs = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private boolean completePrefilledRows;
    private Runnable afterStart = () -> {};
    private Runnable betweenRounds = () -> {};
    private boolean executesTimers = true;

    public Driver(
        ProcessEngine engine,
        String processKey,
        String keyPrefix,
        boolean withForms,
        int cases,
        Function<Integer, Map<String, Object>> startVariables) {
      this.engine = engine;
      this.processKey = processKey;
      this.keyPrefix = keyPrefix;
      this.withForms = withForms;
      this.cases = cases;
      this.startVariables = startVariables;
    }

    /**
     * Also fills the empty fields of rows a task pre-filled (e.g. a value for each indicator), so
     * the records hold what a person leaves (ReportBenchmark); see {@link FormFiller}.
     */
    public Driver completingPrefilledRows() {
      this.completePrefilledRows = true;
      return this;
    }

    /**
     * Runs between starting the instances and completing their tasks, untimed: {@link
     * ThroughputBenchmark} analyses the tables the start has just grown.
     */
    Driver afterStart(Runnable action) {
      this.afterStart = action;
      return this;
    }

    /**
     * Leaves due timers to others: a {@link FloorBeside} slice, whose process has none, runs while
     * the lifecycle's timers fall due (the engine's job query cannot be limited to one's cases).
     */
    Driver leavingTimers() {
      this.executesTimers = false;
      return this;
    }

    /**
     * Runs after each round of completions, untimed: its time and CPU are left out of this run's
     * ({@link FloorBeside} measures the floor there).
     */
    Driver betweenRounds(Runnable action) {
      this.betweenRounds = action;
      return this;
    }

    public Result run() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
      try {
        CpuTime cpuAtStart = CpuTime.now();
        long start = System.nanoTime();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
          numbers.add(i);
        }
        inParallel(
            pool,
            numbers,
            i -> i,
            i ->
                engine
                    .getRuntimeService()
                    .startProcessInstanceByKey(processKey, keyPrefix + i, startVariables.apply(i)));
        long started = System.nanoTime();
        CpuTime cpuStarted = CpuTime.now();
        afterStart.run();
        CpuTime cpuDriving = CpuTime.now();
        long driving = System.nanoTime();
        long querying = 0; // the driver's own queries for due timers and open tasks, on one thread
        long paused = 0;
        CpuTime cpuPaused = CpuTime.ZERO;
        while (true) {
          long before = System.nanoTime();
          List<Job> due =
              executesTimers
                  ? engine.getManagementService().createJobQuery().executable().timers().list()
                  : List.of();
          querying += System.nanoTime() - before;
          inParallel(
              pool,
              due,
              Job::getProcessInstanceId,
              job -> {
                retrying(() -> engine.getManagementService().executeJob(job.getId()), conflicts);
                jobs.incrementAndGet();
              });
          before = System.nanoTime();
          List<Task> open =
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceBusinessKeyLike(keyPrefix + "%")
                  .list();
          querying += System.nanoTime() - before;
          inParallel(pool, open, Task::getProcessInstanceId, this::complete);
          CpuTime cpuBefore = CpuTime.now();
          before = System.nanoTime();
          betweenRounds.run();
          paused += System.nanoTime() - before;
          cpuPaused = cpuPaused.plus(CpuTime.now().minus(cpuBefore));
          if (due.isEmpty() && open.isEmpty()) {
            if (engine
                    .getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKeyLike(keyPrefix + "%")
                    .count()
                == 0) {
              break;
            }
            Thread.sleep(100); // waiting for a timer to become due
          }
        }
        long done = System.nanoTime();
        CpuTime cpu =
            cpuStarted.minus(cpuAtStart).plus(CpuTime.now().minus(cpuDriving)).minus(cpuPaused);
        double[] ms = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        double[] form = formTimes.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(
            cases,
            tasks.get(),
            jobs.get(),
            conflicts.get(),
            (started - start) / 1e9,
            (done - driving - paused) / 1e9,
            querying / 1e9,
            ms,
            percentile(form, 0.95),
            cpu);
      } finally {
        pool.shutdownNow();
      }
    }

    private void complete(Task task) {
      long before = System.nanoTime();
      VariableMap values;
      if (!withForms) {
        values = Variables.createVariables();
      } else {
        // Tasklist opens a form with one request for the task's variables (form-variables), not
        // one per field; the driver reads them once too, on the first field that needs one
        var shown =
            new Object() {
              Map<String, Object> values;

              Object get(String name) {
                if (values == null) {
                  values = engine.getTaskService().getVariables(task.getId());
                }
                return values.get(name);
              }
            };
        Function<String, Object> variables = shown::get;
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
          values = FormFiller.fill(form, variables, completePrefilledRows);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      long filled = System.nanoTime();
      // A meeting's and an intervention's tasks of one case can finish at once on the two threads
      // (they are
      // separate process instances under the same case): the engine refuses the second, which is
      // retried,
      // as a person would after reloading. Counted; the latency includes the retries.
      long completed =
          retrying(() -> engine.getTaskService().complete(task.getId(), values), conflicts);
      if (withForms) {
        formTimes.add((filled - before) / 1e6);
      }
      latencies.add((completed - filled) / 1e6);
      tasks.incrementAndGet();
    }
  }

  /** One case's work stays on one thread (partitioned by process instance, or by start number). */
  static <T> void inParallel(
      ExecutorService pool, List<T> items, Function<T, Object> partitionKey, Consumer<T> work)
      throws Exception {
    List<List<T>> partitions = new ArrayList<>();
    for (int i = 0; i < WORKERS; i++) {
      partitions.add(new ArrayList<>());
    }
    for (T item : items) {
      partitions.get(Math.floorMod(partitionKey.apply(item).hashCode(), WORKERS)).add(item);
    }
    List<Future<?>> futures = new ArrayList<>();
    for (List<T> partition : partitions) {
      futures.add(pool.submit(() -> partition.forEach(work)));
    }
    for (Future<?> future : futures) {
      future.get();
    }
  }

  /**
   * Runs the action, again after a concurrent update (up to 5 times); returns nanoTime when it
   * succeeded.
   */
  static long retrying(Runnable action, AtomicLong conflicts) {
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        return System.nanoTime();
      } catch (OptimisticLockingException e) {
        conflicts.incrementAndGet();
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
  }

  /**
   * Which variables the lifecycle's history holds, per case: the rows behind the variable
   * statements of the SQL report (each runtime variable gives one {@code act_hi_varinst} row unless
   * {@code VariableHistoryFilter} keeps it out, each of its values one {@code act_hi_detail} row).
   */
  private void variableHistory(JdbcTemplate jdbc, int cases) {
    String ofTheCases =
        " where root_proc_inst_id_ in (select proc_inst_id_ from act_hi_procinst"
            + " where business_key_ like 'bench-%' and super_process_instance_id_ is null)";
    line("    variable history per case (act_hi_varinst rows / act_hi_detail rows, by name):");
    jdbc.query(
        "select v.name_, v.n, coalesce(d.n, 0) from (select name_, count(*) n from"
            + " act_hi_varinst"
            + ofTheCases
            + " group by name_) v left join (select name_, count(*) n from act_hi_detail"
            + ofTheCases
            + " group by name_) d on d.name_ = v.name_ order by v.n desc, v.name_",
        row -> { // a block: a row callback, not a result extractor
          line(
              "      %-44s %6.2f / %6.2f",
              row.getString(1), row.getLong(2) / (double) cases, row.getLong(3) / (double) cases);
        });
  }

  private static long count(ConfigurableApplicationContext app, String table) {
    return app.getBean(JdbcTemplate.class)
        .queryForObject("select count(*) from " + table, Long.class);
  }

  private static void recreate(String database) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(EmbeddedPostgres.jdbcUrl(), "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database);
      statement.execute("create database " + database);
    }
  }

  /**
   * The machine's load average as /proc/loadavg gives it (benchmarks print it with their figures).
   */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.append(text).append('\n');
    System.out.println(text);
  }
}
