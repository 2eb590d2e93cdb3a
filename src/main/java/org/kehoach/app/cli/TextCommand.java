package org.kehoach.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.normalize.PagedText;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.TextExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kehoach text FILE…}: prints the normalised text of each file. A file that cannot be read gets one
 * line on stderr naming it and the reason; the others are still printed; the exit code says whether any
 * failed. Each text is built whole before it is printed, so a failure never leaves half a text behind.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
    description = "Prints the normalised text of each file (PDF, scanned PDF, DOCX, DOC, ODT, RTF, HTML, TXT).")
final class TextCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to read")
  private List<Path> files;

  @Option(names = "--pages", description = "mark page breaks with a line '--- page N ---'")
  private boolean pages;

  @Option(names = "--no-ocr", description = "never run OCR; scanned pages fail with OCR_UNAVAILABLE")
  private boolean noOcr;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per file, OCR included (default: ${DEFAULT-VALUE})")
  private long timeoutSeconds = 600;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PipelineConfig defaults = PipelineConfig.defaults();
    PipelineConfig config = new PipelineConfig(
        defaults.limits().withTimeout(Duration.ofSeconds(timeoutSeconds)), !noOcr, defaults.gazetteerDir());
    int failed = 0;
    try (TextExtraction extraction = new TextExtraction(config)) {
      for (Path file : files) {
        try {
          PagedText text = extraction.read(file).text().text();
          out.print(pages ? withPageMarks(text) : text.text());
          out.println();
          out.flush();
        } catch (PlanProcessingException e) {
          err.println(FailureLine.of(file, e));
          err.flush();
          failed++;
        }
      }
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static String withPageMarks(PagedText text) {
    if (!text.isPaged()) {
      return text.text();
    }
    StringBuilder sb = new StringBuilder();
    for (int p = 1; p <= text.pageCount(); p++) {
      sb.append("--- page ").append(p).append(" ---\n");
      sb.append(text.text(), text.pageStart(p), text.pageEnd(p));
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
