package org.kehoach.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void badFilesGetOneLineEachAndTheGoodOneIsStillPrinted(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    Path truncated = dir.resolve("truncated.pdf");
    byte[] pdf = Files.readAllBytes(Path.of(System.getProperty("kehoach.corpus", "corpus"), "2025_ly-son.pdf"));
    Files.write(truncated, Arrays.copyOf(pdf, 3000));
    Path good = dir.resolve("plan.txt");
    Files.writeString(good, "KẾ HOẠCH\nCông tác trẻ em năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.docx");

    Run r = run("text", "--no-ocr", empty.toString(), good.toString(), truncated.toString(), missing.toString());

    assertEquals(ExitCodes.SOME_FAILED, r.exit());
    assertTrue(r.out().contains("Công tác trẻ em năm 2025"), r.out());
    List<String> lines = r.err().lines().toList();
    assertEquals(3, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith(empty + ": EMPTY: "), lines.get(0));
    assertTrue(lines.get(1).startsWith(truncated + ": CORRUPT: "), lines.get(1));
    assertTrue(lines.get(2).startsWith(missing + ": IO_ERROR: "), lines.get(2));
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void pagesAreMarkedOnRequest() {
    Run r = run("text", "--no-ocr", "--pages", Path.of(System.getProperty("kehoach.corpus", "corpus"), "2025_ly-son.pdf").toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().startsWith("--- page 1 ---"), r.out().substring(0, 40));
    assertTrue(r.out().contains("--- page 6 ---"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("text", "--nope", "x").exit());
  }
}
