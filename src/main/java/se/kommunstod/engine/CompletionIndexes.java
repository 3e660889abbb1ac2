package se.kommunstod.engine;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The index the engine's own completion of a task needs. Completing (and deleting) a task makes the
 * engine look up its subtasks ({@code select * from act_ru_task where parent_task_id_ = ?}), and
 * Camunda's schema has no index on {@code parent_task_id_}: every completion read every open task
 * of every municipality. In the throughput benchmark (docs/throughput.md, "Stops 30 and 32") that
 * one statement was 0.25 ms of each completion at 2,000–3,000 open tasks, the second dearest of the
 * floor's, and it grows with the open tasks (100,000 at national scale). Installed after the engine
 * has built its tables ({@link EngineTableIndexes}).
 */
@Component
public class CompletionIndexes extends EngineTableIndexes {

  public static final List<String> STATEMENTS =
      List.of(
          "create index if not exists kommunstod_idx_task_parent on act_ru_task (parent_task_id_)");

  public CompletionIndexes() {
    super("The index for completing tasks", STATEMENTS, List.of());
  }
}
