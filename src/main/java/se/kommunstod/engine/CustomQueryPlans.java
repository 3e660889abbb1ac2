package se.kommunstod.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every connection of the pool plans each statement with its values ({@code
 * plan_cache_mode = force_custom_plan}). The JDBC driver prepares a statement on the server from
 * its fifth use, and PostgreSQL then may switch to a generic plan that does not see the values. For
 * Tasklist's task count with Brå's 290 municipalities as parameters that generic plan took 530 ms
 * against 95 ms for the plan with the values (docs/tasklist-benchmark.txt, both EXPLAINs); planning
 * each time costs 1–8 ms. A connection-init SQL of one's own (spring.datasource.hikari) is left as
 * it is. H2 is not touched.
 */
@Component
class CustomQueryPlans implements BeanPostProcessor {

  static final String SETTING = "set plan_cache_mode = force_custom_plan";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool
        && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(SETTING);
    }
    return bean;
  }
}
