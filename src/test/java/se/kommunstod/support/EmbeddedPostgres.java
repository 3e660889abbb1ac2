package se.kommunstod.support;

import java.io.IOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL 17 server for the tests, started once per test JVM (zonky's embedded binaries,
 * no Docker) and pointed at by every Spring test context.
 */
public class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return server;
  }

  public static String jdbcUrl() {
    return server().getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
        "spring.datasource.url", jdbcUrl(),
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "postgres")));
  }
}
