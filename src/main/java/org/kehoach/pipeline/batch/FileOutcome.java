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
 * @param message what was expected and what was found ({@link Status#FAILED} and {@link Status#ERROR} only)
 * @param json the JSON output ({@link Status#PARSED} and {@link Status#SKIPPED}), else {@code null}
 * @param warnings the codes of the plan's warnings, one entry per warning ({@link Status#PARSED} only)
 */
public record FileOutcome(
    Path file, Status status, FailureReason reason, String message, Path json, List<String> warnings) {
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

  /** The code failures are reported under when the failure has no {@link FailureReason}. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  public FileOutcome {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    warnings = List.copyOf(warnings);
    if ((status == Status.FAILED) != (reason != null)) {
      throw new IllegalArgumentException("a reason is given exactly for FAILED outcomes, got " + status
          + " with reason " + reason);
    }
  }

  public static FileOutcome parsed(Path file, Path json, List<String> warnings) {
    return new FileOutcome(file, Status.PARSED, null, null, Objects.requireNonNull(json, "json"), warnings);
  }

  public static FileOutcome skipped(Path file, Path json) {
    return new FileOutcome(file, Status.SKIPPED, null, null, Objects.requireNonNull(json, "json"), List.of());
  }

  public static FileOutcome failed(Path file, FailureReason reason, String message) {
    return new FileOutcome(file, Status.FAILED, reason, Objects.requireNonNull(message, "message"), null,
        List.of());
  }

  public static FileOutcome error(Path file, Throwable t) {
    return new FileOutcome(file, Status.ERROR, null, "unexpected " + t, null, List.of());
  }

  /** True for {@link Status#FAILED} and {@link Status#ERROR}. */
  public boolean isFailure() {
    return status == Status.FAILED || status == Status.ERROR;
  }

  /** The failure code: the reason's name, or {@link #INTERNAL_ERROR}; {@code null} when it did not fail. */
  public String code() {
    return switch (status) {
      case FAILED -> reason.name();
      case ERROR -> INTERNAL_ERROR;
      default -> null;
    };
  }

  /** The one line a failure is reported with: "FILE: REASON: message". */
  public String failureLine() {
    return file + ": " + code() + ": " + message;
  }
}
