package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.kommunstod.support.IntegrationTest;

/**
 * The engine's lookup of a task's subtasks, made at every completion, finds them by {@link
 * CompletionIndexes}'s index instead of reading every open task, and a start again keeps it.
 */
@IntegrationTest
class CompletionIndexesIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired CompletionIndexes indexes;
  @Autowired ProcessEngine processEngine;
  @Autowired TransactionTemplate transactions;

  @Test
  void theSubtaskLookupOfACompletionUsesTheIndexAndAStartAgainChangesNothing() {
    indexes.postProcessEngineBuild(processEngine); // as on the next start: idempotent
    assertThat(
            jdbc.queryForList(
                "select indexname from pg_indexes where tablename = 'act_ru_task'", String.class))
        .contains("kommunstod_idx_task_parent");
    // the engine's statement (Task.xml, selectTasksByParentTaskId), planned as if the table were
    // large: the tests' few open tasks would be read whole with or without an index
    List<String> plan =
        transactions.execute(
            status -> {
              jdbc.execute("set local enable_seqscan = off");
              return jdbc.queryForList(
                  "explain select * from act_ru_task where parent_task_id_ = 'a-task'",
                  String.class);
            });
    assertThat(String.join("\n", plan)).contains("kommunstod_idx_task_parent");
  }
}
