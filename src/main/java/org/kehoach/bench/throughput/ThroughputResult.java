package org.kehoach.bench.throughput;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kehoach.pipeline.batch.BatchReport;

/**
 * What one benchmark run measured. Times are nanoseconds of wall clock unless the name says otherwise; a
 * {@code null} part was not measured, and {@code notes} say why.
 *
 * @param files text-layer files in the corpus
 * @param threads worker threads of every pass
 * @param initNanos building the batch runner (Tika's parsers, the gazetteers), once
 * @param pipeline the report of the pipeline's fastest round over the corpus: its wall time (index commit
 *     included), its time per phase summed over files and threads, its failures
 * @param pipelineByFormat that round's time per document by format, from the start of each file to its outcome
 * @param pipelineReadByFormat the same for reading only (hashing, detection, the Tika/PDFBox/POI parse)
 * @param tika the fastest round of plain Tika over the same files, with its time per document by format
 * @param scans the scans through the pipeline with OCR and through Tesseract alone
 * @param cold every cold-start run by format, plain and with a class-data-sharing archive
 * @param loadBefore load average (1 min) when the benchmark started
 * @param loadAfter load average (1 min) when it ended
 * @param peakHeapBytes the sum of the heap pools' peak use in this JVM
 * @param peakRssKib this JVM's peak resident memory
 */
record ThroughputResult(
    int files,
    int threads,
    int rounds,
    long initNanos,
    BatchReport pipeline,
    Map<String, FormatTimes.Total> pipelineByFormat,
    Map<String, FormatTimes.Total> pipelineReadByFormat,
    TikaBaseline.Pass tika,
    Scans scans,
    ColdStart.Results cold,
    double loadBefore,
    double loadAfter,
    long peakHeapBytes,
    long peakRssKib,
    List<String> notes) {
  /** Scanned pages through the pipeline with OCR and through Tesseract alone; the fastest round of each. */
  record Scans(int pages, long pipelineWall, long tesseractWall) {}

  ThroughputResult {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(tika, "tika");
    Objects.requireNonNull(cold, "cold");
    pipelineByFormat = Map.copyOf(pipelineByFormat);
    pipelineReadByFormat = Map.copyOf(pipelineReadByFormat);
    notes = List.copyOf(notes);
  }
}
