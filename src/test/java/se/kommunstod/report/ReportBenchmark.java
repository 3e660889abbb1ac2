package se.kommunstod.report;

import static se.kommunstod.throughput.ThroughputBenchmark.loadAverage;
import static se.kommunstod.throughput.ThroughputBenchmark.percentile;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kommunstod.KommunstodApplication;
import se.kommunstod.admin.Administration;
import se.kommunstod.engine.EngineTime;
import se.kommunstod.engine.IdentitySetup;
import se.kommunstod.security.Memberships;
import se.kommunstod.security.Role;
import se.kommunstod.throughput.ThroughputBenchmark;

/**
 * Not a test: the final report at national scale ({@code mvn -B -o -Pbench test
 * -Dtest=ReportBenchmark}, issue 21; writes docs/report-benchmark.txt).
 *
 * <p>Seeds {@code bench.municipalities} (default 290) municipalities — the five of the first round
 * and "rapport-NNN" added as an administrator does ({@link Administration}), with one area each —
 * and one support case each, driven through its whole lifecycle by the real engine: every user task
 * completed with its deployed form filled ({@link se.kommunstod.throughput.FormFiller}), so the
 * situation pictures' observations, the prioritised problems and causes, the action plan's
 * measures, meetings with action items, interventions with follow-ups and outcomes, indicators with
 * values and survey answers exist as the tasks' record listeners write them; due timers are
 * executed through the ManagementService. The database is the tests' PostgreSQL 17 with a kept data
 * directory ({@code bench.data}, default target/report-bench-postgres), so a second run reuses the
 * seeded cases (before/after a change in the same harness); {@code -Dbench.reseed=true} starts
 * again.
 *
 * <p>Then, as Brå's advisor {@link #READER} (who sees every municipality), it times the final
 * report as {@code ReportController} produces it — compile plus HTML, PDF (HTML rendered by
 * openhtmltopdf) or the Swedish CSV — for the first 30, 90 and all municipalities, {@code
 * bench.runs} (default 3) runs each after warm-up runs at 30: each run compiles once and renders
 * every format from it (a format's time = compile + its rendering); p50/p95, the allocated bytes of
 * the thread ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), the heap's peak
 * during the report (after a GC before it) and the JPA statements per report (Hibernate's
 * statistics).
 */
class ReportBenchmark {

  static final int MUNICIPALITIES = Integer.getInteger("bench.municipalities", 290);
  static final int RUNS = Integer.getInteger("bench.runs", 3);
  static final int WARM_UP = Integer.getInteger("bench.warmup", 2);
  static final List<Integer> SIZES = List.of(30, 90, MUNICIPALITIES);
  static final String OUTPUT = System.getProperty("bench.output", "docs/report-benchmark.txt");
  static final Path DATA =
      Path.of(System.getProperty("bench.data", "target/report-bench-postgres"));
  static final String DATABASE = "report_bench";
  static final String COMMAND = "mvn -B -o -Pbench test -Dtest=ReportBenchmark";

  /** Brå's advisor who reads the report (created here: no demo users outside the demo profile). */
  static final String READER = "rapport.bra";

  private final StringBuilder report = new StringBuilder();

