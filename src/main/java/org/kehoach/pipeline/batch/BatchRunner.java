package org.kehoach.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kehoach.extract.PlanExtractor;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.ingest.Ingestor;
import org.kehoach.ingest.normalize.Normalizer;
import org.kehoach.ingest.ocr.NoOcr;
import org.kehoach.ingest.ocr.TesseractOcr;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.structure.Segmenter;
import org.kehoach.util.DaemonThreads;

/**
 * Parses every file under some folders into {@code <out>}, {@link BatchOptions#threads()} files at a time,
 * and writes {@code <out>/report.json}.
 *
 * <p><b>Memory</b> is bounded by the number of threads, not of files: the inputs are walked lazily
 * ({@link InputFiles}) and handed to the workers through a queue of at most {@code 2 × threads} files, and
 * only counts and failures are kept per file. <b>Time</b>: every file gets
 * {@link org.kehoach.ingest.Limits#timeout()}, reading and OCR included ({@link Ingestor}), extraction included
 * ({@link BoundedExtraction}). <b>Crashes</b>: outputs are written by temporary file and rename, so after a
 * crash every output is whole or absent, and {@code resume} skips the inputs whose output is complete
 * ({@link CompleteOutputs}); leftover temporary files are removed on resume. A bad file fails alone, with
 * its reason; it never stops the batch.
 *
 * <p>Building a runner loads Tika's parsers and the gazetteers (a few seconds); {@link #close()} stops the
 * reader and extraction threads. One runner runs one batch at a time; it may run several in turn (each gets
 * its own report and times; the threads, with their per-thread caches, are kept).
 */
public final class BatchRunner implements AutoCloseable {
  private final PipelineConfig config;
  private final BatchOptions options;
  private final PlanSink sink;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Ingestor ingestor;
  private final Normalizer normalizer = Normalizer.standard();
  private final Segmenter segmenter = new Segmenter();
  private final PlanGate gate = new PlanGate();
  private final PlanExtractor extractor;
  private final BoundedExtraction bounded = new BoundedExtraction();

  public BatchRunner(PipelineConfig config, BatchOptions options, PlanSink sink) {
    this.config = Objects.requireNonNull(config, "config");
    this.options = Objects.requireNonNull(options, "options");
    this.sink = Objects.requireNonNull(sink, "sink");
    // the two slow parts of start-up (Tika's parsers; the gazetteers) are independent: build them side by side
    ExecutorService init = Executors.newSingleThreadExecutor(new DaemonThreads("kehoach-init"));
    try {
      Future<PlanExtractor> extraction = init.submit(() -> new PlanExtractor(
          config.gazetteerDir() == null ? Gazetteers.loadDefault() : Gazetteers.load(config.gazetteerDir())));
      this.ingestor = new Ingestor(config.limits(), config.ocr() ? new TesseractOcr() : new NoOcr());
      this.extractor = joinInit(extraction);
    } finally {
      init.shutdown();
    }
  }

  /**
   * Runs the batch over files and folders, handing every plan to the sink this runner was built with.
   *
   * @throws IOException when the inputs cannot be listed, the sink cannot {@link PlanSink#finish finish}, or
   *     the report cannot be written (a file that cannot be read is a failure of that file, not an exception)
   * @throws InterruptedException when the calling thread is interrupted; the files under way are finished
   *     and no report is written
   */
  public BatchReport run(List<Path> roots, BatchListener listener) throws IOException, InterruptedException {
    return run(roots, listener, sink);
  }

  /**
   * Runs the batch with a sink of the caller's (a fresh index per run, in the benchmark). The runner calls its
   * {@link PlanSink#finish} at the end of the batch, timed as {@link Phase#COMMIT} and inside the wall time;
   * closing it is left to the caller.
   *
   * @throws IOException and {@link InterruptedException} as {@link #run(List, BatchListener)}
   */
  public BatchReport run(List<Path> roots, BatchListener listener, PlanSink runSink)
      throws IOException, InterruptedException {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(runSink, "runSink");
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Path out = options.outDir();
    Files.createDirectories(out);
    if (options.resume()) {
      deleteLeftovers(out);
    }
    InputFiles inputs = new InputFiles(roots, out);
    long total = inputs.count();
    listener.started(total);
    BatchTally tally = new BatchTally();
    PhaseTimes times = new PhaseTimes();
    int threads = options.threads();
    PlanStages stages = new PlanStages(normalizer, segmenter, gate, extractor, times);
    FileProcessor processor =
        new FileProcessor(ingestor, bounded, stages, config.limits(), mapper, runSink, options.resume(), times);
    runFiles(inputs, processor, tally, listener);
    long t = System.nanoTime();
    runSink.finish();
    times.add(Phase.COMMIT, t);
    BatchReport report = tally.report(started, Duration.ofNanos(System.nanoTime() - t0), threads,
        config.limits().timeout(), total, times, bounded.abandoned());
    new ReportJson(mapper).write(report, out);
    listener.finished(report);
    return report;
  }

  private void runFiles(InputFiles inputs, FileProcessor processor, BatchTally tally, BatchListener listener)
      throws IOException, InterruptedException {
    int threads = options.threads();
    Semaphore queue = new Semaphore(2 * threads);
    ExecutorService workers = Executors.newFixedThreadPool(threads, new DaemonThreads("kehoach-batch"));
    try {
      inputs.walk(input -> {
        queue.acquire();
        workers.execute(() -> {
          try {
            FileOutcome outcome;
            try {
              outcome = processor.process(input);
            } catch (Throwable t) { // a worker that died would lose its file: record it instead
              outcome = FileOutcome.error(input.file(), t);
            }
            tally.add(outcome);
            listener.fileDone(outcome, tally.done(), tally.failed());
          } finally {
            queue.release();
          }
        });
      });
      workers.shutdown();
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        // the per-file limits bound this wait
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private PlanExtractor joinInit(Future<PlanExtractor> extraction) {
    try {
      return extraction.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ingestor.close();
      throw new IllegalStateException("interrupted while loading the gazetteers", e);
    } catch (ExecutionException e) {
      ingestor.close();
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("loading the gazetteers failed", e.getCause());
    }
  }

  /** Removes temporary output files left by a killed run, in the output folder and the folders under it. */
  private static void deleteLeftovers(Path out) throws IOException {
    try (Stream<Path> dirs = Files.walk(out)) {
      for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        AtomicFiles.deleteLeftovers(dir);
      }
    }
  }

  @Override
  public void close() throws IOException {
    bounded.close();
    ingestor.close();
    sink.close();
  }
}
