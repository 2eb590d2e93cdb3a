package org.kehoach.bench.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kehoach.bench.Machine;

/**
 * The batch benchmark: build the archive, parse it in a child process killed half-way, parse it again with
 * {@code --resume}, and check the result ({@link ArchiveCheck}).
 */
final class BatchBench {
  /**
   * What to run.
   *
   * @param samples the sample corpus
   * @param files files in the archive
   * @param broken how many of them are broken
   * @param seed the archive's random seed
   * @param launcher the command that runs kehoach ({@code java -jar kehoach.jar})
   * @param threads parse's {@code --threads}
   * @param killAt the share of the good files whose outputs are awaited before the kill (0 < killAt < 1)
   * @param work the scratch folder: {@code in/}, {@code out/}, {@code manifest.tsv}, the two runs' logs
   * @param timeoutMinutes the limit of each parse run
   */
  record Setup(Path samples, int files, int broken, long seed, List<String> launcher, int threads, double killAt,
      Path work, long timeoutMinutes) {
    Setup {
      Objects.requireNonNull(samples, "samples");
      Objects.requireNonNull(work, "work");
      launcher = List.copyOf(launcher);
      if (!(killAt > 0 && killAt < 1)) {
        throw new IllegalArgumentException("killAt must be between 0 and 1, got " + killAt);
      }
      if (files < 2 || broken < 0 || broken >= files || threads < 1 || timeoutMinutes < 1) {
        throw new IllegalArgumentException("expected files >= 2, 0 <= broken < files, threads >= 1 and a timeout,"
            + " got files=" + files + ", broken=" + broken + ", threads=" + threads);
      }
    }
  }

  private final Setup setup;
  private final ObjectMapper mapper = new ObjectMapper();

  BatchBench(Setup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
  }

  BatchBenchResult run() throws IOException, InterruptedException {
    double loadBefore = Machine.loadAverage();
    Path in = setup.work().resolve("in").toAbsolutePath().normalize();
    Path out = setup.work().resolve("out").toAbsolutePath().normalize();
    if (Files.exists(in) || Files.exists(out)) {
      throw new IllegalArgumentException("the work folder " + setup.work() + " already holds in/ or out/: give an"
          + " empty or new folder");
    }
    long t = System.nanoTime();
    Manifest manifest = new ArchiveBuilder(setup.samples(), setup.seed()).build(in, setup.files(), setup.broken());
    long buildNanos = System.nanoTime() - t;
    manifest.write(setup.work().resolve("manifest.tsv"));
    long killAfter = Math.max(1, Math.round(manifest.parsedCount() * setup.killAt()));

    ParseRun parse = new ParseRun(setup.launcher());
    ParseRun.Result first = parse.run(in, out, setup.threads(), false, setup.work().resolve("run-1.log"),
        () -> OutputFiles.count(out) >= killAfter, setup.timeoutMinutes());
    Map<String, OutputFiles.State> atKill = OutputFiles.snapshot(out);
    ParseRun.Result second = parse.run(in, out, setup.threads(), true, setup.work().resolve("run-2.log"),
        () -> false, setup.timeoutMinutes());
    Path reportFile = out.resolve(OutputFiles.REPORT);
    JsonNode report = Files.isRegularFile(reportFile) ? mapper.readTree(reportFile.toFile()) : mapper.createObjectNode();
    List<Check> checks = new ArchiveCheck(manifest, in, out, mapper).run(atKill, report, second.exitCode());
    if (!first.killed()) {
      checks = prepend(new Check("first run killed", false, first.timedOut()
          ? "it ran past its time limit of " + setup.timeoutMinutes() + " minutes"
          : "it ended (exit code " + first.exitCode() + ") before " + killAfter + " outputs: too fast to kill"),
          checks);
    }
    return new BatchBenchResult(manifest, buildNanos, killAfter, first, atKill.size(), second, report, checks,
        loadBefore, setup.launcher(), setup.threads(), setup.work());
  }

  private static List<Check> prepend(Check c, List<Check> rest) {
    List<Check> all = new java.util.ArrayList<>();
    all.add(c);
    all.addAll(rest);
    return all;
  }
}
