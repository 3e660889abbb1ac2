package se.kommunstod.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What Tasklist's task query needs on the engine's authorization table to use its indexes
 * (docs/tasklist-benchmark.txt). Every task query joins the person's authorizations ({@code
 * user_id_ in (me, '*') or group_id_ in (my groups)} with a permission bit, e.g. {@code perms_ & 2
 * = 2}) to the tasks by {@code resource_id_ in (task, process key, '*')}:
 *
 * <ul>
 *   <li>an index on {@code user_id_} (Camunda's unique index starts with {@code type_}), so the
 *       person's own rows are found by index, not by reading the whole table;
 *   <li>PostgreSQL only: statistics on the two permission bits the task query tests. Without them
 *       PostgreSQL guesses that 0.5 % of the rows carry a bit, takes a candidate group's thousands
 *       of per-task authorizations (one per task in every municipality) for a dozen, and compares
 *       each of the person's tasks with all of them instead of looking each task's up in {@code
 *       act_idx_auth_resource_id}.
 * </ul>
 *
 * Like monitoring.MonitoringIndexes, an engine plugin that runs after the engine has created its
 * tables, on every start, idempotent ({@code if not exists}); the statistics need an {@code
 * analyze} of the (small) table to take effect, which autovacuum repeats as it changes.
 */
@Component
public class TasklistIndexes extends AbstractProcessEnginePlugin {

  public static final List<String> STATEMENTS =
      List.of(
          "create index if not exists kommunstod_idx_auth_user on act_ru_authorization (user_id_)");

  /**
   * PostgreSQL 14+ (expression statistics): the task query's READ on tasks and READ_TASK on process
   * definitions.
   */
  public static final List<String> POSTGRESQL_STATEMENTS =
      List.of(
          "create statistics if not exists kommunstod_stx_auth_read on (perms_ & 2) from act_ru_authorization",
          "create statistics if not exists kommunstod_stx_auth_read_task on (perms_ & 64) from act_ru_authorization",
          "analyze act_ru_authorization");

  private static final Logger log = LoggerFactory.getLogger(TasklistIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection =
            processEngine.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : STATEMENTS) {
        statement.execute(sql);
      }
      if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        for (String sql : POSTGRESQL_STATEMENTS) {
          statement.execute(sql);
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      log.info("Tasklist's index and statistics on the engine's authorizations are in place");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create Tasklist's index and statistics", e);
    }
  }
}
