package org.kehoach.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractOcrTest {
  @TempDir Path dir;

  @Test
  void aMissingBinaryIsUnavailableAndSaysHowToInstallIt() {
    TesseractOcr ocr = new TesseractOcr(dir.resolve("no-such-tesseract").toString(), "vie");
    assertFalse(ocr.available());
    assertTrue(ocr.unavailableReason().contains("apt-get install tesseract-ocr tesseract-ocr-vie"),
        ocr.unavailableReason());
    OcrException e = assertThrows(OcrException.class,
        () -> ocr.recognise(page("x"), 300, Duration.ofSeconds(5)));
    assertFalse(e.timedOut());
  }

  @Test
  void aBinaryWithoutTheLanguageIsUnavailableAndNamesWhatItHas() throws IOException {
    Path fake = script("fake-tesseract", "printf 'List of available languages in \"/x\" (2):\\neng\\nosd\\n'");
    TesseractOcr ocr = new TesseractOcr(fake.toString(), "vie");
    assertFalse(ocr.available());
    assertTrue(ocr.unavailableReason().contains("no 'vie' language data (it lists: eng, osd)"),
        ocr.unavailableReason());
  }

  @Test
  void aPageThatTakesTooLongIsKilledAndReportedAsTimedOut() throws Exception {
    Path fake = script("slow-tesseract", listsVie() + "sleep 30");
    TesseractOcr ocr = new TesseractOcr(fake.toString(), "vie");
    assertTrue(ocr.available(), ocr.unavailableReason());
    long start = System.nanoTime();
    OcrException e = assertThrows(OcrException.class,
        () -> ocr.recognise(page("x"), 300, Duration.ofMillis(500)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(e.timedOut(), e.getMessage());
    assertTrue(ms < 10_000, "returned after " + ms + " ms, the process was not killed");
  }

  @Test
  void aFailingProcessIsReportedWithItsExitCodeAndError() throws Exception {
    Path fake = script("broken-tesseract", listsVie() + "echo 'Error: cannot read input image' >&2; exit 3");
    TesseractOcr ocr = new TesseractOcr(fake.toString(), "vie");
    OcrException e = assertThrows(OcrException.class,
        () -> ocr.recognise(page("x"), 300, Duration.ofSeconds(10)));
    assertFalse(e.timedOut());
    assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot read input image"), e.getMessage());
  }

  @Test
  void theOutputFileIsReadAsUtf8WithoutThePageSeparator() throws Exception {
    // a stand-in that writes what tesseract would: <outbase>.txt in UTF-8, ending with a form feed
    Path fake = script("echo-tesseract", listsVie() + "printf 'Kế hoạch số 12/KH-UBND\\n\\f' > \"$2.txt\"");
    TesseractOcr ocr = new TesseractOcr(fake.toString(), "vie");
    assertEquals("Kế hoạch số 12/KH-UBND\n", ocr.recognise(page("x"), 300, Duration.ofSeconds(10)));
  }

  @Test
  void realTesseractReadsARenderedVietnameseLine() throws Exception {
    TesseractOcr ocr = new TesseractOcr();
    Assumptions.assumeTrue(ocr.available(),
        () -> "skipped: Tesseract OCR is not usable here: " + ocr.unavailableReason());
    Assumptions.assumeTrue(canRender("Kế hoạch"), "skipped: no font here draws Vietnamese letters");
    String text = ocr.recognise(page("Kế hoạch bảo vệ trẻ em"), 300, Duration.ofSeconds(60));
    assertTrue(text.contains("trẻ em"), text);
  }

  private static String listsVie() {
    return "if [ \"$1\" = --list-langs ]; then printf 'List of available languages (1):\\nvie\\n'; exit 0; fi\n";
  }

  private Path script(String name, String body) throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "skipped: needs a POSIX shell");
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  /** A line of black text on white, 300 dpi sized. */
  private static BufferedImage page(String text) {
    BufferedImage img = new BufferedImage(1600, 200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 64));
    g.drawString(text, 40, 120);
    g.dispose();
    return img;
  }

  private static boolean canRender(String text) {
    return new Font(Font.SERIF, Font.PLAIN, 64).canDisplayUpTo(text) == -1;
  }
}
