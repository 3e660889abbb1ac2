package se.kommunstod.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.kommunstod.support.IntegrationTest;

/**
 * The authorization index and statistics of {@link TasklistIndexes} are there after the start, and
 * a restart keeps them; the task queries are planned with their values ({@link TaskQueryPlans}).
 */
@IntegrationTest
class TasklistIndexesIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TasklistIndexes indexes;
  @Autowired ProcessEngine processEngine;
  @Autowired TransactionTemplate transactions;

  @Test
  void theAuthorizationIndexAndStatisticsExistAndAStartAgainChangesNothing() {
    indexes.postProcessEngineBuild(processEngine); // as on the next start: idempotent
    assertThat(
            jdbc.queryForList(
                "select indexname from pg_indexes where tablename = 'act_ru_authorization'",
                String.class))
        .contains("kommunstod_idx_auth_user");
    assertThat(
            jdbc.queryForList(
                "select s.stxname from pg_statistic_ext s join pg_class c on c.oid = s.stxrelid"
                    + " where c.relname = 'act_ru_authorization'",
                String.class))
        .containsExactlyInAnyOrder("kommunstod_stx_auth_read", "kommunstod_stx_auth_read_task");
    // analysed: the planner has the bits' statistics
    assertThat(
            jdbc.queryForObject(
                "select count(*) from pg_statistic_ext s join pg_statistic_ext_data d"
                    + " on d.stxoid = s.oid where s.stxname like 'kommunstod_stx_auth_%' and d.stxdexpr is not null",
                Long.class))
        .isEqualTo(2);
  }

  @Test
  void theTaskQueriesArePlannedWithTheirValuesAndEverythingElseAsPostgreSqlChooses() {
    // a generic plan for Tasklist's count took 5x as long (TaskQueryPlans); planning every other
    // statement with its values cost the lifecycle 14 %
    assertThat(planningAfter(() -> {})).isEqualTo("auto");
    assertThat(
            planningAfter(
                () ->
                    processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup("bra")
                        .count()))
        .isEqualTo("force_custom_plan");
    assertThat(
            planningAfter(() -> processEngine.getTaskService().createTaskQuery().listPage(0, 15)))
        .isEqualTo("force_custom_plan");
    // for that transaction only: the connection goes back to the pool as it came
    assertThat(planningAfter(() -> {})).isEqualTo("auto");
    assertThat(
            TaskQueryPlans.plannedWithValues(
                "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria"))
        .isTrue();
    assertThat(
            TaskQueryPlans.plannedWithValues(
                "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariablesByExecutionId"))
        .isFalse();
  }

  /** The planning in force after the call, in the call's transaction. */
  private String planningAfter(Runnable call) {
    return transactions.execute(
        status -> {
          call.run();
          return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
  }
}
