package se.kommunstod.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * The tests' PostgreSQL 17 (zonky's binaries) as a server of its own, for the benchmark harness in
 * bench/: {@code java -cp … se.kommunstod.bench.StandalonePostgres <port> <dataDirectory>}. Keeps
 * the data directory, so stopping (SIGTERM) and starting it again is a database restart.
 */
public final class StandalonePostgres {

  private StandalonePostgres() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: StandalonePostgres <port> <dataDirectory>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    File dataDirectory = new File(args[1]);
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "200")
            .setRegisterShutdownHook(true)
            .start();
    System.out.println(
        "PostgreSQL ready on 127.0.0.1:"
            + port
            + " data "
            + dataDirectory
            + " url "
            + server.getJdbcUrl("postgres", "postgres"));
    new CountDownLatch(1).await();
  }
}
