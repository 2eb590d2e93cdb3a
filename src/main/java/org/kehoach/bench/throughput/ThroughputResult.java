package org.kehoach.bench.throughput;

import java.util.List;
import java.util.Map;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.Phase;

/**
 * What one benchmark run measured. Times are nanoseconds of wall clock unless the name says otherwise; a
 * {@code null} part was not measured, and {@code notes} say why.
 *
 * @param files text-layer files in the corpus
 * @param threads worker threads of every pass
 * @param initNanos building the batch runner (Tika's parsers, the gazetteers), once
 * @param phases the pipeline's time per phase, summed over files and threads, from its fastest round
 * @param pipelineWall the fastest round of the whole pipeline over the corpus
 * @param tikaWall the fastest round of plain Tika over the same files
 * @param scanPages pages of the scans, or 0 when scans were not measured
 * @param scanPipelineWall the pipeline with OCR over the scans
 * @param scanTesseractWall Tesseract alone over the same pages
 * @param coldStarts every cold-start run
 * @param coldStartsWithArchive every cold-start run with a class-data-sharing archive
 *     ({@code -XX:SharedArchiveFile})
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
    Map<Phase, BatchReport.PhaseTotal> phases,
    long pipelineWall,
    long pipelineFailed,
    long tikaWall,
    long tikaFailed,
    int scanPages,
    Long scanPipelineWall,
    Long scanTesseractWall,
    List<ColdStart.Run> coldStarts,
    List<ColdStart.Run> coldStartsWithArchive,
    double loadBefore,
    double loadAfter,
    long peakHeapBytes,
    long peakRssKib,
    List<String> notes) {
  ThroughputResult {
    phases = Map.copyOf(phases);
    coldStarts = List.copyOf(coldStarts);
    coldStartsWithArchive = List.copyOf(coldStartsWithArchive);
    notes = List.copyOf(notes);
  }
}
