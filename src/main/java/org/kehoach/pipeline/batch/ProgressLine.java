package org.kehoach.pipeline.batch;

import java.util.Locale;

/**
 * Formats the progress of a batch: "[######------] 1234/10000 12% | 8.5 files/s | ETA 17m12s | 3 failed".
 * The rate is the average since the start; the ETA is the files left at that rate.
 */
final class ProgressLine {
  private static final int BAR_WIDTH = 24;

  private ProgressLine() {}

  /** The line without a bar, for logs: "1234/10000 12% | 8.5 files/s | ETA 17m12s | 3 failed". */
  static String plain(long done, long total, long failed, long elapsedNanos) {
    StringBuilder sb = new StringBuilder();
    sb.append(done).append('/').append(total);
    if (total > 0) {
      sb.append(' ').append(done * 100 / total).append('%');
    }
    double seconds = elapsedNanos / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    sb.append(" | ").append(String.format(Locale.ROOT, "%.1f", rate)).append(" files/s");
    if (done < total) {
      sb.append(" | ETA ").append(rate > 0 ? duration(Math.round((total - done) / rate)) : "?");
    } else {
      sb.append(" | ").append(duration(Math.round(seconds)));
    }
    if (failed > 0) {
      sb.append(" | ").append(failed).append(" failed");
    }
    return sb.toString();
  }

  /** The line with a bar in front, for terminals. */
  static String bar(long done, long total, long failed, long elapsedNanos) {
    int filled = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
    return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + plain(done, total, failed,
        elapsedNanos);
  }

  /** "42s", "17m12s", "3h05m". */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
