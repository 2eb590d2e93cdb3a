package org.kehoach.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.kehoach.pipeline.OutputWriter;

/**
 * Writes a {@link BatchReport} as {@code report.json}, atomically. Times are in milliseconds; maps are sorted
 * by key so two reports diff cleanly.
 *
 * <p>A failure's {@code code} is a {@link org.kehoach.ingest.FailureReason} name ({@code CORRUPT},
 * {@code ENCRYPTED}, {@code EMPTY}, {@code UNSUPPORTED}, {@code TIMEOUT}, {@code OCR_UNAVAILABLE},
 * {@code TOO_LARGE}, {@code NOT_A_PLAN}, {@code IO_ERROR}) or {@link FileOutcome#INTERNAL} for an unexpected
 * exception, a defect of the tool rather than of the file, whose message names the exception and where it was
 * thrown ({@link InternalErrors}). Phases are those of {@link Phase}; {@code commit} runs once per batch.
 *
 * <pre>{@code
 * {"started": "2025-…Z", "wallMs": 1234, "threads": 2, "timeoutMs": 600000,
 *  "files": {"total": 40, "parsed": 31, "skipped": 1, "failed": 8},
 *  "failedByCode": {"CORRUPT": 2, …}, "warningsByCode": {"NO_SECTIONS": 1, …},
 *  "phases": {"read": {"ms": 812, "files": 39}, …, "commit": {"ms": 40, "files": 1}}, "abandonedThreads": 0,
 *  "failures": [{"file": "in/x.pdf", "code": "CORRUPT", "message": "…"},
 *    {"file": "in/y.docx", "code": "INTERNAL", "message": "unexpected java.lang.IllegalStateException: … at …"}]}
 * }</pre>
 */
public final class ReportJson {
  /** The report's file name inside the output folder. */
  public static final String FILE_NAME = "report.json";

  private final ObjectMapper mapper;

  public ReportJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectNode toJson(BatchReport r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("started", r.started().toString());
    root.put("wallMs", r.wall().toMillis());
    root.put("threads", r.threads());
    root.put("timeoutMs", r.timeout().toMillis());
    ObjectNode files = root.putObject("files");
    files.put("total", r.total());
    files.put("parsed", r.parsed());
    files.put("skipped", r.skipped());
    files.put("failed", r.failed());
    counts(root.putObject("failedByCode"), r.failedByCode());
    counts(root.putObject("warningsByCode"), r.warningsByCode());
    ObjectNode phases = root.putObject("phases");
    for (Phase p : Phase.values()) {
      BatchReport.PhaseTotal t = r.phases().get(p);
      if (t != null) {
        ObjectNode o = phases.putObject(p.jsonName());
        o.put("ms", t.time().toMillis());
        o.put("files", t.files());
      }
    }
    root.put("abandonedThreads", r.abandoned());
    ArrayNode failures = root.putArray("failures");
    for (BatchReport.Failure f : r.failures()) {
      ObjectNode o = failures.addObject();
      o.put("file", f.file());
      o.put("code", f.code());
      o.put("message", f.message());
    }
    return root;
  }

  /** Writes {@code <outDir>/report.json}; returns its path. */
  public Path write(BatchReport report, Path outDir) throws IOException {
    Path file = outDir.resolve(FILE_NAME);
    OutputWriter.writeAtomically(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(report)));
    return file;
  }

  private static void counts(ObjectNode node, Map<String, Long> counts) {
    new TreeMap<>(counts).forEach(node::put);
  }
}
