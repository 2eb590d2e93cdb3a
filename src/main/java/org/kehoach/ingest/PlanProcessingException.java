package org.kehoach.ingest;

import java.util.Objects;

/**
 * A document could not be processed, for the stated {@link FailureReason}. The message says what was
 * expected and what was found but not which file: callers prefix the file name, since one reader serves
 * uploads and folders alike.
 */
public class PlanProcessingException extends Exception {
  private static final long serialVersionUID = 1L;
  private final FailureReason reason;

  public PlanProcessingException(FailureReason reason, String message) {
    this(reason, message, null);
  }

  public PlanProcessingException(FailureReason reason, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public FailureReason reason() {
    return reason;
  }
}
