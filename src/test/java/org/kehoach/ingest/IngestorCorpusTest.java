package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehoach.ingest.ocr.NoOcr;
import org.kehoach.model.SourceFormat;
import org.kehoach.text.legacy.DecodedText;
import org.kehoach.text.legacy.LegacyDecoder;

/** Every format of the sample corpus through the facade, OCR off. */
class IngestorCorpusTest {
  /** Anything that is not a letter or digit separates words: "KH-UBND," → "KH", "UBND". */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Share of the reference text's distinct words that a reader must return. */
  private static final double MIN_WORD_COVERAGE = 0.99;

  private static Ingestor ingestor;

  @BeforeAll
  static void build() {
    ingestor = new Ingestor(Limits.defaults(), new NoOcr());
  }

  @AfterAll
  static void close() {
    ingestor.close();
  }

  @ParameterizedTest
  @CsvSource({
    "2020_hong-ngu, 5", "2023_cam-pha, 13", "2014_ha-nam, 6", "2025_bu-gia-map-school, 6", "2025_ly-son, 6"
  })
  void pdfIsReadPageByPageWithEveryPageHoldingText(String slug, int pages) throws Exception {
    RawDocument doc = ingestor.read(TestDocs.corpus(slug + ".pdf"));
    assertEquals(SourceFormat.PDF, doc.format());
    assertEquals("application/pdf", doc.mediaType());
    assertTrue(doc.paged());
    assertEquals(pages, doc.pages().size());
    for (int i = 0; i < pages; i++) {
      RawPage page = doc.pages().get(i);
      assertEquals(i + 1, page.number());
      assertFalse(page.ocr(), "page " + page.number() + " has a text layer, no OCR expected");
      assertTrue(UsableText.isUsablePage(page.text()), "page " + page.number() + ": " + page.text());
    }
    assertTrue(joined(doc).contains("KẾ HOẠCH"));
    assertCovers(slug, joined(doc));
    assertEquals(java.util.List.of(), doc.warnings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020_hong-ngu", "2023_cam-pha", "2014_ha-nam", "2025_bu-gia-map-school", "2025_ly-son"})
  void docxAndDocAreReadAsOnePseudoPage(String slug) throws Exception {
    for (String ext : new String[] {"docx", "doc"}) {
      RawDocument doc = ingestor.read(TestDocs.corpus(slug + "." + ext));
      assertEquals(ext.equals("docx") ? SourceFormat.DOCX : SourceFormat.DOC, doc.format(), ext);
      assertFalse(doc.paged());
      assertEquals(1, doc.pages().size());
      assertFalse(doc.ocr());
      assertTrue(joined(doc).contains("KẾ HOẠCH"), ext);
      assertCovers(slug + "." + ext, joined(doc));
    }
  }

  @Test
  void docxKeepsFootnoteTextWithItsMarker() throws Exception {
    String text = joined(ingestor.read(TestDocs.corpus("2020_hong-ngu.docx")));
    assertTrue(text.contains("[footnoteRef:"), "Tika's inline marker is left for normalisation");
    assertTrue(text.contains("qua Phòng Lao động - Thương binh xã hội"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020_hong-ngu", "2025_ly-son"})
  void utf8TextIsReadWhole(String slug) throws Exception {
    Path file = TestDocs.corpus(slug + ".txt");
    RawDocument doc = ingestor.read(file);
    assertEquals(SourceFormat.TXT, doc.format());
    assertEquals("text/plain", doc.mediaType());
    assertFalse(doc.paged());
    assertNull(doc.encoding());
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(nfc(expected), nfc(joined(doc)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020_hong-ngu.tcvn3.txt", "2020_hong-ngu.vni.txt"})
  void legacyEncodedTextIsDetectedAsTextAndDecodedByTheLegacyDecoder(String name) throws Exception {
    Path file = TestDocs.corpus(name);
    RawDocument doc = ingestor.read(file);
    assertEquals(SourceFormat.TXT, doc.format(), "Tika alone calls this application/octet-stream");
    assertEquals("text/plain", doc.mediaType());
    DecodedText decoded = LegacyDecoder.decodeBytes(Files.readAllBytes(file));
    assertEquals(decoded.legacy(), doc.encoding());
    assertEquals(decoded.text(), joined(doc));
  }

  @Test
  void scanWithoutOcrFailsWithTheInstallHint() {
    PlanProcessingException e = assertThrows(PlanProcessingException.class,
        () -> ingestor.read(TestDocs.corpus("2025_ly-son.scan.pdf")));
    assertEquals(FailureReason.OCR_UNAVAILABLE, e.reason());
    assertTrue(e.getMessage().contains("all 6 pages have no text layer"), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-vie"), e.getMessage());
  }

  @Test
  void aPdfNamedDocxIsReadAsPdf(@TempDir Path dir) throws Exception {
    Path lying = Files.copy(TestDocs.corpus("2020_hong-ngu.pdf"), dir.resolve("plan.docx"));
    RawDocument doc = ingestor.read(lying);
    assertEquals(SourceFormat.PDF, doc.format());
    assertEquals(5, doc.pages().size());
  }

  @Test
  void aTxtHoldingAPdfIsReadAsPdf(@TempDir Path dir) throws Exception {
    Path lying = Files.copy(TestDocs.corpus("2025_ly-son.pdf"), dir.resolve("ke-hoach.txt"));
    assertEquals(SourceFormat.PDF, ingestor.read(lying).format());
  }

  @Test
  void aDocxNamedPdfIsReadAsDocx(@TempDir Path dir) throws Exception {
    Path lying = Files.copy(TestDocs.corpus("2025_ly-son.docx"), dir.resolve("ke-hoach.pdf"));
    assertEquals(SourceFormat.DOCX, ingestor.read(lying).format());
  }

  @Test
  void concurrentReadsGiveTheSameTextAsSequentialOnes() throws Exception {
    String[] names = {"2020_hong-ngu.pdf", "2023_cam-pha.docx", "2014_ha-nam.doc", "2025_ly-son.txt"};
    String[] sequential = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      sequential[i] = joined(ingestor.read(TestDocs.corpus(names[i])));
    }
    String[] parallel = Arrays.stream(names).parallel()
        .map(n -> {
          try {
            return joined(ingestor.read(TestDocs.corpus(n)));
          } catch (PlanProcessingException e) {
            throw new IllegalStateException(n, e);
          }
        })
        .toArray(String[]::new);
    assertEquals(Arrays.asList(sequential), Arrays.asList(parallel));
  }

  /** At least MIN_WORD_COVERAGE of the distinct words of the seed text are found in what was read. */
  private static void assertCovers(String slugOrName, String text) throws IOException {
    String slug = slugOrName.replaceFirst("\\.(docx?|pdf)$", "");
    Set<String> reference = words(Files.readString(TestDocs.corpus(slug + ".txt"), StandardCharsets.UTF_8));
    Set<String> found = words(text);
    long missing = reference.stream().filter(w -> !found.contains(w)).count();
    double coverage = 1.0 - (double) missing / reference.size();
    assertTrue(coverage >= MIN_WORD_COVERAGE, slugOrName + ": only " + coverage + " of "
        + reference.size() + " words found; missing e.g. "
        + reference.stream().filter(w -> !found.contains(w)).limit(10).toList());
  }

  private static Set<String> words(String text) {
    return Arrays.stream(NON_WORD.split(nfc(text))).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }

  static String joined(RawDocument doc) {
    return doc.pages().stream().map(RawPage::text).collect(Collectors.joining("\n"));
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
