package org.kehoach.bench.batch;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach bench-batch}: builds an archive of good and broken files, parses it with the packaged jar in a
 * child process, kills that process half-way (SIGKILL), resumes with {@code --resume}, checks every outcome and
 * prints a Markdown report. Exit code 0 when every check passed, 1 otherwise.
 */
@Command(name = "bench-batch", mixinStandardHelpOptions = true,
    description = {"Builds an archive of good and broken files, parses it, kills the parse half-way, resumes it",
        "and checks that every file has its expected outcome and no finished file was parsed again."})
public final class BatchBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--samples", paramLabel = "DIR", description = "the sample corpus (default: ${DEFAULT-VALUE})")
  private Path samples = Path.of("corpus");

  @Option(names = "--files", paramLabel = "N", description = "files in the archive (default: ${DEFAULT-VALUE})")
  private int files = 1000;

  @Option(names = "--broken", paramLabel = "N",
      description = "how many of them are broken, the 10 kinds in turn (default: ${DEFAULT-VALUE})")
  private int broken = 50;

  @Option(names = "--seed", paramLabel = "N", description = "random seed of the archive (default: ${DEFAULT-VALUE})")
  private long seed = 42;

  @Option(names = "--jar", paramLabel = "JAR", description = "the packaged jar that parses (default: ${DEFAULT-VALUE})")
  private Path jar = Path.of("target", "kehoach.jar");

  @Option(names = "--threads", paramLabel = "N", description = "parse --threads (default: the cores)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--heap", paramLabel = "SIZE",
      description = "parse's -Xmx: memory is bounded by the threads, not the files (default: ${DEFAULT-VALUE})")
  private String heap = "512m";

  @Option(names = "--kill-at", paramLabel = "SHARE",
      description = "kill once this share of the good files has an output (default: ${DEFAULT-VALUE})")
  private double killAt = 0.5;

  @Option(names = "--timeout", paramLabel = "MINUTES", description = "limit of each parse run (default: ${DEFAULT-VALUE})")
  private long timeoutMinutes = 60;

  @Option(names = "--work", paramLabel = "DIR",
      description = "scratch folder, new or empty (default: a new temporary folder); the archive, the outputs and"
          + " the logs stay there")
  private Path work;

  /** Runs the benchmark on its own: {@code java -cp target/kehoach.jar org.kehoach.bench.batch.BatchBenchCommand}. */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new BatchBenchCommand())
        .setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8))
        .execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(jar)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--jar: no jar at " + jar + " (run mvn package)");
    }
    Path scratch = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kehoach-bench-batch");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    BatchBench.Setup setup;
    try {
      setup = new BatchBench.Setup(samples, files, broken, seed,
          List.of(java, "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString()), threads, killAt, scratch, timeoutMinutes);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    BatchBenchResult result = new BatchBench(setup).run();
    PrintWriter out = spec.commandLine().getOut();
    out.print(BatchBenchTable.render(result));
    out.flush();
    return result.passed() ? 0 : 1;
  }
}
