package org.kehoach.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.batch.BatchListener;
import org.kehoach.pipeline.batch.BatchOptions;
import org.kehoach.pipeline.batch.BatchReport;
import org.kehoach.pipeline.batch.BatchRunner;
import org.kehoach.pipeline.batch.FileOutcome;
import org.kehoach.pipeline.batch.IndexSink;
import org.kehoach.pipeline.batch.PlanSink;
import org.kehoach.pipeline.batch.ProgressPrinter;
import org.kehoach.pipeline.batch.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach parse PATH…}: files or folders (recursively) → {@code <out>/<file>.json} and
 * {@code <out>/<file>.txt} (mirroring the input folders), then {@code <out>/report.json}. Each failed file
 * gets one line on stderr ("FILE: REASON: message"), progress goes to stderr, the summary to stdout; the exit
 * code says whether any file failed. The batch itself is {@link BatchRunner}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {
      "Extracts each plan's structure, targets, tasks, agencies, deadlines and budgets as JSON.",
      "Folders are read recursively; <out>/report.json lists every failure with its reason."
    })
final class ParseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "plan files, or folders to read recursively")
  private List<Path> paths;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("output");

  @Option(names = "--no-ocr", description = "never run OCR; scanned pages fail with OCR_UNAVAILABLE")
  private boolean noOcr;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time limit per file, reading, OCR and extraction included (default: ${DEFAULT-VALUE})")
  private long timeoutSeconds = 600;

  @Option(names = "--threads", paramLabel = "N",
      description = "files parsed at the same time (default: the number of cores, ${DEFAULT-VALUE})")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--resume",
      description = "skip inputs whose output in --out is complete: the JSON parses and its source.sha256 is the"
          + " file's")
  private boolean resume;

  @Option(names = "--progress", paramLabel = "MODE",
      description = "auto (a bar on a terminal, else a line every 10 s), bar, lines or none (default: ${DEFAULT-VALUE})")
  private String progress = "auto";

  @Option(names = "--verbose", description = "also print one line per parsed file on stdout")
  private boolean verbose;

  @Option(names = "--index", paramLabel = "DIR", description = "Lucene index the plans are added to (default: <out>/index)")
  private Path index;

  @Option(names = "--no-index", description = "write the JSON and text only; do not update the index")
  private boolean noIndex;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (timeoutSeconds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--timeout must be at least 1 second, got " + timeoutSeconds);
    }
    PipelineConfig defaults = PipelineConfig.defaults();
    PipelineConfig config = new PipelineConfig(
        defaults.limits().withTimeout(Duration.ofSeconds(timeoutSeconds)), !noOcr, defaults.gazetteerDir());
    BatchReport report;
    try (ProgressPrinter printer = new ProgressPrinter(err, mode(), Duration.ofSeconds(10));
        BatchRunner runner = new BatchRunner(config, new BatchOptions(out, threads, resume), sink())) {
      BatchListener listener = verbose ? new Verbose(printer, stdout) : printer;
      report = runner.run(paths, listener);
    }
    stdout.print(summary(report, out));
    stdout.flush();
    return report.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private PlanSink sink() throws IOException {
    return noIndex ? PlanSink.NONE : IndexSink.open(index != null ? index : out.resolve("index"));
  }

  private ProgressPrinter.Mode mode() {
    return switch (progress) {
      case "auto" -> ProgressPrinter.detect();
      case "bar" -> ProgressPrinter.Mode.BAR;
      case "lines" -> ProgressPrinter.Mode.LINES;
      case "none" -> ProgressPrinter.Mode.NONE;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--progress must be auto, bar, lines or none, got '" + progress + "'");
    };
  }

  /**
   * "40 files: 31 parsed, 1 skipped, 8 failed (CORRUPT 2, EMPTY 1 …) in 12s; warnings: NO_SECTIONS 3; output in
   * out, report in out/report.json".
   */
  static String summary(BatchReport r, Path out) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.total()).append(" files: ").append(r.parsed()).append(" parsed, ");
    if (r.skipped() > 0) {
      sb.append(r.skipped()).append(" skipped (complete output), ");
    }
    sb.append(r.failed()).append(" failed");
    if (!r.failedByCode().isEmpty()) {
      sb.append(" (").append(counts(r.failedByCode())).append(')');
    }
    sb.append(" in ").append(r.wall().toMillis() / 1000.0).append(" s\n");
    if (!r.warningsByCode().isEmpty()) {
      sb.append("warnings: ").append(counts(r.warningsByCode())).append('\n');
    }
    if (r.abandoned() > 0) {
      sb.append(r.abandoned()).append(" timed-out extraction(s) still running in the background\n");
    }
    sb.append("output in ").append(out).append(", report in ").append(out.resolve(ReportJson.FILE_NAME)).append('\n');
    return sb.toString();
  }

  private static String counts(Map<String, Long> byCode) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(byCode).forEach((code, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(code).append(' ').append(n));
    return sb.toString();
  }

  /** Adds a stdout line per parsed file to the progress printer. */
  private record Verbose(ProgressPrinter printer, PrintWriter stdout) implements BatchListener {
    @Override
    public void started(long total) {
      printer.started(total);
    }

    @Override
    public void fileDone(FileOutcome outcome, long done, long failed) {
      if (outcome.status() == FileOutcome.Status.PARSED) {
        synchronized (stdout) {
          stdout.println(outcome.file() + " -> " + outcome.json());
          stdout.flush();
        }
      }
      printer.fileDone(outcome, done, failed);
    }

    @Override
    public void finished(BatchReport report) {
      printer.finished(report);
    }
  }
}
