package se.kommunstod.engine;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the engine's task queries (Tasklist's list and its counts) are planned with their
 * values ({@code set local plan_cache_mode = force_custom_plan}, for the rest of that transaction).
 * The JDBC driver prepares a statement on the server from its fifth use, and PostgreSQL may then
 * switch to a generic plan that does not see the values: for the count of Brå's list, with 290
 * municipalities as parameters, that plan took 530 ms against 95 ms (docs/tasklist-benchmark.txt,
 * both EXPLAINs). Until stop 27 every statement of every connection was planned so, which cost the
 * lifecycle 14 % and the floor 22 % of their throughput (README, throughput) for the sake of these
 * two statements; every other statement now keeps PostgreSQL's default. H2 is not touched.
 */
@Component
public class TaskQueryPlans extends AbstractProcessEnginePlugin {

  static final String SETTING = "set local plan_cache_mode = force_custom_plan";

  /** The engine's task statements (MyBatis ids end so; the database's variants too). */
  static final Set<String> STATEMENTS =
      Set.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new PlanWithValues());
    }
  }

  static boolean plannedWithValues(String statementId) {
    String name = statementId.substring(statementId.lastIndexOf('.') + 1);
    int variant = name.indexOf('_');
    return STATEMENTS.contains(variant < 0 ? name : name.substring(0, variant));
  }

  /** Sets the planning before the task statements, in their transaction. */
  // the one entry of a select: MyBatis's session calls it; the executor's longer overload is called
  // from within
  @Intercepts(
      @Signature(
          type = Executor.class,
          method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static final class PlanWithValues implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
      if (plannedWithValues(statement.getId())) {
        Connection connection =
            ((Executor) invocation.getTarget()).getTransaction().getConnection();
        try (Statement set = connection.createStatement()) {
          set.execute(SETTING);
        }
      }
      return invocation.proceed();
    }

    /**
     * Wraps the executors only. MyBatis offers each statement's parameter, result set and statement
     * handlers to every interceptor too, and the default {@code Plugin.wrap} reads the
     * interceptor's annotations each time to find it has nothing to wrap: 3.4 % of the lifecycle's
     * CPU samples in the throughput benchmark (docs/throughput.md, "Stops 30 and 32").
     */
    @Override
    public Object plugin(Object target) {
      return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }
  }
}
