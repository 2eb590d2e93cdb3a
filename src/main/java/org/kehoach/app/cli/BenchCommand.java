package org.kehoach.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kehoach.bench.BenchReport;
import org.kehoach.bench.BenchResult;
import org.kehoach.bench.SearchBenchmark;
import org.kehoach.bench.SyntheticPlans;
import org.kehoach.bench.SyntheticWorld;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.GazetteerLexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach bench}: indexes synthetic plans at each size and prints and writes the indexing rate, search
 * latency and compare latency (Markdown and JSON). The measuring lives in {@code org.kehoach.bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks the search index on synthetic plans: indexing rate, search latency p50/p99 over a",
        "fixed set of queries with and without filters, and compare latency. Writes Markdown and JSON results."})
final class BenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "plan counts to index (default: 10000,100000)")
  private List<Integer> sizes = List.of(10_000, 100_000);

  @Option(names = "--seed", description = "seed of the synthetic plans and query filters (default: ${DEFAULT-VALUE})")
  private long seed = 42;

  @Option(names = "--work", paramLabel = "DIR", description = "where the indexes are built (default: ${DEFAULT-VALUE})")
  private Path work = Path.of("output", "bench");

  @Option(names = "--threads", description = "indexing threads (default: ${DEFAULT-VALUE})")
  private int threads = 2;

  @Option(names = "--rounds", description = "timed runs of each query (default: ${DEFAULT-VALUE})")
  private int rounds = 20;

  @Option(names = "--compares", description = "timed comparisons (default: ${DEFAULT-VALUE})")
  private int compares = 200;

  @Option(names = "--keep", description = "keep the indexes on disk")
  private boolean keep;

  @Option(names = "--output", paramLabel = "FILE", description = "Markdown results (default: ${DEFAULT-VALUE})")
  private Path output = Path.of("docs", "benchmarks", "search.md");

  @Option(names = "--json", paramLabel = "FILE", description = "JSON results (default: ${DEFAULT-VALUE})")
  private Path json = Path.of("docs", "benchmarks", "search.json");

  @Override
  public Integer call() throws IOException, InterruptedException {
    for (int n : sizes) {
      if (n < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--sizes: each size must be >= 1, found " + n);
      }
    }
    SearchBenchmark.Config config;
    try {
      config = new SearchBenchmark.Config(seed, work, rounds, compares, threads, keep);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    Gazetteers gazetteers = Gazetteers.loadDefault();
    SearchBenchmark bench = new SearchBenchmark(new SyntheticPlans(SyntheticWorld.from(gazetteers), seed),
        GazetteerLexicon.of(gazetteers), config);
    List<BenchResult> results = new ArrayList<>();
    for (int n : sizes) {
      results.add(bench.run(n, line -> {
        out.println(line);
        out.flush();
      }));
    }
    Runtime rt = Runtime.getRuntime();
    String environment = String.format(Locale.ROOT, "Machine: %d cores, Java %s (%s), max heap %d MB, %s %s.",
        rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
        rt.maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"));
    String command = "java -jar target/kehoach.jar bench --sizes "
        + String.join(",", sizes.stream().map(String::valueOf).toList()) + " --seed " + seed + " --threads "
        + threads + " --rounds " + rounds + " --compares " + compares;
    ObjectMapper mapper = new ObjectMapper();
    BenchReport report = new BenchReport(mapper);
    String md = report.markdown(results, environment, command);
    write(output, md);
    write(json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report.json(results, environment, command))
        + "\n");
    out.println();
    out.print(md);
    out.println("written to " + output + " and " + json);
    out.flush();
    return ExitCodes.OK;
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
