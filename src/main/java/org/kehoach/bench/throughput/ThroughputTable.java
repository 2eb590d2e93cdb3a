package org.kehoach.bench.throughput;

import java.util.List;
import java.util.Locale;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.Phase;

/** Renders a {@link ThroughputResult} as the Markdown table the README shows. */
final class ThroughputTable {
  private ThroughputTable() {}

  static String render(ThroughputResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(fmt("Machine: %d cores, load average %.1f at the start and %.1f at the end (shared machine).%n",
        Runtime.getRuntime().availableProcessors(), r.loadBefore(), r.loadAfter()));
    sb.append(fmt("Corpus: %d text-layer files, %d threads, fastest of %d rounds; runner built in %.1f s.%n%n",
        r.files(), r.threads(), r.rounds(), r.initNanos() / 1e9));
    sb.append("| phase | time summed over threads (s) | ms per document | documents/s per core |\n");
    sb.append("|---|---:|---:|---:|\n");
    for (Phase p : Phase.values()) {
      BatchReport.PhaseTotal t = r.phases().get(p);
      if (t == null || t.files() == 0) {
        continue;
      }
      double s = t.time().toNanos() / 1e9;
      sb.append(fmt("| %s | %.2f | %.1f | %.1f |%n", p.jsonName(), s, 1000 * s / t.files(), t.files() / s));
    }
    sb.append("| index | – | – | not measured: no index sink in this build |\n\n");
    double pipe = r.pipelineWall() / 1e9;
    double tika = r.tikaWall() / 1e9;
    sb.append("| whole run (wall clock) | time (s) | documents/s | documents/s per core | failed |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    row(sb, "kehoach pipeline (read → write)", pipe, r.files(), r.threads(), r.pipelineFailed());
    row(sb, "plain Tika (AutoDetectParser + BodyContentHandler)", tika, r.files(), r.threads(), r.tikaFailed());
    sb.append(fmt("%nPipeline / Tika: **%.2f×** (goal ≤ 1.5×).%n", pipe / tika));
    if (r.scanPipelineWall() != null && r.scanTesseractWall() != null) {
      double a = r.scanPipelineWall() / 1e9;
      double b = r.scanTesseractWall() / 1e9;
      sb.append(fmt("Scans (%d pages): pipeline with OCR %.1f s, Tesseract alone %.1f s: **%.2f×** (goal ≤ 1.2×).%n",
          r.scanPages(), a, b, a / b));
    }
    cold(sb, "`java -jar kehoach.jar parse FILE`", r.coldStarts());
    cold(sb, "the same with `-XX:SharedArchiveFile=kehoach.jsa` (class-data sharing)", r.coldStartsWithArchive());
    sb.append(fmt("Peak memory of the benchmark JVM: heap %d MiB, resident %d MiB.%n",
        r.peakHeapBytes() >> 20, r.peakRssKib() / 1024));
    for (String note : r.notes()) {
      sb.append("Note: ").append(note).append('\n');
    }
    return sb.toString();
  }

  private static void cold(StringBuilder sb, String what, List<ColdStart.Run> runs) {
    if (runs.isEmpty()) {
      return;
    }
    long[] walls = runs.stream().mapToLong(ColdStart.Run::wallNanos).sorted().toArray();
    long peak = runs.stream().mapToLong(ColdStart.Run::peakRssKib).max().orElse(0);
    boolean failed = runs.stream().anyMatch(c -> c.exitCode() != 0);
    sb.append(fmt("Cold start of %s: median %.2f s of %d runs (min %.2f s, max %.2f s; goal ≤ 3 s), peak RSS %d"
        + " MiB%s.%n", what, walls[walls.length / 2] / 1e9, walls.length, walls[0] / 1e9,
        walls[walls.length - 1] / 1e9, peak / 1024, failed ? ", SOME RUNS FAILED" : ""));
  }

  private static void row(StringBuilder sb, String what, double seconds, int files, int threads, long failed) {
    sb.append(fmt("| %s | %.2f | %.1f | %.1f | %d |%n", what, seconds, files / seconds, files / seconds / threads,
        failed));
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
