package se.kommunstod.throughput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statements a benchmark's run sent, per task, from PostgreSQL's {@code pg_stat_statements}
 * ({@code -Dbench.sqlStats=true}; the embedded server then preloads it): where the lifecycle's
 * database work goes compared with the floor's, by kind, by table written and by statement. The
 * counts are exact (the extension counts every execution), unlike a profiler's samples.
 */
final class SqlStatistics {

  static final boolean ENABLED = Boolean.getBoolean("bench.sqlStats");
  static final int TOP = Integer.getInteger("bench.sqlStats.top", 30);

  private static final Pattern WRITTEN_TABLE =
      Pattern.compile("^\\s*(insert\\s+into|update|delete\\s+from)\\s+([a-z_0-9.]+)");

  private final JdbcTemplate jdbc;

  SqlStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute("create extension if not exists pg_stat_statements");
  }

  void reset() {
    jdbc.execute("select pg_stat_statements_reset()");
  }

  /** What was sent since {@link #reset()}, per task of the run. */
  List<String> report(long tasks) {
    List<Statement> statements =
        jdbc.query(
            "select s.calls, s.rows, s.total_exec_time, s.query from pg_stat_statements s"
                + " join pg_database d on d.oid = s.dbid where d.datname = current_database()"
                + " and s.query not like '%pg_stat_statements%' order by s.calls desc",
            (row, i) ->
                new Statement(
                    row.getLong("calls"),
                    row.getLong("rows"),
                    row.getDouble("total_exec_time"),
                    oneLine(row.getString("query"))));
    double perTask = Math.max(1, tasks);
    long calls = 0;
    double millis = 0;
    Map<String, long[]> byKind = new TreeMap<>();
    Map<String, long[]> written = new TreeMap<>();
    for (Statement statement : statements) {
      long n = statement.calls();
      long rows = statement.rows();
      String query = statement.query().toLowerCase(Locale.ROOT);
      calls += n;
      millis += statement.millis();
      String kind = query.isEmpty() ? "?" : query.split(" ", 2)[0];
      byKind.computeIfAbsent(kind, k -> new long[2])[0] += n;
      byKind.get(kind)[1] += rows;
      Matcher table = WRITTEN_TABLE.matcher(query);
      if (table.find()) {
        String key = table.group(2) + " " + table.group(1).split("\\s+")[0];
        long[] counts = written.computeIfAbsent(key, k -> new long[2]);
        counts[0] += n;
        counts[1] += rows;
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "    SQL per task: %.1f statements, %.2f ms in the database (pg_stat_statements)",
            calls / perTask,
            millis / perTask));
    StringBuilder kinds = new StringBuilder("    by kind (statements / rows per task):");
    byKind.forEach(
        (kind, n) ->
            kinds.append(
                String.format(
                    Locale.ROOT, " %s %.2f / %.2f;", kind, n[0] / perTask, n[1] / perTask)));
    lines.add(kinds.toString());
    lines.add("    rows written per task, by table:");
    written.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .forEach(
            e ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "      %-40s %6.2f statements %6.2f rows",
                        e.getKey(),
                        e.getValue()[0] / perTask,
                        e.getValue()[1] / perTask)));
    lines.add("    top statements by calls (calls per task, ms per task):");
    for (Statement statement : statements.subList(0, Math.min(TOP, statements.size()))) {
      String query = statement.query();
      lines.add(
          String.format(
              Locale.ROOT,
              "      %6.2f %7.3f  %s",
              statement.calls() / perTask,
              statement.millis() / perTask,
              query.length() > 150 ? query.substring(0, 150) + "…" : query));
    }
    lines.add(
        "    top statements by database time (ms per task, calls per task, ms and rows per call):");
    statements.stream()
        .sorted(Comparator.comparingDouble(Statement::millis).reversed())
        .limit(TOP)
        .forEach(
            statement -> {
              long n = Math.max(1, statement.calls());
              lines.add(
                  String.format(
                      Locale.ROOT,
                      "      %7.3f %6.2f %7.3f %6.1f  %s",
                      statement.millis() / perTask,
                      n / perTask,
                      statement.millis() / n,
                      statement.rows() / (double) n,
                      headAndWhere(statement.query())));
            });
    return lines;
  }

  /**
   * The statement's beginning and its condition: two statements on one table differ in their {@code
   * where}, which a cut after 150 characters hides.
   */
  private static String headAndWhere(String query) {
    int where = query.toLowerCase(Locale.ROOT).lastIndexOf(" where ");
    if (query.length() <= 200 || where < 0) {
      return query.length() > 200 ? query.substring(0, 200) + "…" : query;
    }
    String condition = query.substring(where);
    return query.substring(0, 70)
        + " …"
        + (condition.length() > 130 ? condition.substring(0, 130) + "…" : condition);
  }

  /** One row of {@code pg_stat_statements}, its text on one line. */
  private record Statement(long calls, long rows, double millis, String query) {}

  private static String oneLine(String query) {
    return query == null ? "" : query.replaceAll("\\s+", " ").strip();
  }
}
