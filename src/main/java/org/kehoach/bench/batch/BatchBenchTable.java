package org.kehoach.bench.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link BatchBenchResult} as Markdown: the archive, the two runs, the report, the checks. */
final class BatchBenchTable {
  private BatchBenchTable() {}

  static String render(BatchBenchResult r) {
    StringBuilder sb = new StringBuilder();
    Manifest m = r.manifest();
    long good = m.parsedCount();
    sb.append(fmt("Machine: %d cores, load average %.1f before, %.1f at the kill, %.1f at the end (shared machine)."
        + "%n", Runtime.getRuntime().availableProcessors(), r.loadBefore(), r.first().loadAtEnd(),
        r.second().loadAtEnd()));
    sb.append(fmt("Archive: %d files in %d folders, built in %.1f s: %d good (by extension: %s), %d broken (%s).%n%n",
        m.files().size(), folders(m), r.buildNanos() / 1e9, good, byExtension(m), m.files().size() - good,
        brokenKinds(m)));
    sb.append("Child command: `").append(String.join(" ", r.launcher())).append(" parse in/ --out out/ --no-ocr"
        + " --progress lines --threads ").append(r.threads()).append("`, then the same with `--resume`.\n\n");
    sb.append("| run | wall (s) | exit code | outcome | peak RSS (MiB) |\n|---|---:|---:|---|---:|\n");
    sb.append(fmt("| 1. `parse --no-ocr --threads %d`, killed (SIGKILL) once %d outputs existed | %.1f | %d | %d of"
        + " %d outputs complete at the kill | %d |%n", r.threads(), r.killAfter(), r.first().wallNanos() / 1e9,
        r.first().exitCode(), r.outputsAtKill(), good, r.first().peakRssKib() / 1024));
    JsonNode files = r.report().path("files");
    sb.append(fmt("| 2. the same with `--resume` | %.1f | %d | %d parsed, %d skipped, %d failed of %d | %d |%n",
        r.second().wallNanos() / 1e9, r.second().exitCode(), files.path("parsed").asLong(),
        files.path("skipped").asLong(), files.path("failed").asLong(), files.path("total").asLong(),
        r.second().peakRssKib() / 1024));
    sb.append(fmt("| both | %.1f | | | |%n%n", (r.first().wallNanos() + r.second().wallNanos()) / 1e9));
    sb.append("Resumed run's report.json: failedByCode ").append(compact(r.report().path("failedByCode")))
        .append("; warningsByCode ").append(compact(r.report().path("warningsByCode")))
        .append("; phases (ms summed over threads / files) ").append(phases(r.report().path("phases")))
        .append(fmt("; wall %.1f s.%n%n", r.report().path("wallMs").asLong() / 1000.0));
    failures(sb, r);
    sb.append("| check | result | detail |\n|---|---|---|\n");
    for (Check c : r.checks()) {
      sb.append("| ").append(c.name()).append(" | ").append(c.passed() ? "pass" : "**FAIL**").append(" | ")
          .append(c.detail().replace("|", "\\|")).append(" |\n");
    }
    sb.append(fmt("%n%s. Work folder: %s (in/, out/, manifest.tsv, run-1.log, run-2.log).%n",
        r.passed() ? "All checks passed" : "SOME CHECKS FAILED", r.work()));
    return sb.toString();
  }

  /** One row per broken kind: the expected code, the codes reported, and the first file's message. */
  private static void failures(StringBuilder sb, BatchBenchResult r) {
    Map<String, ArchiveFile> byInput = new TreeMap<>();
    Path in = r.work().resolve("in").toAbsolutePath().normalize();
    r.manifest().files().forEach(f -> byInput.put(in.resolve(f.path()).toString(), f));
    Map<String, Map<String, Long>> codes = new TreeMap<>();
    Map<String, String> message = new TreeMap<>();
    for (JsonNode f : r.report().path("failures")) {
      ArchiveFile a = byInput.get(Path.of(f.path("file").asText()).toAbsolutePath().normalize().toString());
      String kind = a == null ? "(no input)" : a.kind().toLowerCase(Locale.ROOT) + " → " + a.expected();
      codes.computeIfAbsent(kind, k -> new TreeMap<>()).merge(f.path("code").asText(), 1L, Long::sum);
      message.putIfAbsent(kind, f.path("message").asText());
    }
    sb.append("| broken kind → expected code | codes reported | message of the first |\n|---|---|---|\n");
    codes.forEach((kind, n) -> sb.append("| ").append(kind).append(" | ").append(join(n)).append(" | ")
        .append(message.get(kind).replace("|", "\\|")).append(" |\n"));
    sb.append('\n');
  }

  private static long folders(Manifest m) {
    return m.files().stream().map(f -> f.path().substring(0, Math.max(0, f.path().lastIndexOf('/'))))
        .distinct().count();
  }

  private static String byExtension(Manifest m) {
    Map<String, Long> n = new TreeMap<>();
    m.files().stream().filter(ArchiveFile::parsed).forEach(f -> {
      String name = f.path().substring(f.path().lastIndexOf('/') + 1);
      n.merge(name.substring(name.lastIndexOf('.') + 1), 1L, Long::sum);
    });
    return join(n);
  }

  private static String brokenKinds(Manifest m) {
    Map<String, Long> n = new TreeMap<>();
    m.files().stream().filter(f -> !f.parsed())
        .forEach(f -> n.merge(f.kind().toLowerCase(Locale.ROOT) + " → " + f.expected(), 1L, Long::sum));
    return join(n);
  }

  private static String join(Map<String, Long> n) {
    StringBuilder sb = new StringBuilder();
    n.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return sb.toString();
  }

  private static String compact(JsonNode counts) {
    Map<String, Long> n = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      n.put(e.getKey(), e.getValue().asLong());
    }
    return n.isEmpty() ? "none" : join(n);
  }

  /** The phases in the report's order (the pipeline's). */
  private static String phases(JsonNode phases) {
    StringBuilder sb = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = phases.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      sb.append(sb.length() == 0 ? "" : ", ").append(p.getKey()).append(' ').append(p.getValue().path("ms").asLong())
          .append('/').append(p.getValue().path("files").asLong());
    }
    return sb.toString();
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
