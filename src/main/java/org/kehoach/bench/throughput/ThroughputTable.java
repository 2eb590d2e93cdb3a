package org.kehoach.bench.throughput;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.Phase;

/** Renders a {@link ThroughputResult} as the Markdown tables the README shows. */
final class ThroughputTable {
  private ThroughputTable() {}

  static String render(ThroughputResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(fmt("Machine: %d cores, load average %.1f at the start and %.1f at the end (shared machine).%n",
        Runtime.getRuntime().availableProcessors(), r.loadBefore(), r.loadAfter()));
    sb.append(fmt("Corpus: %d text-layer files, %d threads, fastest of %d rounds; runner built in %.1f s.%n%n",
        r.files(), r.threads(), r.rounds(), r.initNanos() / 1e9));
    phases(sb, r.pipeline(), r.files());
    double pipe = r.pipeline().wall().toNanos() / 1e9;
    double tika = r.tika().wallNanos() / 1e9;
    sb.append("| whole run (wall clock) | time (s) | documents/s | documents/s per core | failed |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    row(sb, "kehoach pipeline (read → index commit)", pipe, r.files(), r.threads(), r.pipeline().failed());
    row(sb, "plain Tika (AutoDetectParser + BodyContentHandler)", tika, r.files(), r.threads(), r.tika().failed());
    sb.append(fmt("%nPipeline / Tika: **%.2f×** (goal ≤ 1.5×).%n%n", pipe / tika));
    formats(sb, r);
    ThroughputResult.Scans s = r.scans();
    if (s != null) {
      double a = s.pipelineWall() / 1e9;
      double b = s.tesseractWall() / 1e9;
      sb.append(fmt("Scans (%d pages): pipeline with OCR %.1f s, Tesseract alone %.1f s: **%.2f×** (goal ≤ 1.2×).%n",
          s.pages(), a, b, a / b));
    }
    cold(sb, r.cold());
    sb.append(fmt("Peak memory of the benchmark JVM: heap %d MiB, resident %d MiB.%n",
        r.peakHeapBytes() >> 20, r.peakRssKib() / 1024));
    for (String note : r.notes()) {
      sb.append("Note: ").append(note).append('\n');
    }
    return sb.toString();
  }

  private static void phases(StringBuilder sb, BatchReport report, int files) {
    sb.append("| phase | time summed over threads (s) | ms per document | documents/s per core |\n");
    sb.append("|---|---:|---:|---:|\n");
    for (Phase p : Phase.values()) {
      BatchReport.PhaseTotal t = report.phases().get(p);
      if (t == null || t.files() == 0) {
        continue;
      }
      double s = t.time().toNanos() / 1e9;
      if (p == Phase.COMMIT) {
        // once per run: spread over the run's documents
        sb.append(fmt("| index commit (once per run) | %.2f | %.1f | – |%n", s, 1000 * s / files));
      } else {
        String name = p == Phase.SINK ? "index (each plan added to Lucene)" : p.jsonName();
        sb.append(fmt("| %s | %.2f | %.1f | %.1f |%n", name, s, 1000 * s / t.files(), t.files() / s));
      }
    }
    sb.append('\n');
  }

  /** Per format: where the gap to plain Tika lies. */
  private static void formats(StringBuilder sb, ThroughputResult r) {
    sb.append("| format | documents | pipeline ms per document (thread) | of which reading | Tika ms per document"
        + " (thread) | pipeline / Tika |\n|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, FormatTimes.Total> e : new TreeMap<>(r.pipelineByFormat()).entrySet()) {
      FormatTimes.Total pipe = e.getValue();
      FormatTimes.Total read = r.pipelineReadByFormat().get(e.getKey());
      FormatTimes.Total tika = r.tika().byFormat().get(e.getKey());
      double tikaMs = tika == null ? Double.NaN : tika.millisPerFile();
      sb.append(fmt("| %s | %d | %.1f | %.1f | %.1f | %.2f× |%n", e.getKey(), pipe.files(), pipe.millisPerFile(),
          read == null ? Double.NaN : read.millisPerFile(), tikaMs, pipe.millisPerFile() / tikaMs));
    }
    sb.append("\nThread time: from the start of each file to its outcome on the worker that ran it, summed by format;"
        + " the index commit, once per run, is not in it.\n\n");
  }

  /** One row per way of starting, one column per format: median (min–max) of the runs. */
  private static void cold(StringBuilder sb, ColdStart.Results cold) {
    if (cold.plain().isEmpty()) {
      return;
    }
    TreeSet<String> formats = new TreeSet<>(cold.plain().keySet());
    sb.append("\n| cold start of `java -jar kehoach.jar parse FILE --no-ocr` (goal ≤ 3 s)");
    formats.forEach(f -> sb.append(" | one .").append(f));
    sb.append(" | peak RSS |\n|---");
    formats.forEach(f -> sb.append("|---:"));
    sb.append("|---:|\n");
    coldRow(sb, "new JVM", cold.plain(), formats);
    coldRow(sb, "the same with `-XX:SharedArchiveFile=kehoach.jsa` (class-data sharing)", cold.withArchive(),
        formats);
    sb.append("\nSeconds: median (min–max) of the runs, the formats taking turns.\n\n");
  }

  private static void coldRow(StringBuilder sb, String what, Map<String, List<ColdStart.Run>> byFormat,
      TreeSet<String> formats) {
    if (byFormat.isEmpty()) {
      return;
    }
    sb.append("| ").append(what);
    long peak = 0;
    for (String f : formats) {
      List<ColdStart.Run> runs = byFormat.getOrDefault(f, List.of());
      long[] walls = runs.stream().mapToLong(ColdStart.Run::wallNanos).sorted().toArray();
      peak = Math.max(peak, runs.stream().mapToLong(ColdStart.Run::peakRssKib).max().orElse(0));
      boolean failed = runs.stream().anyMatch(c -> c.exitCode() != 0);
      sb.append(walls.length == 0 ? " | –" : fmt(" | %.2f (%.2f–%.2f)%s", walls[walls.length / 2] / 1e9,
          walls[0] / 1e9, walls[walls.length - 1] / 1e9, failed ? " FAILED" : ""));
    }
    sb.append(fmt(" | %d MiB |%n", peak / 1024));
  }

  private static void row(StringBuilder sb, String what, double seconds, int files, int threads, long failed) {
    sb.append(fmt("| %s | %.2f | %.1f | %.1f | %d |%n", what, seconds, files / seconds, files / seconds / threads,
        failed));
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
