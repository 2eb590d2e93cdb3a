package org.kehoach.bench.throughput;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach bench-throughput}: documents per second and per core for each phase of the batch pipeline,
 * the whole pipeline against plain Tika on the same files, scans against Tesseract alone, the cold start of
 * the jar and peak memory; prints a Markdown table. A command, not a timed test: its numbers depend on the
 * machine and on what else runs on it (the load average is printed with them).
 */
@Command(name = "bench-throughput", mixinStandardHelpOptions = true,
    description = "Measures pipeline throughput per phase against plain Tika and Tesseract; prints a table.")
public final class ThroughputCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--samples", paramLabel = "DIR", description = "the sample corpus (default: ${DEFAULT-VALUE})")
  private Path samples = Path.of("corpus");

  @Option(names = "--formats", split = ",", paramLabel = "EXT",
      description = "sample suffixes copied into the corpus (default: .txt,.docx,.pdf)")
  private List<String> formats = List.of(".txt", ".docx", ".pdf");

  @Option(names = "--copies", paramLabel = "N", description = "copies of the samples (default: ${DEFAULT-VALUE})")
  private int copies = 10;

  @Option(names = "--threads", paramLabel = "N", description = "threads of every pass (default: the cores)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--rounds", paramLabel = "N",
      description = "alternating rounds of pipeline and Tika; the fastest of each counts (default: ${DEFAULT-VALUE})")
  private int rounds = 2;

  @Option(names = "--scans", split = ",", paramLabel = "FILE",
      description = "scanned PDFs for the OCR comparison, or 'none' (default: <samples>/2020_hong-ngu.scan.pdf)")
  private List<String> scans;

  @Option(names = "--jar", paramLabel = "JAR",
      description = "the packaged jar whose cold start is timed (default: ${DEFAULT-VALUE})")
  private Path jar = Path.of("target", "kehoach.jar");

  @Option(names = "--cold-runs", paramLabel = "N", description = "cold-start runs (default: ${DEFAULT-VALUE})")
  private int coldRuns = 3;

  @Option(names = "--work", paramLabel = "DIR",
      description = "scratch folder for the corpus copies and outputs (default: a new temporary folder)")
  private Path work;

  /**
   * Runs the benchmark on its own, before (or without) its registration as a subcommand: {@code java -cp
   * target/kehoach.jar org.kehoach.bench.throughput.ThroughputCommand [options]}.
   */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new ThroughputCommand())
        .setOut(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8))
        .setErr(new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8))
        .execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (copies < 1 || threads < 1 || rounds < 1 || coldRuns < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--copies, --threads and --rounds must be at least 1, --cold-runs at least 0");
    }
    Path scratch = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kehoach-bench");
    List<Path> scanFiles = scans == null ? List.of(samples.resolve("2020_hong-ngu.scan.pdf"))
        : scans.equals(List.of("none")) ? List.of() : scans.stream().map(Path::of).toList();
    ThroughputBench bench = new ThroughputBench(new ThroughputBench.Setup(
        samples, formats, copies, threads, rounds, scanFiles, jar, coldRuns, scratch));
    PrintWriter out = spec.commandLine().getOut();
    out.print(ThroughputTable.render(bench.run()));
    out.println("Scratch folder: " + scratch + " (" + Arrays.toString(formats.toArray()) + ", " + copies
        + " copies)");
    out.flush();
    return 0;
  }
}
