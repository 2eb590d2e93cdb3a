package org.kehoach.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.model.Plan;
import org.kehoach.pipeline.OutputWriter;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.PlanPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach parse PATH…}: files or folders (recursively) → {@code <out>/<file>.json} and
 * {@code <out>/<file>.txt}. One bad file gets its failure line and the batch goes on; the exit code says
 * whether any file failed.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Extracts each plan's structure, targets, tasks, agencies, deadlines and budgets as JSON.")
final class ParseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "plan files, or folders to read recursively")
  private List<Path> paths;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("output");

  @Option(names = "--no-ocr", description = "never run OCR; scanned pages fail with OCR_UNAVAILABLE")
  private boolean noOcr;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per file, OCR included (default: ${DEFAULT-VALUE})")
  private long timeoutSeconds = 600;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = inputs(paths, out);
    PipelineConfig defaults = PipelineConfig.defaults();
    PipelineConfig config = new PipelineConfig(
        defaults.limits().withTimeout(Duration.ofSeconds(timeoutSeconds)), !noOcr, defaults.gazetteerDir());
    OutputWriter writer = new OutputWriter(out, new ObjectMapper());
    int failed = 0;
    try (PlanPipeline pipeline = new PlanPipeline(config)) {
      for (Path file : inputs) {
        try {
          Plan plan = pipeline.parse(file);
          Path json = writer.write(plan);
          stdout.println(file + " -> " + json + " (" + plan.targets().size() + " targets, " + plan.sections().size() + " sections)");
        } catch (PlanProcessingException e) {
          err.println(FailureLine.of(file, e));
          failed++;
        } catch (IOException e) {
          err.println(file + ": IO_ERROR: cannot write the output: " + e.getMessage());
          failed++;
        }
        stdout.flush();
        err.flush();
      }
    }
    stdout.println(inputs.size() - failed + " parsed, " + failed + " failed; output in " + out);
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** Regular files under the given paths, sorted, skipping hidden files and the output folder itself. */
  static List<Path> inputs(List<Path> paths, Path outDir) throws IOException {
    List<Path> files = new ArrayList<>();
    Path outAbs = outDir.toAbsolutePath().normalize();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.toAbsolutePath().normalize().startsWith(outAbs))
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
