package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media types come from the content; 8-bit Vietnamese text is text, random bytes are not. */
class DetectionTest {
  private static final String PLAN =
      "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nKẾ HOẠCH\nTổ chức các hoạt động Tháng hành động vì trẻ em năm 2024\n";

  private static ContentDetector detector;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    detector = new ContentDetector();
  }

  @Test
  void utf8TextIsPlainText() throws Exception {
    Path file = Files.writeString(dir.resolve("a.pdf"), PLAN, StandardCharsets.UTF_8);
    assertEquals("text/plain", detector.detect(file));
  }

  @Test
  void legacyCorpusFilesArePlainText() throws Exception {
    assertEquals("text/plain", detector.detect(TestDocs.corpus("2020_hong-ngu.tcvn3.txt")));
    assertEquals("text/plain", detector.detect(TestDocs.corpus("2020_hong-ngu.vni.txt")));
  }

  @Test
  void windows1258IsPlainText() throws Exception {
    Path file = Files.write(dir.resolve("a"), PLAN.getBytes(Charset.forName("windows-1258")));
    assertEquals("text/plain", detector.detect(file));
  }

  @Test
  void theNameIsNeverUsed() throws Exception {
    byte[] pdf = Files.readAllBytes(TestDocs.corpus("2025_ly-son.pdf"));
    for (String name : new String[] {"x.docx", "x.txt", "x.html", "noextension"}) {
      assertEquals("application/pdf", detector.detect(Files.write(dir.resolve(name), pdf)), name);
    }
    byte[] docx = Files.readAllBytes(TestDocs.corpus("2025_ly-son.docx"));
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        detector.detect(Files.write(dir.resolve("y.pdf"), docx)));
    byte[] doc = Files.readAllBytes(TestDocs.corpus("2025_ly-son.doc"));
    assertEquals("application/msword", detector.detect(Files.write(dir.resolve("y.txt"), doc)));
  }

  @Test
  void snifferAcceptsSingleByteTextAndRejectsBinary() {
    assertTrue(PlainTextSniffer.looksLikeText(PLAN.getBytes(Charset.forName("windows-1258"))));
    assertTrue(PlainTextSniffer.looksLikeText(PLAN.getBytes(StandardCharsets.UTF_8)));
    byte[] random = new byte[4096];
    new Random(1).nextBytes(random);
    assertFalse(PlainTextSniffer.looksLikeText(random));
    assertFalse(PlainTextSniffer.looksLikeText(PLAN.getBytes(StandardCharsets.UTF_16LE)), "NUL bytes");
    assertFalse(PlainTextSniffer.looksLikeText(new byte[0]));
  }

  @Test
  void snifferRejectsMostlyHighBytesAndControlRuns() {
    byte[] high = new byte[1000];
    java.util.Arrays.fill(high, (byte) 0xE0);
    assertFalse(PlainTextSniffer.looksLikeText(high), "no ASCII at all is not text");
    byte[] controls = PLAN.repeat(3).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < controls.length; i += 20) {
      controls[i] = 0x03;
    }
    assertFalse(PlainTextSniffer.looksLikeText(controls), "5 % control bytes is binary");
  }
}
