package org.kehoach.bench.throughput;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-document time summed by file format (the extension: {@code txt}, {@code docx}, {@code pdf}), for the
 * breakdown that shows where the pipeline's gap to plain Tika lies. Thread-safe.
 */
final class FormatTimes {
  /** The documents of one format and the time they took, summed over threads. */
  record Total(long files, long nanos) {
    double millisPerFile() {
      return files == 0 ? 0 : nanos / 1e6 / files;
    }
  }

  private final Map<String, LongAdder> files = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  void add(Path file, long elapsedNanos) {
    String format = format(file);
    files.computeIfAbsent(format, k -> new LongAdder()).increment();
    nanos.computeIfAbsent(format, k -> new LongAdder()).add(elapsedNanos);
  }

  /** The totals by format, sorted by format. */
  Map<String, Total> totals() {
    Map<String, Total> t = new TreeMap<>();
    files.forEach((format, n) -> t.put(format, new Total(n.sum(), nanos.get(format).sum())));
    return t;
  }

  /** The extension after the last dot, lower case ({@code x.tcvn3.txt} → {@code txt}); "" without one. */
  static String format(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
