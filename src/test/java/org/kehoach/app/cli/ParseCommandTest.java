package org.kehoach.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kehoach parse}: exit codes, one line per failed file, the summary, resume. */
class ParseCommandTest {
  @TempDir Path tmp;

  @Test
  void failuresAreNamedOnePerLineAndTheExitCodeSaysSomeFailed() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of(System.getProperty("kehoach.corpus", "corpus")).resolve("2025_ly-son.txt"),
        in.resolve("ly-son.txt"));
    Files.write(in.resolve("zero.pdf"), new byte[0]);
    Files.writeString(in.resolve("notes.txt"), "Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");

    Run first = run("parse", in.toString(), "--out", out.toString(), "--no-ocr", "--threads", "2", "--progress",
        "none");
    assertEquals(ExitCodes.SOME_FAILED, first.code, first.err);
    assertTrue(first.err.contains(in.resolve("zero.pdf") + ": EMPTY: "), first.err);
    assertTrue(first.err.contains(in.resolve("notes.txt") + ": NOT_A_PLAN: "), first.err);
    assertEquals(2, first.err.lines().count(), "one line per failure and nothing else: " + first.err);
    assertTrue(first.out.startsWith("3 files: 1 parsed, 2 failed (EMPTY 1, NOT_A_PLAN 1)"), first.out);
    assertTrue(Files.isRegularFile(out.resolve("ly-son.txt.json")));
    assertTrue(Files.isRegularFile(out.resolve("report.json")));

    Run again = run("parse", in.toString(), "--out", out.toString(), "--no-ocr", "--resume", "--progress",
        "lines");
    assertEquals(ExitCodes.SOME_FAILED, again.code);
    assertTrue(again.out.startsWith("3 files: 0 parsed, 1 skipped (complete output), 2 failed"), again.out);
    assertTrue(again.err.startsWith("parsing 3 files"), again.err);
    assertTrue(again.err.contains("3/3 100%"), again.err);

    Files.delete(in.resolve("zero.pdf"));
    Files.delete(in.resolve("notes.txt"));
    Run clean = run("parse", in.toString(), "--out", out.toString(), "--no-ocr", "--progress", "none");
    assertEquals(ExitCodes.OK, clean.code, clean.err);
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("parse", "x", "--threads", "0").code);
    assertEquals(ExitCodes.USAGE, run("parse", "x", "--timeout", "0").code);
    Run bad = run("parse", tmp.toString(), "--out", tmp.resolve("o").toString(), "--progress", "fancy");
    assertEquals(ExitCodes.USAGE, bad.code);
    assertTrue(bad.err.contains("--progress must be auto, bar, lines or none, got 'fancy'"), bad.err);
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
