package org.kehoach.bench.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.kehoach.bench.Machine;

/**
 * One {@code kehoach parse} in a child process, its output to a log file, watched until it ends or until a
 * condition says to kill it (SIGKILL: {@link Process#destroyForcibly()} on Linux, so no shutdown hook and no
 * cleanup run). Records the wall time, the exit code and the peak resident memory.
 */
final class ParseRun {
  /** How often the child is looked at. */
  private static final long POLL_MILLIS = 100;

  /**
   * What a run did.
   *
   * @param wallNanos from the start of the process to its end (or to the kill)
   * @param exitCode the process's exit code (137 after SIGKILL)
   * @param killed whether this run was killed because the condition became true
   * @param timedOut whether it was killed because it ran past its time limit
   * @param peakRssKib the child's peak resident memory, 0 when unknown
   * @param loadAtEnd the load average when it ended
   */
  record Result(long wallNanos, int exitCode, boolean killed, boolean timedOut, long peakRssKib, double loadAtEnd) {}

  private final List<String> launcher;

  /** @param launcher the command that runs kehoach, such as {@code java -jar target/kehoach.jar} */
  ParseRun(List<String> launcher) {
    this.launcher = List.copyOf(launcher);
    if (this.launcher.isEmpty()) {
      throw new IllegalArgumentException("launcher must name a command");
    }
  }

  /**
   * Runs {@code parse IN --out OUT --no-ocr --progress lines --threads N [--resume]}.
   *
   * @param killWhen checked while the child runs; once true the child is killed
   * @param timeoutMinutes the child is killed (and the run reported as not finished) after this long
   */
  Result run(Path in, Path out, int threads, boolean resume, Path log, BooleanSupplier killWhen, long timeoutMinutes)
      throws IOException, InterruptedException {
    Objects.requireNonNull(killWhen, "killWhen");
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of("parse", in.toString(), "--out", out.toString(), "--no-ocr", "--progress", "lines",
        "--threads", Integer.toString(threads)));
    if (resume) {
      command.add("--resume");
    }
    long start = System.nanoTime();
    long deadline = start + TimeUnit.MINUTES.toNanos(timeoutMinutes);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long peak = 0;
    boolean killed = false;
    boolean timedOut = false;
    try {
      while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, Machine.peakRssKib(p.pid()));
        killed = killWhen.getAsBoolean();
        timedOut = !killed && System.nanoTime() > deadline;
        if (killed || timedOut) {
          p.destroyForcibly();
          p.waitFor();
          break;
        }
      }
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
    return new Result(System.nanoTime() - start, p.exitValue(), killed, timedOut, peak, Machine.loadAverage());
  }
}
