package org.kehoach.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kehoach.ingest.Limits;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.batch.BatchListener;
import org.kehoach.pipeline.batch.BatchOptions;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.BatchRunner;
import org.kehoach.pipeline.batch.Phase;
import org.kehoach.pipeline.batch.PlanSink;

/**
 * Runs the throughput benchmark: the batch pipeline and plain Tika over the same corpus, alternating, for a
 * number of rounds (the fastest of each counts, which damps the noise of a shared machine); then the scans
 * through the pipeline with OCR and through Tesseract alone; then the cold start of the jar.
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

  private final Setup setup;
  private final List<String> notes = new ArrayList<>();

  ThroughputBench(Setup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
  }

  ThroughputResult run() throws Exception {
    double loadBefore = loadAverage();
    Path corpus = setup.work().resolve("corpus");
    List<Path> files = BenchCorpus.build(setup.samples(), setup.extensions(), setup.copies(), corpus);
    Limits limits = Limits.defaults();
    long t = System.nanoTime();
    long bestPipe = Long.MAX_VALUE;
    long pipeFailed = 0;
    Map<Phase, BatchReport.PhaseTotal> phases = Map.of();
    long bestTika = Long.MAX_VALUE;
    long tikaFailed = 0;
    long init;
    try (BatchRunner runner = new BatchRunner(new PipelineConfig(limits, false, null),
        new BatchOptions(setup.work().resolve("out"), setup.threads(), false), PlanSink.NONE)) {
      init = System.nanoTime() - t;
      TikaBaseline tika = new TikaBaseline();
      // warm-up: one copy through each, so the rounds measure warm code
      runner.run(List.of(corpus.resolve("copy-01")), BatchListener.NONE);
      tika.run(files.subList(0, files.size() / setup.copies()), setup.threads());
      for (int round = 1; round <= setup.rounds(); round++) {
        BatchReport report = runner.run(List.of(corpus), BatchListener.NONE);
        if (report.wall().toNanos() < bestPipe) {
          bestPipe = report.wall().toNanos();
          phases = report.phases();
          pipeFailed = report.failed();
        }
        TikaBaseline.Pass pass = tika.run(files, setup.threads());
        if (pass.wallNanos() < bestTika) {
          bestTika = pass.wallNanos();
          tikaFailed = pass.failed();
        }
      }
    }
    Long scanPipe = null;
    Long scanTess = null;
    int scanPages = 0;
    if (setup.scans().isEmpty()) {
      notes.add("scans not measured (--scans none)");
    } else if (!TesseractBaseline.available()) {
      notes.add("scans not measured: tesseract with Vietnamese data is not installed");
    } else {
      Path scanDir = Files.createDirectories(setup.work().resolve("scans"));
      for (Path s : setup.scans()) {
        Files.copy(s, scanDir.resolve(s.getFileName()));
      }
      TesseractBaseline tess = new TesseractBaseline(limits.ocrDpi());
      List<Path> pages = tess.render(setup.scans(), setup.work().resolve("pages"));
      scanPages = pages.size();
      try (BatchRunner ocr = new BatchRunner(new PipelineConfig(limits, true, null),
          new BatchOptions(setup.work().resolve("scan-out"), setup.threads(), false), PlanSink.NONE)) {
        // alternating, fastest of each, as for the text-layer files
        for (int round = 1; round <= setup.rounds(); round++) {
          BatchReport r = ocr.run(List.of(scanDir), BatchListener.NONE);
          scanPipe = scanPipe == null ? r.wall().toNanos() : Math.min(scanPipe, r.wall().toNanos());
          if (r.failed() > 0) {
            notes.add("scans: " + r.failed() + " failed in the pipeline: " + r.failures());
          }
          long t1 = tess.run(pages, setup.threads()).wallNanos();
          scanTess = scanTess == null ? t1 : Math.min(scanTess, t1);
        }
      }
    }
    List<ColdStart.Run> cold = new ArrayList<>();
    List<ColdStart.Run> coldCds = new ArrayList<>();
    if (setup.jar() == null || !Files.isRegularFile(setup.jar())) {
      notes.add("cold start not measured: no jar at " + setup.jar() + " (run mvn package)");
    } else if (setup.coldRuns() > 0) {
      Path file = files.get(0);
      for (int i = 0; i < setup.coldRuns(); i++) {
        cold.add(ColdStart.run(setup.jar(), file, setup.work().resolve("cold-" + i), List.of()));
      }
      // the same with a class-data-sharing archive of the classes one parse loads (JDK 17: made at exit)
      Path archive = setup.work().resolve("kehoach.jsa");
      ColdStart.run(setup.jar(), file, setup.work().resolve("cold-archive"),
          List.of("-XX:ArchiveClassesAtExit=" + archive));
      if (Files.isRegularFile(archive)) {
        for (int i = 0; i < setup.coldRuns(); i++) {
          coldCds.add(ColdStart.run(setup.jar(), file, setup.work().resolve("cold-cds-" + i),
              List.of("-XX:SharedArchiveFile=" + archive)));
        }
      } else {
        notes.add("no class-data-sharing archive could be made: cold start with it not measured");
      }
    }
    return new ThroughputResult(files.size(), setup.threads(), setup.rounds(), init, phases, bestPipe, pipeFailed,
        bestTika, tikaFailed, scanPages, scanPipe, scanTess, cold, coldCds, loadBefore, loadAverage(), peakHeap(),
        ColdStart.highWaterMark(Path.of("/proc/self/status")), notes);
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

  /** The one-minute load average, or -1 where {@code /proc/loadavg} does not exist. */
  private static double loadAverage() {
    try {
      String s = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII);
      return Double.parseDouble(s.substring(0, s.indexOf(' ')));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
