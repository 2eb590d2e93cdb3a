package org.kehoach.bench.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report of a batch benchmark. */
class BatchBenchTableTest {
  @Test
  void theReportShowsBothRunsEachBrokenKindWithItsCodesAndEveryCheck() {
    Path work = Path.of("work");
    Manifest m = new Manifest(List.of(new ArchiveFile("2024/a/x.pdf", ArchiveFile.PARSED, "x.pdf"),
        new ArchiveFile("2024/a/y.docx", ArchiveFile.PARSED, "y.docx"),
        new ArchiveFile("2025/b/bomb-0.docx", "TOO_LARGE", "DOCX_ZIP_BOMB")));
    ObjectNode report = new ObjectMapper().createObjectNode();
    report.putObject("files").put("total", 3).put("parsed", 1).put("skipped", 1).put("failed", 1);
    report.putObject("failedByCode").put("TOO_LARGE", 1);
    report.putArray("failures").addObject()
        .put("file", work.resolve("in/2025/b/bomb-0.docx").toAbsolutePath().toString())
        .put("code", "TOO_LARGE").put("message", "reading ran out of memory | too large");
    BatchBenchResult r = new BatchBenchResult(m, 2_000_000_000L, 1,
        new ParseRun.Result(5_000_000_000L, 137, true, false, 400 * 1024, 3.0), 1,
        new ParseRun.Result(6_000_000_000L, 1, false, false, 500 * 1024, 2.5), report,
        List.of(new Check("killed half-way", true, "1 of 2"), new Check("finished files not redone", false, "x")),
        1.5, List.of("java", "-jar", "k.jar"), 2, work);
    String t = BatchBenchTable.render(r);
    assertTrue(t.contains("Archive: 3 files in 2 folders"), t);
    assertTrue(t.contains("killed (SIGKILL) once 1 outputs existed | 5.0 | 137 | 1 of 2 outputs complete"), t);
    assertTrue(t.contains("| 2. the same with `--resume` | 6.0 | 1 | 1 parsed, 1 skipped, 1 failed of 3 | 500 |"), t);
    assertTrue(t.contains("| docx_zip_bomb → TOO_LARGE | TOO_LARGE 1 | reading ran out of memory \\| too large |"), t);
    assertTrue(t.contains("| finished files not redone | **FAIL** | x |"), t);
    assertTrue(t.contains("SOME CHECKS FAILED"), t);
  }
}
