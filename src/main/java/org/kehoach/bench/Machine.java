package org.kehoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the benchmarks read about the machine from {@code /proc} (Linux): the load average, which says how
 * shared the machine was while they measured, and a process's peak resident memory. Where {@code /proc} does
 * not exist the values are -1 (load) or 0 (memory), and the benchmarks print them as such.
 */
public final class Machine {
  private Machine() {}

  /** The one-minute load average, or -1 where {@code /proc/loadavg} does not exist. */
  public static double loadAverage() {
    try {
      String s = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII);
      return Double.parseDouble(s.substring(0, s.indexOf(' ')));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The peak resident memory ({@code VmHWM}) of process {@code pid} so far, in KiB; 0 when unknown. */
  public static long peakRssKib(long pid) {
    return highWaterMark(Path.of("/proc", Long.toString(pid), "status"));
  }

  /** The peak resident memory of this JVM so far, in KiB; 0 when unknown. */
  public static long ownPeakRssKib() {
    return highWaterMark(Path.of("/proc/self/status"));
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