  @Test
  void benchmark() throws Exception {
    boolean reseed = Boolean.getBoolean("bench.reseed");
    if (reseed) {
      org.springframework.util.FileSystemUtils.deleteRecursively(DATA);
    }
    Files.createDirectories(DATA);
    line(
        "Final report benchmark, %s, %d CPU(s) visible to the JVM, max heap %d MiB",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    line("Command: %s (load average at the start: %s)", COMMAND, loadAverage());
    try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setDataDirectory(new File(DATA.toString()))
            .setCleanDataDirectory(false)
            .start()) {
      JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
      if (admin.queryForList("select 1 from pg_database where datname = ?", DATABASE).isEmpty()) {
        admin.execute("create database " + DATABASE);
      }
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KommunstodApplication.class)
              .run(
                  "--server.port=0",
                  "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", DATABASE),
                  "--spring.datasource.username=postgres",
                  "--spring.datasource.password=postgres",
                  "--camunda.bpm.job-execution.enabled=false",
                  "--kommunstod.monitoring.metrics-refresh=PT1H",
                  "--kommunstod.admin.user=benchadmin",
                  "--kommunstod.admin.password=bench-admin-password",
                  "--spring.jpa.properties.hibernate.generate_statistics=true",
                  "--logging.level.root=WARN")) {
        List<String> codes = seed(app);
        measure(app, codes);
      }
    }
    Path out = Path.of(OUTPUT);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /** The municipalities (sorted by code) each with one support case that has ended. */
  private List<String> seed(ConfigurableApplicationContext app) throws Exception {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    List<String> existing =
        jdbc.queryForList("select code from municipality order by code", String.class);
    Administration administration = app.getBean(Administration.class);
    for (int i = 1; existing.size() < MUNICIPALITIES; i++) {
      String code = String.format(Locale.ROOT, "rapport-%03d", i);
      if (!existing.contains(code)) {
        // as an administrator adds a municipality (its tenant too); its area as the police list
        // import would (the situation picture's places are the municipality's areas)
        administration.saveMunicipality(
            code, String.format(Locale.ROOT, "Rapportkommun %03d", i), "Region Mitt");
        jdbc.update(
            "insert into area (municipality_code, name) values (?, ?)", code, "Centrum " + i);
        existing.add(code);
      }
    }
    // Brå's advisor for the report, who sees every municipality through the group bra
    IdentitySetup identity = app.getBean(IdentitySetup.class);
    identity.user(READER, "Rapport", "Brå", "rapport.bra@example.invalid", "bench-password");
    identity.groupMember(READER, Role.BRA.groupId());
    List<String> codes = existing.stream().sorted().limit(MUNICIPALITIES).toList();

    List<String> seeded =
        jdbc.queryForList(
            "select municipality_code from support_case where closed_at is not null", String.class);
    List<String> missing = codes.stream().filter(c -> !seeded.contains(c)).toList();
    line("");
    if (missing.isEmpty()) {
      line(
          "Seeded before (kept data directory %s): %d municipalities with an ended case",
          DATA, codes.size());
    } else {
      Function<Integer, Map<String, Object>> caseVariables =
          i ->
              Map.of(
                  "municipalityCode",
                  missing.get(i),
                  "meetingCycle",
                  "R1/PT1S",
                  "followUpInterval",
                  "PT1S");
      ThroughputBenchmark.Result result =
          new ThroughputBenchmark.Driver(
                  engine, "supportCase", "rapport-", true, missing.size(), caseVariables)
              .completingPrefilledRows()
              .run();
      line("Seeded %d support cases through the engine (load %s):", missing.size(), loadAverage());
      line("  %s", result);
      jdbc.execute("analyze");
    }
    for (String table :
        List.of(
            "support_case",
            "observation",
            "problem",
            "measure",
            "cooperation_meeting",
            "action_item",
            "intervention",
            "intervention_follow_up",
            "problem_cause",
            "indicator",
            "indicator_value",
            "survey_answer",
            "act_hi_actinst",
            "act_hi_varinst",
            "act_hi_detail")) {
      line("  rows in %-20s %,d", table, count(jdbc, table));
    }
    return codes;
  }

  private void measure(ConfigurableApplicationContext app, List<String> codes) {
    IdentityService identity = app.getBean(IdentityService.class);
    ReportService reports = app.getBean(ReportService.class);
    ReportHtml html = app.getBean(ReportHtml.class);
    Statistics statistics =
        app.getBean(jakarta.persistence.EntityManagerFactory.class)
            .unwrap(SessionFactory.class)
            .getStatistics();
    Memberships reader = Memberships.of(identity, READER);
    reader.authenticate(identity);
    Map<String, Function<FinalReport, byte[]>> formats = new LinkedHashMap<>();
    formats.put(
        "HTML",
        r ->
            html.render(r, "http://localhost:8080/api/public/lessons")
                .getBytes(StandardCharsets.UTF_8));
    formats.put("PDF", r -> ReportPdf.render(r, html, "http://localhost:8080/api/public/lessons"));
    formats.put("CSV", r -> ReportCsv.swedish(r).getBytes(StandardCharsets.UTF_8));
    // the PDF as one document on one thread (not in parts), for comparison
    formats.put(
        "PDF1",
        r ->
            ReportPdf.render(
                html.renderForPdf(
                    r, "http://localhost:8080/api/public/lessons", ReportHtml.Part.whole(r))));
    // -Dbench.formats=HTML,CSV: only these (a profile of one rendering without the others)
    formats
        .keySet()
        .retainAll(List.of(System.getProperty("bench.formats", "HTML,PDF,CSV,PDF1").split(",")));
    try {
      line("");
      line(
          "As %s (Brå: %d groups, %d tenants), report date %s; %d runs per size after %d warm-up runs at %d; load %s",
          READER,
          reader.groups().size(),
          reader.tenants().size(),
          EngineTime.today(),
          RUNS,
          WARM_UP,
          SIZES.get(0),
          loadAverage());
      line(
          "Each run compiles the report once (ReportService.compile, as the controller does for each"
              + " request) and renders it in every format; a format's time is the compile's plus its"
              + " rendering, its allocated bytes and this thread's CPU time (compile + rendering;"
              + " the database's and the engine's SQL run in PostgreSQL, not counted) likewise,"
              + " 'JVM CPU' the whole JVM's CPU time meanwhile (all threads: GC, JIT, a parallel"
              + " rendering's workers); the heap's peak is over the whole run.");
      for (int i = 0; i < WARM_UP; i++) {
        FinalReport warm =
            reports.compile(codes.subList(0, SIZES.get(0)), EngineTime.today(), false);
        formats.values().forEach(format -> format.apply(warm));
      }
      line(
          "  %-5s %4s  %9s %9s %9s  %9s %9s %9s %9s  %10s %9s  %9s %7s",
          "form.",
          "mun.",
          "p50 ms",
          "p95 ms",
          "max ms",
          "compile",
          "render",
          "CPU ms",
          "JVM CPU",
          "alloc MiB",
          "peak MiB",
          "out KiB",
          "JPA st.");
      Map<String, double[]> p50s = new LinkedHashMap<>();
      Map<String, double[]> allocs = new LinkedHashMap<>();
      for (int s = 0; s < SIZES.size(); s++) {
        int size = SIZES.get(s);
        List<String> asked = size >= codes.size() ? null : codes.subList(0, size);
        double[] compileMs = new double[RUNS];
        double[] compileCpu = new double[RUNS];
        double[] compileJvmCpu = new double[RUNS];
        double[] compileAllocated = new double[RUNS];
        double[] peak = new double[RUNS];
        Map<String, double[]> renderMs = new LinkedHashMap<>();
        Map<String, double[]> renderCpu = new LinkedHashMap<>();
        Map<String, double[]> renderJvmCpu = new LinkedHashMap<>();
        Map<String, double[]> renderAllocated = new LinkedHashMap<>();
        Map<String, Integer> bytes = new LinkedHashMap<>();
        long statements = 0;
        for (int run = 0; run < RUNS; run++) {
          System.gc();
          List<MemoryPoolMXBean> heap = heapPools();
          heap.forEach(MemoryPoolMXBean::resetPeakUsage);
          statistics.clear();
          long allocatedBefore = allocatedBytes();
          long cpuBefore = cpuNanos();
          long jvmCpuBefore = jvmCpuNanos();
          long start = System.nanoTime();
          FinalReport compiled = reports.compile(asked, EngineTime.today(), false);
          compileMs[run] = (System.nanoTime() - start) / 1e6;
          compileCpu[run] = (cpuNanos() - cpuBefore) / 1e6;
          compileJvmCpu[run] = (jvmCpuNanos() - jvmCpuBefore) / 1e6;
          compileAllocated[run] = (allocatedBytes() - allocatedBefore) / 1048576.0;
          statements = statistics.getPrepareStatementCount();
          for (Map.Entry<String, Function<FinalReport, byte[]>> format : formats.entrySet()) {
            long allocatedAt = allocatedBytes();
            long cpuAt = cpuNanos();
            long jvmCpuAt = jvmCpuNanos();
            long renderStart = System.nanoTime();
            byte[] output = format.getValue().apply(compiled);
            renderMs.computeIfAbsent(format.getKey(), k -> new double[RUNS])[run] =
                (System.nanoTime() - renderStart) / 1e6;
            renderCpu.computeIfAbsent(format.getKey(), k -> new double[RUNS])[run] =
                (cpuNanos() - cpuAt) / 1e6;
            renderJvmCpu.computeIfAbsent(format.getKey(), k -> new double[RUNS])[run] =
                (jvmCpuNanos() - jvmCpuAt) / 1e6;
            renderAllocated.computeIfAbsent(format.getKey(), k -> new double[RUNS])[run] =
                (allocatedBytes() - allocatedAt) / 1048576.0;
            bytes.put(format.getKey(), output.length);
          }
          peak[run] = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        }
        for (String format : formats.keySet()) {
          double[] ms = new double[RUNS];
          double[] cpu = new double[RUNS];
          double[] jvmCpu = new double[RUNS];
          double[] allocated = new double[RUNS];
          for (int run = 0; run < RUNS; run++) {
            ms[run] = compileMs[run] + renderMs.get(format)[run];
            cpu[run] = compileCpu[run] + renderCpu.get(format)[run];
            jvmCpu[run] = compileJvmCpu[run] + renderJvmCpu.get(format)[run];
            allocated[run] = compileAllocated[run] + renderAllocated.get(format)[run];
          }
          line(
              "  %-5s %4d  %9.1f %9.1f %9.1f  %9.1f %9.1f %9.1f %9.1f  %10.1f %9.1f  %9.1f %7d",
              format,
              size,
              percentile(ms, 0.5),
              percentile(ms, 0.95),
              percentile(ms, 1.0),
              percentile(compileMs, 0.5),
              percentile(renderMs.get(format), 0.5),
              percentile(cpu, 0.5),
              percentile(jvmCpu, 0.5),
              percentile(allocated, 0.5),
              percentile(peak, 1.0),
              bytes.get(format) / 1024.0,
              statements);
          p50s.computeIfAbsent(format, k -> new double[SIZES.size()])[s] = percentile(ms, 0.5);
          allocs.computeIfAbsent(format, k -> new double[SIZES.size()])[s] =
              percentile(allocated, 0.5);
        }
      }
      line("");
      line(
          "Growth from %d to %d municipalities (%.1f x as many):",
          SIZES.get(0), SIZES.get(2), SIZES.get(2) / (double) SIZES.get(0));
      for (String format : formats.keySet()) {
        line(
            "  %-5s time p50 %.1f x, allocated bytes %.1f x",
            format,
            p50s.get(format)[2] / p50s.get(format)[0],
            allocs.get(format)[2] / allocs.get(format)[0]);
      }
      line("Load average at the end: %s", loadAverage());
    } finally {
      identity.clearAuthentication();
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** This thread's CPU time: what a report costs here whatever else the machine runs. */
  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /**
   * The whole JVM's CPU time: with the thread's, what a report rendered on several threads costs
   * (also the GC's and the JIT's share).
   */
  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static long count(JdbcTemplate jdbc, String table) {
    try {
      return jdbc.queryForObject("select count(*) from " + table, Long.class);
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.append(text).append('\n');
    System.out.println(text);
  }
}
