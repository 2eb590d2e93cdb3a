package org.kehoach.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.kehoach.app.web.WebConfig;
import org.kehoach.app.web.WebServer;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.GazetteerLexicon;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.PlanPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach serve}: the web app on {@code http://127.0.0.1:8080} over the same output folder and index
 * as the other commands. Runs until stopped (Ctrl-C). When the environment variable {@code KEHOACH_TOKEN} is
 * set, uploads need {@code Authorization: Bearer <token>}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Starts the web app: upload plans, read what was extracted beside its source, search and compare.",
        "Set KEHOACH_TOKEN to require 'Authorization: Bearer <token>' on uploads."})
public final class ServeCommand implements Callable<Integer> {
  /** The environment variable holding the upload token. */
  public static final String TOKEN_ENV = "KEHOACH_TOKEN";

  @Spec private CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE})")
  private String host = WebConfig.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT", description = "port (default: ${DEFAULT-VALUE})")
  private int port = WebConfig.DEFAULT_PORT;

  @Option(names = "--out", paramLabel = "DIR", description = "output folder shared with parse (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("output");

  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: ${DEFAULT-VALUE})")
  private Path index = Path.of("output", "index");

  @Option(names = "--max-upload-mb", paramLabel = "MB", description = "largest file accepted (default: ${DEFAULT-VALUE})")
  private long maxUploadMb = WebConfig.DEFAULT_MAX_UPLOAD_BYTES / (1024 * 1024);

  @Option(names = "--max-files", paramLabel = "N", description = "most files per upload request (default: ${DEFAULT-VALUE})")
  private int maxFiles = 20;

  @Option(names = "--workers", paramLabel = "N", description = "files parsed at once (default: ${DEFAULT-VALUE})")
  private int workers = 2;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "time limit per file, OCR included (default: ${DEFAULT-VALUE})")
  private long timeoutSeconds = 600;

  @Option(names = "--request-timeout", paramLabel = "SECONDS",
      description = "how long an upload request waits for its result before answering 202 with a job to poll "
          + "(default: ${DEFAULT-VALUE})")
  private long requestTimeoutSeconds = 120;

  @Option(names = "--no-ocr", description = "never run OCR; scanned pages fail with OCR_UNAVAILABLE")
  private boolean noOcr;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (maxUploadMb <= 0 || maxFiles <= 0 || workers <= 0 || timeoutSeconds <= 0 || requestTimeoutSeconds <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--max-upload-mb, --max-files, --workers, --timeout and --request-timeout must be positive");
    }
    WebConfig defaults = WebConfig.defaults(out, index);
    WebConfig config = new WebConfig(host, port, out, index, maxUploadMb * 1024 * 1024, maxFiles,
        System.getenv(TOKEN_ENV), Duration.ofSeconds(requestTimeoutSeconds), defaults.idleTimeout(), workers,
        defaults.queueLimit());
    PipelineConfig pd = PipelineConfig.defaults();
    PipelineConfig pipelineConfig = new PipelineConfig(
        pd.limits().withTimeout(Duration.ofSeconds(timeoutSeconds)), !noOcr, pd.gazetteerDir());
    PrintWriter stdout = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    PlanPipeline pipeline = new PlanPipeline(pipelineConfig);
    WebServer server;
    try {
      server = new WebServer(config, pipeline, GazetteerLexicon.of(Gazetteers.loadDefault())).start();
    } catch (IOException | RuntimeException e) {
      pipeline.close();
      throw e;
    }
    // Ctrl-C runs the hooks and then halts: the hook itself must stop the server and wait for it
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } finally {
        pipeline.close();
        stopped.countDown();
      }
    }, "kehoach-serve-stop"));
    stdout.println("kehoach serve: listening on " + server.url() + " (output " + out + ", index " + index
        + (config.token() == null ? "; no token: anyone who can reach this address may upload"
            : "; uploads need the token in " + TOKEN_ENV) + "). Ctrl-C stops.");
    stdout.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
