package org.kehoach.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: the wall time of {@code java -jar kehoach.jar parse FILE} in a new JVM, and that process's peak
 * resident memory (its {@code VmHWM}, polled from {@code /proc} while it runs; 0 where there is no
 * {@code /proc}).
 */
final class ColdStart {
  /** One run: wall time, peak resident memory in KiB, exit code. */
  record Run(long wallNanos, long peakRssKib, int exitCode) {}

  private ColdStart() {}

  /**
   * One cold run.
   *
   * @param jvmOptions options before {@code -jar}, e.g. a class-data-sharing archive
   */
  static Run run(Path jar, Path file, Path out, List<String> jvmOptions) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "parse", file.toString(), "--out", out.toString(), "--no-ocr",
        "--progress", "none"));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long peak = 0;
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    while (p.isAlive()) {
      peak = Math.max(peak, highWaterMark(status));
      Thread.sleep(5);
    }
    int code = p.waitFor();
    return new Run(System.nanoTime() - start, peak, code);
  }

  /** {@code VmHWM} of a {@code /proc/<pid>/status} file in KiB, or 0 when it cannot be read. */
  static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).trim().toLowerCase(Locale.ROOT).replace("kb", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
