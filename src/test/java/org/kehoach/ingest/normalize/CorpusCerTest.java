package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.kehoach.ingest.Ingestor;
import org.kehoach.ingest.Limits;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.ocr.NoOcr;
import org.kehoach.ingest.ocr.OcrEngine;
import org.kehoach.ingest.ocr.TesseractOcr;

/**
 * The quality target, file by file: every rendering of a sample plan, read by {@link Ingestor} and
 * normalised by {@link Normalizer#standard()}, must match the normalised plain text within a character
 * error rate (Levenshtein distance over reference length, whitespace collapsed) of 1 % for DOCX, DOC, PDF
 * and the TCVN3/VNI text files, and 3 % for scans read by OCR. Scans are skipped when Tesseract with
 * Vietnamese data is missing, and excluded with {@code -Dkehoach.skipOcr=true} (or {@code
 * -Dkehoach.skipSlow=true}): they take minutes. A table of the figures is printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusCerTest {
  private static final double TEXT_LAYER_LIMIT = 0.01;
  private static final double OCR_LIMIT = 0.03;
  private static final List<String> RENDERINGS = List.of("docx", "doc", "pdf", "tcvn3.txt", "vni.txt");
  /** A sample's reference: the plain UTF-8 text, "<slug>.txt" with no other dot. */
  private static final Pattern REFERENCE = Pattern.compile("[^.]+\\.txt");

  private final Path corpus = Path.of(System.getProperty("kehoach.corpus", "corpus"));
  private final boolean ocrExcluded = Boolean.getBoolean("kehoach.skipOcr") || Boolean.getBoolean("kehoach.skipSlow");
  private final Normalizer normalizer = Normalizer.standard();
  private final List<String> rows = new ArrayList<>();
  private OcrEngine ocr;
  private Ingestor ingestor;

  @BeforeAll
  void open() {
    ocr = ocrExcluded ? new NoOcr() : new TesseractOcr();
    ingestor = new Ingestor(Limits.defaults(), ocr);
  }

  @AfterAll
  void close() {
    ingestor.close();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%nCER after normalisation (limit 1 %%, scans 3 %%)%n"));
    sb.append(String.format(Locale.ROOT, "%-34s %10s %8s  %s%n", "file", "ref chars", "CER %", "result"));
    synchronized (rows) {
      rows.forEach(r -> sb.append(r).append('\n'));
    }
    System.out.print(sb);
  }

  @TestFactory
  Stream<DynamicTest> everyRenderingMatchesThePlainText() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String slug : slugs()) {
      for (String rendering : RENDERINGS) {
        Path file = corpus.resolve(slug + "." + rendering);
        if (Files.exists(file)) {
          tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(slug, file, TEXT_LAYER_LIMIT)));
        }
      }
      Path scan = corpus.resolve(slug + ".scan.pdf");
      if (!Files.exists(scan)) {
        continue;
      }
      if (ocrExcluded) {
        row(scan, -1, Double.NaN, "excluded (kehoach.skipOcr=true)");
        continue;
      }
      tests.add(DynamicTest.dynamicTest(scan.getFileName().toString(), () -> {
        if (!ocr.available()) {
          row(scan, -1, Double.NaN, "skipped: " + ocr.unavailableReason());
        }
        Assumptions.assumeTrue(ocr.available(),
            () -> "skipped: Tesseract with Vietnamese data is not usable here: " + ocr.unavailableReason());
        check(slug, scan, OCR_LIMIT);
      }));
    }
    assertTrue(!tests.isEmpty(), "no sample found in " + corpus.toAbsolutePath());
    return tests.stream();
  }

  private void check(String slug, Path file, double limit) throws PlanProcessingException {
    String reference = normalise(corpus.resolve(slug + ".txt"));
    String text = normalise(file);
    double cer = EditDistance.cer(text, reference);
    boolean ok = cer <= limit;
    row(file, EditDistance.collapse(reference).length(), cer, ok ? "ok" : "OVER " + percent(limit) + " %");
    assertTrue(ok, () -> String.format(Locale.ROOT, "%s: CER %s %% is over the limit of %s %%",
        file.getFileName(), percent(cer), percent(limit)));
  }

  private String normalise(Path file) throws PlanProcessingException {
    return normalizer.normalize(ingestor.read(file)).value();
  }

  private void row(Path file, int chars, double cer, String result) {
    String line = String.format(Locale.ROOT, "%-34s %10s %8s  %s", file.getFileName(),
        chars < 0 ? "-" : Integer.toString(chars), Double.isNaN(cer) ? "-" : percent(cer), result);
    synchronized (rows) {
      rows.add(line);
    }
  }

  private static String percent(double rate) {
    return String.format(Locale.ROOT, "%.3f", 100 * rate);
  }

  private List<String> slugs() throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> REFERENCE.matcher(n).matches())
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList();
    }
  }
}
