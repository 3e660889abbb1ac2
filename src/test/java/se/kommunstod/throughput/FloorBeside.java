package se.kommunstod.throughput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import se.kommunstod.throughput.ThroughputBenchmark.Driver;
import se.kommunstod.throughput.ThroughputBenchmark.Result;

/**
 * The floor measured beside the lifecycle: slices of the one-task process, run between the
 * lifecycle's rounds of completions ({@link Driver#betweenRounds}) whenever the lifecycle has
 * driven for {@code everySeconds} since the last. The floors before and after the lifecycle catch
 * the machine at other minutes than the lifecycle's, and on this machine the speed of the same work
 * drifts by 10–30 % within minutes (docs/throughput.md, "Stops 30 and 32"); slices spread over the
 * lifecycle's whole run share its minutes and its database, open cases included, so the drift
 * weighs on both sides of their ratio alike. A slice is small (a twentieth of a bracketing floor),
 * so fewer of its tasks are open at once than in a bracketing floor, which makes it, if anything,
 * cheaper per task.
 */
final class FloorBeside implements Runnable {

  private final ProcessEngine engine;
  private final int sliceCases;
  private final long everyNanos;
  private final List<Result> slices = new ArrayList<>();
  private long lastSlice = System.nanoTime();

  FloorBeside(ProcessEngine engine, int sliceCases, double everySeconds) {
    this.engine = engine;
    this.sliceCases = sliceCases;
    this.everyNanos = (long) (everySeconds * 1e9);
  }

  @Override
  public void run() {
    if (System.nanoTime() - lastSlice < everyNanos) {
      return;
    }
    try {
      slices.add(
          new Driver(
                  engine,
                  "benchOneTask",
                  "floor-beside-" + slices.size() + "-",
                  false,
                  sliceCases,
                  i -> Map.of())
              .leavingTimers()
              .run());
    } catch (Exception e) {
      throw new IllegalStateException("A slice of the floor failed", e);
    }
    lastSlice = System.nanoTime();
  }

  int slices() {
    return slices.size();
  }

  int sliceCases() {
    return sliceCases;
  }

  /** The slices as one run: their cases, tasks, times and CPU added up, their latencies pooled. */
  Result total() {
    return new Result(
        slices.stream().mapToInt(Result::cases).sum(),
        slices.stream().mapToLong(Result::tasks).sum(),
        slices.stream().mapToLong(Result::jobs).sum(),
        slices.stream().mapToLong(Result::conflicts).sum(),
        slices.stream().mapToDouble(Result::startSeconds).sum(),
        slices.stream().mapToDouble(Result::driveSeconds).sum(),
        slices.stream().mapToDouble(Result::querySeconds).sum(),
        slices.stream().flatMapToDouble(r -> Arrays.stream(r.latenciesMs())).toArray(),
        Double.NaN,
        slices.stream().map(Result::cpu).reduce(CpuTime.ZERO, CpuTime::plus));
  }
}
