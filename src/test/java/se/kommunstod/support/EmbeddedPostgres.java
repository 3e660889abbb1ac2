package se.kommunstod.support;

import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL 17 server for the tests, started once per test JVM (zonky's embedded binaries,
 * no Docker) and pointed at by every Spring test context.
 *
 * <p>The server stops when the last context using it has closed, not in a JVM shutdown hook of its
 * own: such a hook races Spring's, and an engine closing against a stopped server waits out the
 * connection timeout before the JVM may exit.
 */
public class EmbeddedPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The property naming a database of the test's own (see {@link #jdbcUrl(String)}). */
  public static final String DATABASE = "kommunstod.test.database";

  /**
   * The system property naming server libraries to preload, e.g. {@code pg_stat_statements}; none
   * by default.
   */
  public static final String PRELOAD_LIBRARIES = "kommunstod.test.postgres.preload";

  /** Long enough for Spring's own shutdown hook to close the contexts first. */
  private static final long LAST_RESORT_STOP_DELAY_MS = 10_000;

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int openContexts;

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false);
        // a benchmark may count the statements per task (ThroughputBenchmark, bench.sqlStats)
        String preload = System.getProperty(PRELOAD_LIBRARIES);
        if (preload != null && !preload.isBlank()) {
          builder.setServerConfig("shared_preload_libraries", preload);
        }
        server = builder.start();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
      }
      io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    long deadline = System.currentTimeMillis() + LAST_RESORT_STOP_DELAY_MS;
                    while (isRunning(started) && System.currentTimeMillis() < deadline) {
                      try {
                        Thread.sleep(100);
                      } catch (InterruptedException e) {
                        break;
                      }
                    }
                    if (isRunning(started)) {
                      stop(started);
                    }
                  },
                  "embedded-postgres-last-resort-stop"));
    }
    return server;
  }

  public static String jdbcUrl() {
    return server().getJdbcUrl("postgres", "postgres");
  }

  /**
   * A database of its own on the same server, created on first use: for a test whose deployments
   * must not become the latest versions every other test starts (e.g. changed models).
   */
  public static synchronized String jdbcUrl(String database) {
    if (!database.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (java.sql.Connection connection = server().getPostgresDatabase().getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      try (java.sql.ResultSet exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (!exists.next()) {
          statement.execute("create database " + database);
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + database, e);
    }
    return server().getJdbcUrl("postgres", database);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    synchronized (EmbeddedPostgres.class) {
      openContexts++;
    }
    // a test may ask for a database of its own: @TestPropertySource(properties = DATABASE +
    // "=name")
    String database = context.getEnvironment().getProperty(DATABASE);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embeddedPostgres",
                Map.of(
                    "spring.datasource.url", database == null ? jdbcUrl() : jdbcUrl(database),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "postgres")));
    // Registered before any bean exists, so destroyed last: after the engine and the pools.
    ((DefaultSingletonBeanRegistry) context.getBeanFactory())
        .registerDisposableBean("embeddedPostgresRelease", EmbeddedPostgres::contextClosed);
  }

  private static synchronized void contextClosed() {
    openContexts--;
    if (openContexts == 0 && server != null) {
      stop(server);
    }
  }

  private static synchronized boolean isRunning(
      io.zonky.test.db.postgres.embedded.EmbeddedPostgres candidate) {
    return server == candidate;
  }

  private static synchronized void stop(
      io.zonky.test.db.postgres.embedded.EmbeddedPostgres toStop) {
    try {
      toStop.close();
    } catch (IOException ignored) {
      // the JVM is going away
    }
    if (server == toStop) {
      server = null;
    }
  }
}
