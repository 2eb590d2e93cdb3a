package org.kehoach.pipeline.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.kehoach.ingest.FailureReason;

/**
 * What became of one input file in a batch.
 *
 * @param file the input file
 * @param status parsed, skipped (resume), failed for a known reason, or failed by an internal error
 * @param reason why it failed ({@link Status#FAILED} only, else {@code null})
 * @param message what was expected and what was found ({@link Status#FAILED}); for {@link Status#ERROR} the
 *     exception and where it was thrown ({@link InternalErrors#describe})
 * @param json the JSON output ({@link Status#PARSED} and {@link Status#SKIPPED}), else {@code null}
 * @param warnings the codes of the plan's warnings, one entry per warning ({@link Status#PARSED} only)
 * @param times how long the file took ({@link Times#NONE} when unknown)
 */
public record FileOutcome(
    Path file, Status status, FailureReason reason, String message, Path json, List<String> warnings,
    Times times) {
  /** The fate of a file. */
  public enum Status {
    /** Parsed and written. */
    PARSED,
    /** Not parsed again: {@code --resume} found a complete output of the same bytes. */
    SKIPPED,
    /** Failed for a stated {@link FailureReason}. */
    FAILED,
    /** Failed because of an unexpected exception: a defect of this tool, not of the file. */
    ERROR
  }

  /**
   * The code of {@link Status#ERROR} failures, which have no {@link FailureReason}: the same name the web API
   * gives an unexpected error, so the batch report and the API share one vocabulary of codes.
   */
  public static final String INTERNAL = "INTERNAL";

  /**
   * How long one file took on the worker that ran it, in nanoseconds of wall clock.
   *
   * @param read hashing and reading the file (the {@link Phase#READ} phase)
   * @param total everything from the start of the file to its outcome, reading, extraction (on its own thread,
   *     which the worker waits for), writing and the sink included
   */
  public record Times(long read, long total) {
    /** Not measured: the worker died before it could time the file. */
    public static final Times NONE = new Times(0, 0);

    public Times {
      if (read < 0 || total < read) {
        throw new IllegalArgumentException("expected 0 <= read <= total, got read=" + read + ", total=" + total);
      }
    }
  }

  public FileOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(times, "times");
    warnings = List.copyOf(warnings);
    if ((status == Status.FAILED) != (reason != null)) {
      throw new IllegalArgumentException("a reason is given exactly for FAILED outcomes, got " + status
          + " with reason " + reason);
    }
  }

  public static FileOutcome parsed(Path file, Path json, List<String> warnings) {
    return new FileOutcome(file, Status.PARSED, null, null, Objects.requireNonNull(json, "json"), warnings,
        Times.NONE);
  }

  public static FileOutcome skipped(Path file, Path json) {
    return new FileOutcome(file, Status.SKIPPED, null, null, Objects.requireNonNull(json, "json"), List.of(),
        Times.NONE);
  }

  public static FileOutcome failed(Path file, FailureReason reason, String message) {
    return new FileOutcome(file, Status.FAILED, reason, Objects.requireNonNull(message, "message"), null,
        List.of(), Times.NONE);
  }

  /** An unexpected exception: the message names its class, its message and where it was thrown. */
  public static FileOutcome error(Path file, Throwable t) {
    return new FileOutcome(file, Status.ERROR, null, InternalErrors.describe(t), null, List.of(), Times.NONE);
  }

  /** The same outcome with its times. */
  public FileOutcome withTimes(Times newTimes) {
    return new FileOutcome(file, status, reason, message, json, warnings, newTimes);
  }

  /** True for {@link Status#FAILED} and {@link Status#ERROR}. */
  public boolean isFailure() {
    return status == Status.FAILED || status == Status.ERROR;
  }

  /** The failure code: the reason's name, or {@link #INTERNAL}; {@code null} when it did not fail. */
  public String code() {
    return switch (status) {
      case FAILED -> reason.name();
      case ERROR -> INTERNAL;
      default -> null;
    };
  }

  /** The one line a failure is reported with: "FILE: REASON: message". */
  public String failureLine() {
    return file + ": " + code() + ": " + message;
  }
}
