package org.kehoach.pipeline;

import java.nio.file.Path;
import org.kehoach.ingest.Ingestor;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.RawDocument;
import org.kehoach.ingest.normalize.NormalizedText;
import org.kehoach.ingest.normalize.Normalizer;
import org.kehoach.ingest.ocr.NoOcr;
import org.kehoach.ingest.ocr.OcrEngine;
import org.kehoach.ingest.ocr.TesseractOcr;

/**
 * The first two stages: read a file into raw pages, then normalise them. Thread-safe; building it costs
 * about a second (Tika's parsers), so build one and reuse it. Closing it stops the reader threads.
 */
public final class TextExtraction implements AutoCloseable {
  private final Ingestor ingestor;
  private final Normalizer normalizer;

  public TextExtraction(PipelineConfig config) {
    OcrEngine ocr = config.ocr() ? new TesseractOcr() : new NoOcr();
    this.ingestor = new Ingestor(config.limits(), ocr);
    this.normalizer = Normalizer.standard();
  }

  /** The raw document and its normalised text. */
  public record Result(RawDocument raw, NormalizedText text) {}

  public Result read(Path file) throws PlanProcessingException {
    RawDocument raw = ingestor.read(file);
    return new Result(raw, normalizer.normalize(raw));
  }

  @Override
  public void close() {
    ingestor.close();
  }
}
