package org.kehoach.pipeline.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a batch runs; the per-document limits (time included) come from the
 * {@link org.kehoach.pipeline.PipelineConfig}.
 *
 * @param outDir the output folder: {@code <file>.json} and {@code <file>.txt} per input (mirroring the input
 *     folders), and {@code report.json}
 * @param threads files parsed at the same time (default: the number of cores); memory grows with this, not
 *     with the number of files
 * @param resume skip inputs that already have a complete output of the same bytes
 *     ({@link CompleteOutputs})
 */
public record BatchOptions(Path outDir, int threads, boolean resume) {
  public BatchOptions {
    Objects.requireNonNull(outDir, "outDir");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** One thread per core, no resume. */
  public static BatchOptions defaults(Path outDir) {
    return new BatchOptions(outDir, Runtime.getRuntime().availableProcessors(), false);
  }
}
