package se.kommunstod.engine;

import java.util.List;
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
 * Installed after the engine has built its tables ({@link EngineTableIndexes}); the statistics need
 * an {@code analyze} of the (small) table to take effect, which autovacuum repeats as it changes.
 */
@Component
public class TasklistIndexes extends EngineTableIndexes {

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

  public TasklistIndexes() {
    super("Tasklist's index and statistics", STATEMENTS, POSTGRESQL_STATEMENTS);
  }
}
