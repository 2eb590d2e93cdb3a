package org.kehoach.pipeline.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a whole batch, as written to {@code <out>/report.json}.
 *
 * @param started when the batch started
 * @param wall wall-clock time of the whole batch
 * @param threads worker threads used
 * @param timeout the per-file time limit
 * @param total input files found
 * @param parsed files parsed and written in this run
 * @param skipped files skipped because a complete output of the same bytes existed ({@code --resume})
 * @param failures every failed file with its code and message, in completion order
 * @param failedByCode number of failures per code ({@code CORRUPT}, {@code TIMEOUT} …, {@code INTERNAL} for an
 *     unexpected exception)
 * @param warningsByCode number of warnings per code over all parsed plans
 * @param phases time per phase summed over files and threads, with the number of files through it
 * @param abandoned threads whose work passed the time limit and did not stop when interrupted; they run on
 *     in the background until their computation ends
 */
public record BatchReport(
    Instant started,
    Duration wall,
    int threads,
    Duration timeout,
    long total,
    long parsed,
    long skipped,
    List<Failure> failures,
    Map<String, Long> failedByCode,
    Map<String, Long> warningsByCode,
    Map<Phase, PhaseTotal> phases,
    long abandoned) {
  public BatchReport {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(wall, "wall");
    Objects.requireNonNull(timeout, "timeout");
    failures = List.copyOf(failures);
    failedByCode = Map.copyOf(failedByCode);
    warningsByCode = Map.copyOf(warningsByCode);
    phases = Map.copyOf(phases);
  }

  /** One failed file. */
  public record Failure(String file, String code, String message) {
    public Failure {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Time spent in one phase and how many files went through it. */
  public record PhaseTotal(Duration time, long files) {}

  public long failed() {
    return failures.size();
  }

  /** Files with an outcome; equal to {@link #total()} unless the batch was stopped. */
  public long done() {
    return parsed + skipped + failures.size();
  }
}
