package org.kehoach.pipeline.batch;

/**
 * Follows a running batch (progress display, failure lines). Called from the batch's worker threads at the same
 * time: implementations must be thread-safe and quick.
 */
public interface BatchListener {
  /** A listener that ignores everything. */
  BatchListener NONE = new BatchListener() {};

  /** The inputs were counted; called once, before any file is processed. */
  default void started(long total) {}

  /** One file has its outcome; {@code done} files have one so far, {@code failed} of them failures. */
  default void fileDone(FileOutcome outcome, long done, long failed) {}

  /** The batch is over (or was stopped); called once, after the last {@link #fileDone}. */
  default void finished(BatchReport report) {}
}
