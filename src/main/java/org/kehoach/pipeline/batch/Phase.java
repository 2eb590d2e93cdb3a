package org.kehoach.pipeline.batch;

import java.util.Locale;

/** The stages a file goes through in a batch, in order; each one's time is summed in the report. */
public enum Phase {
  /** Hashing the file (its identity for {@code --resume}) and reading it into raw pages, OCR included. */
  READ,
  /** Legacy-font decoding and the normalisation filter chain. */
  NORMALISE,
  /** Segmentation, for the is-it-a-plan test ({@link PlanGate}). */
  STRUCTURE,
  /** The extraction cascade (which segments the text once more, then runs the fact extractors). */
  EXTRACT,
  /** Writing the JSON and text outputs atomically. */
  WRITE,
  /**
   * The {@link PlanSink} after the write (indexing), or for a file skipped by {@code --resume} its catch-up
   * ({@link PlanSink#resumed}).
   */
  SINK,
  /** The sink's {@link PlanSink#finish} once the last file is done (the index commit): once per batch. */
  COMMIT;

  /** The name used in report.json: "read", "normalise" … */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
