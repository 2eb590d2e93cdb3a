package org.kehoach.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kehoach.bench.Machine;

/**
 * Cold start: the wall time of {@code java -jar kehoach.jar parse FILE --no-ocr} in a new JVM, one file of each
 * format, and that process's peak resident memory (its {@code VmHWM}, polled from {@code /proc} while it runs; 0
 * where there is no {@code /proc}); then the same with a class-data-sharing archive of the classes that parsing
 * one file of every format loads.
 */
final class ColdStart {
  /** One run: wall time, peak resident memory in KiB, exit code. */
  record Run(long wallNanos, long peakRssKib, int exitCode) {}

  /**
   * Every run by format ({@code txt} → runs), plain and with the archive (empty when none could be made).
   *
   * @param note why the archive runs are missing, or {@code null}
   */
  record Results(Map<String, List<Run>> plain, Map<String, List<Run>> withArchive, String note) {
    Results {
      plain = copy(plain);
      withArchive = copy(withArchive);
    }

    private static Map<String, List<Run>> copy(Map<String, List<Run>> runs) {
      Map<String, List<Run>> c = new LinkedHashMap<>();
      runs.forEach((k, v) -> c.put(k, List.copyOf(v)));
      return java.util.Collections.unmodifiableMap(c);
    }
  }

  private ColdStart() {}

  /**
   * {@code runs} cold runs of each file, the formats taking turns (so a burst of load on the shared machine does
   * not fall on one format only), then the same with a class-data-sharing archive.
   *
   * @param files one file per format
   */
  static Results measure(Path jar, List<Path> files, int runs, Path work) throws IOException, InterruptedException {
    Map<String, List<Run>> plain = timeEach(jar, files, runs, work.resolve("cold"), List.of());
    // the classes one parse of every format loads, archived at exit (JDK 17)
    Path archive = work.resolve("kehoach.jsa");
    run(jar, files, work.resolve("cold-archive"), List.of("-XX:ArchiveClassesAtExit=" + archive));
    if (!Files.isRegularFile(archive)) {
      return new Results(plain, Map.of(), "no class-data-sharing archive could be made: cold start with it not"
          + " measured");
    }
    Map<String, List<Run>> cds = timeEach(jar, files, runs, work.resolve("cold-cds"),
        List.of("-XX:SharedArchiveFile=" + archive));
    return new Results(plain, cds, null);
  }

  private static Map<String, List<Run>> timeEach(Path jar, List<Path> files, int runs, Path out,
      List<String> jvmOptions) throws IOException, InterruptedException {
    Map<String, List<Run>> byFormat = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      for (Path f : files) {
        String format = FormatTimes.format(f);
        byFormat.computeIfAbsent(format, k -> new ArrayList<>())
            .add(run(jar, List.of(f), out.resolve(format + "-" + i), jvmOptions));
      }
    }
    return byFormat;
  }

  /**
   * One cold run of {@code parse FILES… --out OUT --no-ocr}.
   *
   * @param jvmOptions options before {@code -jar}, e.g. a class-data-sharing archive
   */
  static Run run(Path jar, List<Path> files, Path out, List<String> jvmOptions)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "parse"));
    files.forEach(f -> command.add(f.toString()));
    command.addAll(List.of("--out", out.toString(), "--no-ocr", "--progress", "none"));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long peak = 0;
    while (p.isAlive()) {
      peak = Math.max(peak, Machine.peakRssKib(p.pid()));
      Thread.sleep(5);
    }
    int code = p.waitFor();
    return new Run(System.nanoTime() - start, peak, code);
  }
}
