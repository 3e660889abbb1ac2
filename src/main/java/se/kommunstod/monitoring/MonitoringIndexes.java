package se.kommunstod.monitoring;

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
 * Indexes on Camunda's runtime tables that the stalled-steps query needs. They cannot be Flyway
 * migrations: Flyway runs before the engine creates (or updates) its own schema. This engine plugin
 * runs right after the engine is built, when its tables exist, on every start; each statement is
 * {@code create index if not exists}, so it is idempotent (PostgreSQL and H2).
 */
@Component
public class MonitoringIndexes extends AbstractProcessEnginePlugin {

  public static final List<String> STATEMENTS =
      List.of(
          // user tasks past their due date, earliest first
          "create index if not exists kommunstod_idx_task_due on act_ru_task (due_date_)",
          // timers past their due date
          "create index if not exists kommunstod_idx_job_type_due on act_ru_job (type_, duedate_)",
          // message subscriptions by age
          "create index if not exists kommunstod_idx_evt_type_created on act_ru_event_subscr (event_type_, created_)");

  /** PostgreSQL only (H2 has no expression indexes): user tasks by the start of their idle time. */
  public static final List<String> POSTGRESQL_STATEMENTS =
      List.of(
          "create index if not exists kommunstod_idx_task_idle on act_ru_task ((coalesce(last_updated_, create_time_)))",
          "create index if not exists kommunstod_idx_task_step_idle"
              + " on act_ru_task (task_def_key_, (coalesce(last_updated_, create_time_)))");

  private static final Logger log = LoggerFactory.getLogger(MonitoringIndexes.class);

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
      log.info("Monitoring indexes on the engine's tables are in place");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the monitoring indexes", e);
    }
  }
}
