package org.kehoach.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.kehoach.ingest.Limits;

/**
 * Everything the pipeline is configured with, fixed at the application edge and passed inward.
 *
 * @param limits per-document bounds on bytes, pages, characters and time
 * @param ocr whether image-only pages may be sent to Tesseract
 * @param gazetteerDir folder of the gazetteer TSV files, or {@code null} for the ones packaged in the jar
 */
public record PipelineConfig(Limits limits, boolean ocr, Path gazetteerDir) {
  public PipelineConfig {
    Objects.requireNonNull(limits, "limits");
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(Limits.defaults(), true, null);
  }
}
