package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.structure.Segmenter;

/** The input walk, the completeness test of outputs, the plan-shape gate and the progress line. */
class SmallPartsTest {
  @TempDir Path tmp;

  @Test
  void inputsAreWalkedInOrderMirroredIntoTheOutputAndTheOutputFolderIsLeftOut() throws Exception {
    Path in = tmp.resolve("in");
    write(in.resolve("b.txt"));
    write(in.resolve("a.txt"));
    write(in.resolve("sub/a.txt"));
    write(in.resolve(".hidden.txt"));
    write(in.resolve("README.md"));
    Path out = in.resolve("out");
    write(out.resolve("old.txt.json"));
    InputFiles files = new InputFiles(List.of(in), out);
    List<String> seen = new ArrayList<>();
    files.walk(i -> seen.add(in.relativize(i.file()) + " -> " + i.outDir()));
    assertEquals(List.of("a.txt -> " + out, "b.txt -> " + out, "sub/a.txt -> " + out.resolve("sub")), seen);
    assertEquals(3, files.count());
  }

  @Test
  void severalFoldersEachGetASubfolderAndNamedFilesGoToTheOutputFolder() throws Exception {
    Path x = tmp.resolve("x");
    Path y = tmp.resolve("y");
    write(x.resolve("kh.txt"));
    write(y.resolve("kh.txt"));
    Path single = write(tmp.resolve("lone.txt"));
    Path out = tmp.resolve("out");
    List<Path> dirs = new ArrayList<>();
    new InputFiles(List.of(x, y, single), out).walk(i -> dirs.add(i.outDir()));
    assertEquals(List.of(out.resolve("x"), out.resolve("y"), out), dirs);
  }

  @Test
  void anOutputIsCompleteOnlyWhenItParsesAndNamesTheSameBytes() throws Exception {
    CompleteOutputs complete = new CompleteOutputs();
    Path json = tmp.resolve("kh.pdf.json");
    String sha = "ab".repeat(32);
    String whole = "{\"schemaVersion\":\"1\",\"source\":{\"file\":\"kh.pdf\",\"pages\":{\"x\":[1]},\"sha256\":\""
        + sha + "\"},\"sections\":[{\"a\":1}]}";
    Files.writeString(json, whole, StandardCharsets.UTF_8);
    assertFalse(complete.isComplete(json, sha), "no text file beside it");
    Files.writeString(tmp.resolve("kh.pdf.txt"), "KẾ HOẠCH", StandardCharsets.UTF_8);
    assertTrue(complete.isComplete(json, sha));
    assertFalse(complete.isComplete(json, "cd".repeat(32)), "other bytes");
    Files.writeString(json, whole.substring(0, whole.length() - 2), StandardCharsets.UTF_8);
    assertFalse(complete.isComplete(json, sha), "truncated");
    Files.writeString(json, whole + "{}", StandardCharsets.UTF_8);
    assertFalse(complete.isComplete(json, sha), "trailing content");
    Files.writeString(json, "[" + whole + "]", StandardCharsets.UTF_8);
    assertFalse(complete.isComplete(json, sha), "not an object");
    assertFalse(complete.isComplete(tmp.resolve("none.json"), sha));
  }

  @Test
  void theGateRejectsProseAndKeepsPlansWithATitleOrSections() {
    Segmenter segmenter = new Segmenter();
    PlanGate gate = new PlanGate();
    assertTrue(gate.rejection(segmenter.segment(Texts.NEWS), Texts.NEWS.length()).isPresent());
    assertTrue(gate.rejection(segmenter.segment(Texts.PLAN_WITHOUT_SECTIONS), 1).isEmpty());
    String untitled = """
        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao nhận thức của cộng đồng về bảo vệ trẻ em.
        II. NỘI DUNG
        1. Tổ chức truyền thông tại các thôn.
        III. TỔ CHỨC THỰC HIỆN
        Giao Phòng Văn hóa chủ trì thực hiện.
        """;
    assertTrue(gate.rejection(segmenter.segment(untitled), untitled.length()).isEmpty(),
        "sections alone make a plan whose title was lost");
    String letter = """
        Kính gửi: Ủy ban nhân dân các xã

        Ủy ban nhân dân huyện đề nghị các xã báo cáo kết quả thực hiện công tác trẻ em trước ngày 15/12/2024.
        """;
    String why = gate.rejection(segmenter.segment(letter), letter.length()).orElseThrow();
    assertTrue(why.contains("KẾ HOẠCH") && why.contains(letter.length() + " characters"), why);
  }

  @Test
  void progressLinesShowCountRateEtaAndFailures() {
    long tenSeconds = 10_000_000_000L;
    assertEquals("25/100 25% | 2.5 files/s | ETA 30s | 2 failed", ProgressLine.plain(25, 100, 2, tenSeconds));
    assertEquals("100/100 100% | 10.0 files/s | 10s", ProgressLine.plain(100, 100, 0, tenSeconds));
    assertEquals("0/5 0% | 0.0 files/s | ETA ?", ProgressLine.plain(0, 5, 0, 0));
    assertTrue(ProgressLine.bar(50, 100, 0, tenSeconds).startsWith("[############------------] 50/100"));
    assertEquals("17m12s", ProgressLine.duration(17 * 60 + 12));
    assertEquals("3h05m", ProgressLine.duration(3 * 3600 + 5 * 60 + 59));
  }

  private static Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "Kế hoạch", StandardCharsets.UTF_8);
  }
}
