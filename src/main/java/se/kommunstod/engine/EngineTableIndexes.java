package se.kommunstod.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs indexes (and statistics) on Camunda's own tables that a feature's queries need. They
 * cannot be Flyway migrations: Flyway runs before the engine creates (or updates) its own schema.
 * As an engine plugin it runs right after the engine is built, when its tables exist, on every
 * start; every statement must be idempotent ({@code if not exists}). The PostgreSQL-only ones (H2
 * has no expression indexes or statistics) run only there. A feature extends it with its list.
 */
public abstract class EngineTableIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineTableIndexes.class);

  private final String what;
  private final List<String> statements;
  private final List<String> postgresqlStatements;

  protected EngineTableIndexes(
      String what, List<String> statements, List<String> postgresqlStatements) {
    this.what = what;
    this.statements = statements;
    this.postgresqlStatements = postgresqlStatements;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection =
            processEngine.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
      if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        for (String sql : postgresqlStatements) {
          statement.execute(sql);
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      log.info("{} on the engine's tables are in place", what);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create " + what + " on the engine's tables", e);
    }
  }
}
