package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.ocr.TesseractOcr;
import org.kehoach.model.SourceFormat;

/**
 * One real scan page through Tesseract, end to end. Skipped where Tesseract with Vietnamese data is not
 * installed; the OCR accuracy of the whole corpus is measured elsewhere.
 */
class ScanOcrTest {
  /** Anything that is not a letter or digit separates words. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  @TempDir Path dir;

  @Test
  void aScannedPageIsRecognisedAsVietnamese() throws Exception {
    TesseractOcr tesseract = new TesseractOcr();
    Assumptions.assumeTrue(tesseract.available(),
        () -> "skipped: Tesseract OCR is not usable here: " + tesseract.unavailableReason());
    Path page = TestDocs.firstScanPage("2025_ly-son.scan.pdf", dir.resolve("page1.pdf"));
    try (Ingestor ingestor = new Ingestor(Limits.defaults(), tesseract)) {
      long start = System.nanoTime();
      RawDocument doc = ingestor.read(page);
      System.err.printf(java.util.Locale.ROOT, "OCR of one page at %d dpi: %d ms%n", Limits.defaults().ocrDpi(),
          (System.nanoTime() - start) / 1_000_000);
      assertEquals(SourceFormat.PDF, doc.format());
      assertEquals(1, doc.pages().size());
      RawPage only = doc.pages().get(0);
      assertTrue(only.ocr());
      String text = Normalizer.normalize(only.text(), Normalizer.Form.NFC);
      assertTrue(text.contains("trẻ em"), text);
      // most recognised words are words of the real text: the page was read as Vietnamese, not as noise
      Set<String> reference = words(Files.readString(TestDocs.corpus("2025_ly-son.txt"), StandardCharsets.UTF_8));
      List<String> recognised = Arrays.stream(NON_WORD.split(text)).filter(w -> !w.isEmpty()).toList();
      long known = recognised.stream().filter(reference::contains).count();
      assertTrue(recognised.size() > 100, "a full page of words, got " + recognised.size());
      assertTrue(known >= 0.9 * recognised.size(), known + " of " + recognised.size() + " words known: " + text);
    }
  }

  private static Set<String> words(String text) {
    return Arrays.stream(NON_WORD.split(Normalizer.normalize(text, Normalizer.Form.NFC)))
        .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }
}
