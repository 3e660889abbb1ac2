package se.kommunstod.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the browser scripts in {@code src/test/browser/} (node with playwright-core, Debian's
 * headless Chromium) against the test's server and holds the test to its checks: the script ends in
 * time, prints at least one {@code ok} and no {@code FAIL}, and exits with 0. Its lines are echoed
 * as {@code [browser] …}; the screenshots go to {@link #SHOTS}. Shared by the browser tests so that
 * each says only what it does in the browser.
 */
public final class BrowserScript {

  /** Where the scripts put their screenshots; docs/ holds copies of those the docs show. */
  public static final Path SHOTS = Path.of("target", "browser");

  private BrowserScript() {}

  /** Runs {@code node <script> http://localhost:<port> target/browser <arguments…>}; the log. */
  public static String run(String script, int port, String... arguments)
      throws IOException, InterruptedException {
    Files.createDirectories(SHOTS);
    List<String> command = new ArrayList<>(List.of("node", script, "http://localhost:" + port));
    command.add(SHOTS.toString());
    command.addAll(List.of(arguments));
    Process node =
        new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(
            () ->
                new BufferedReader(
                        new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))
                    .lines()
                    .forEach(
                        line -> {
                          System.out.println("[browser] " + line);
                          synchronized (output) {
                            output.append(line).append('\n');
                          }
                        }));
    reader.start();
    boolean ended = node.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      node.destroyForcibly();
    }
    reader.join(10_000);
    String log;
    synchronized (output) {
      log = output.toString();
    }
    assertThat(ended).as("the browser test ended in time:\n" + log).isTrue();
    assertThat(log).as("browser checks").doesNotContain("FAIL ").contains("ok   ");
    assertThat(node.exitValue()).as(log).isZero();
    return log;
  }
}
