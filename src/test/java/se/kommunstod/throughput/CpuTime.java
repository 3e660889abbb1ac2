package se.kommunstod.throughput;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM (every thread: the driver, the engine, the garbage collector,
 * the JIT compiler; those two also apart) and by the PostgreSQL server's processes (from {@code
 * /proc}: each process's own time plus what its exited children spent, so a backend or autovacuum
 * worker that ends between two readings is still counted). On the 2-core machine both are busy at
 * once, so a run's throughput follows its CPU per task, and this splits it: which side a change
 * saved, and by how much, with far less noise than a throughput that drifts with the machine. Linux
 * only; elsewhere all but the JVM's total read 0.
 */
record CpuTime(
    double jvmSeconds, double compilerSeconds, double collectorSeconds, double databaseSeconds) {

  /**
   * Linux's clock ticks per second for /proc's times (getconf CLK_TCK; 100 on every x86 kernel).
   */
  private static final double TICKS = 100.0;

  static final CpuTime ZERO = new CpuTime(0, 0, 0, 0);

  static CpuTime now() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new CpuTime(
        os.getProcessCpuTime() / 1e9,
        jvmThreadTicks("C1 Compi", "C2 Compi") / TICKS,
        jvmThreadTicks("GC Thread", "G1 ", "VM Thread") / TICKS,
        postgresTicks() / TICKS);
  }

  CpuTime minus(CpuTime earlier) {
    return new CpuTime(
        jvmSeconds - earlier.jvmSeconds,
        compilerSeconds - earlier.compilerSeconds,
        collectorSeconds - earlier.collectorSeconds,
        databaseSeconds - earlier.databaseSeconds);
  }

  CpuTime plus(CpuTime other) {
    return new CpuTime(
        jvmSeconds + other.jvmSeconds,
        compilerSeconds + other.compilerSeconds,
        collectorSeconds + other.collectorSeconds,
        databaseSeconds + other.databaseSeconds);
  }

  /**
   * utime + stime of this JVM's threads whose names start so (the JIT compiler's, the collector's):
   * time the JVM spends beside the code under test. Both kinds live as long as the JVM.
   */
  private static long jvmThreadTicks(String... prefixes) {
    try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
      return threads
          .mapToLong(
              thread -> {
                String[] stat = stat(thread);
                return stat != null && Stream.of(prefixes).anyMatch(stat[0]::startsWith)
                    ? ownTicks(stat)
                    : 0;
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** utime + stime + cutime + cstime of every process named postgres. */
  private static long postgresTicks() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(
              process -> {
                String[] stat = stat(process);
                return stat != null && stat[0].equals("postgres")
                    ? ownTicks(stat) + Long.parseLong(stat[14]) + Long.parseLong(stat[15])
                    : 0;
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** proc(5)'s fields 14 and 15, utime and stime (16, 17: the children's); [0] is field 2. */
  private static long ownTicks(String[] stat) {
    return Long.parseLong(stat[12]) + Long.parseLong(stat[13]);
  }

  /** The name, then the fields after it (the state first), or null once it has ended. */
  private static String[] stat(Path processOrThread) {
    try {
      String stat = Files.readString(processOrThread.resolve("stat"));
      int close = stat.lastIndexOf(')');
      String[] after = stat.substring(close + 2).split(" ");
      String[] fields = new String[after.length + 1];
      fields[0] = stat.substring(stat.indexOf('(') + 1, close);
      System.arraycopy(after, 0, fields, 1, after.length);
      return fields;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
