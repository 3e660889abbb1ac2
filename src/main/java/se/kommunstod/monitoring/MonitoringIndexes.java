package se.kommunstod.monitoring;

import java.util.List;
import org.springframework.stereotype.Component;
import se.kommunstod.engine.EngineTableIndexes;

/**
 * Indexes on Camunda's runtime tables that the stalled-steps query needs, installed after the
 * engine has built its tables ({@link EngineTableIndexes}).
 */
@Component
public class MonitoringIndexes extends EngineTableIndexes {

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

  public MonitoringIndexes() {
    super("The monitoring indexes", STATEMENTS, POSTGRESQL_STATEMENTS);
  }
}
