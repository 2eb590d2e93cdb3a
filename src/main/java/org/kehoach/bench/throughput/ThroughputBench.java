package org.kehoach.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kehoach.bench.Machine;
import org.kehoach.bench.ScratchTree;
import org.kehoach.ingest.Limits;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.batch.BatchListener;
import org.kehoach.pipeline.batch.BatchOptions;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.BatchRunner;
import org.kehoach.pipeline.batch.FileOutcome;
import org.kehoach.pipeline.batch.IndexSink;
import org.kehoach.pipeline.batch.PlanSink;

/**
 * Runs the throughput benchmark: the batch pipeline and plain Tika over the same corpus, alternating, for a
 * number of rounds (the fastest of each counts, which damps the noise of a shared machine); then the scans
 * through the pipeline with OCR and through Tesseract alone; then the cold start of the jar.
 *
 * <p>The pipeline runs whole, as {@code kehoach parse} does: every plan goes into a Lucene index through the
 * {@link IndexSink}, a fresh scratch index per round, and the index's commit at the end of the round counts in
 * the round's wall time. Opening and closing the index are left out, as building the runner is. Each round also
 * writes its JSON and text outputs into an emptied output folder, as the first parse of an archive does: with
 * the previous round's files left in place every write would replace one, which on ext4 adds a flush per
 * rename and measures a re-run instead.
 */
final class ThroughputBench {
  /** What to measure. */
  record Setup(Path samples, List<String> extensions, int copies, int threads, int rounds, List<Path> scans,
      Path jar, int coldRuns, Path work) {
    Setup {
      Objects.requireNonNull(samples, "samples");
      extensions = List.copyOf(extensions);
      scans = List.copyOf(scans);
      Objects.requireNonNull(work, "work");
    }
  }

  /** The fastest pipeline round: its report and its per-format times (whole file; reading only). */
  private record Round(BatchReport report, Map<String, FormatTimes.Total> total, Map<String, FormatTimes.Total> read) {}

  private final Setup setup;
  private final List<String> notes = new ArrayList<>();
  private int indexes;

  ThroughputBench(Setup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
  }

  ThroughputResult run() throws Exception {
    double loadBefore = Machine.loadAverage();
    Path corpus = setup.work().resolve("corpus");
    List<Path> files = BenchCorpus.build(setup.samples(), setup.extensions(), setup.copies(), corpus);
    Limits limits = Limits.defaults();
    long t = System.nanoTime();
    Round best = null;
    TikaBaseline.Pass bestTika = null;
    long init;
    try (BatchRunner runner = new BatchRunner(new PipelineConfig(limits, false, null),
        new BatchOptions(setup.work().resolve("out"), setup.threads(), false), PlanSink.NONE)) {
      init = System.nanoTime() - t;
      TikaBaseline tika = new TikaBaseline();
      // warm-up: one copy through each, so the rounds measure warm code
      pipeline(runner, corpus.resolve("copy-01"));
      tika.run(files.subList(0, files.size() / setup.copies()), setup.threads());
      for (int round = 1; round <= setup.rounds(); round++) {
        Round r = pipeline(runner, corpus);
        if (best == null || r.report().wall().compareTo(best.report().wall()) < 0) {
          best = r;
        }
        TikaBaseline.Pass pass = tika.run(files, setup.threads());
        if (bestTika == null || pass.wallNanos() < bestTika.wallNanos()) {
          bestTika = pass;
        }
      }
    }
    ThroughputResult.Scans scans = scans(limits);
    ColdStart.Results cold = coldStarts(files);
    return new ThroughputResult(files.size(), setup.threads(), setup.rounds(), init, best.report(), best.total(),
        best.read(), bestTika, scans, cold, loadBefore, Machine.loadAverage(), peakHeap(), Machine.ownPeakRssKib(),
        notes);
  }

  /** One pipeline round over {@code root} into a new scratch index, timed per file and format. */
  private Round pipeline(BatchRunner runner, Path root) throws IOException, InterruptedException {
    FormatTimes total = new FormatTimes();
    FormatTimes read = new FormatTimes();
    BatchListener timing = new BatchListener() {
      @Override
      public void fileDone(FileOutcome outcome, long done, long failed) {
        total.add(outcome.file(), outcome.times().total());
        read.add(outcome.file(), outcome.times().read());
      }
    };
    ScratchTree.delete(setup.work().resolve("out"));
    BatchReport report;
    try (IndexSink index = IndexSink.open(setup.work().resolve("index-" + ++indexes))) {
      report = runner.run(List.of(root), timing, index);
    }
    return new Round(report, total.totals(), read.totals());
  }

  private ThroughputResult.Scans scans(Limits limits) throws Exception {
    if (setup.scans().isEmpty()) {
      notes.add("scans not measured (--scans none)");
      return null;
    }
    if (!TesseractBaseline.available()) {
      notes.add("scans not measured: tesseract with Vietnamese data is not installed");
      return null;
    }
    Path scanDir = Files.createDirectories(setup.work().resolve("scans"));
    for (Path s : setup.scans()) {
      Files.copy(s, scanDir.resolve(s.getFileName()));
    }
    TesseractBaseline tess = new TesseractBaseline(limits.ocrDpi());
    List<Path> pages = tess.render(setup.scans(), setup.work().resolve("pages"));
    long pipe = Long.MAX_VALUE;
    long alone = Long.MAX_VALUE;
    try (BatchRunner ocr = new BatchRunner(new PipelineConfig(limits, true, null),
        new BatchOptions(setup.work().resolve("scan-out"), setup.threads(), false), PlanSink.NONE)) {
      // alternating, fastest of each, as for the text-layer files
      for (int round = 1; round <= setup.rounds(); round++) {
        BatchReport r = pipeline(ocr, scanDir).report();
        pipe = Math.min(pipe, r.wall().toNanos());
        if (r.failed() > 0) {
          notes.add("scans: " + r.failed() + " failed in the pipeline: " + r.failures());
        }
        alone = Math.min(alone, tess.run(pages, setup.threads()).wallNanos());
      }
    }
    return new ThroughputResult.Scans(pages.size(), pipe, alone);
  }

  /** Cold starts of one file of each format, the first copy of each. */
  private ColdStart.Results coldStarts(List<Path> files) throws IOException, InterruptedException {
    if (setup.jar() == null || !Files.isRegularFile(setup.jar())) {
      notes.add("cold start not measured: no jar at " + setup.jar() + " (run mvn package)");
      return new ColdStart.Results(Map.of(), Map.of(), null);
    }
    if (setup.coldRuns() == 0) {
      return new ColdStart.Results(Map.of(), Map.of(), null);
    }
    Map<String, Path> oneEach = new LinkedHashMap<>();
    for (Path f : files) {
      oneEach.putIfAbsent(FormatTimes.format(f), f);
    }
    ColdStart.Results r = ColdStart.measure(setup.jar(), List.copyOf(oneEach.values()), setup.coldRuns(),
        setup.work());
    if (r.note() != null) {
      notes.add(r.note());
    }
    return r;
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
