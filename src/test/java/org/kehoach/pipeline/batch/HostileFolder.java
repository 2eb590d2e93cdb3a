package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.kehoach.bench.batch.BrokenFiles;

/**
 * Builds folders of test inputs: good plans copied from the sample corpus, and hostile or broken files of
 * every kind a real archive holds. Each file is recorded with the outcome it must get: {@code PARSED} or a
 * failure code.
 */
final class HostileFolder {
  static final String PARSED = "PARSED";
  /** The page limit the hostile PDF exceeds (the test configuration's, far below the default). */
  static final int MAX_PAGES = 40;

  private final Path dir;
  private final Map<Path, String> expected = new LinkedHashMap<>();

  HostileFolder(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** Every file written so far and the outcome it must get. */
  Map<Path, String> expected() {
    return Map.copyOf(expected);
  }

  static Path corpus(String name) {
    Path file = Path.of(System.getProperty("kehoach.corpus", "corpus")).resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("corpus file missing: " + file.toAbsolutePath());
    }
    return file;
  }

  /** Copies a corpus file under a relative name; it must parse. */
  HostileFolder good(String corpusName, String as) throws IOException {
    Path target = dir.resolve(as);
    Files.createDirectories(target.getParent());
    Files.copy(corpus(corpusName), target);
    expected.put(target, PARSED);
    return this;
  }

  /** A text file with the given content and expected outcome. */
  HostileFolder text(String as, String content, String outcome) throws IOException {
    Path target = dir.resolve(as);
    Files.createDirectories(target.getParent());
    Files.writeString(target, content, StandardCharsets.UTF_8);
    expected.put(target, outcome);
    return this;
  }

  /** The hostile and broken files, one of each kind. */
  HostileFolder allHostile() throws IOException {
    put("broken/zero.pdf", new byte[0], "EMPTY");
    byte[] pdf = Files.readAllBytes(corpus("2014_ha-nam.pdf"));
    put("broken/truncated.pdf", Arrays.copyOf(pdf, 4096), "CORRUPT");
    byte[] docx = Files.readAllBytes(corpus("2025_ly-son.docx"));
    put("broken/truncated.docx", Arrays.copyOf(docx, docx.length / 2), "CORRUPT");
    put("broken/damaged.pdf", pdfHeaderOverRandomBytes(30_000, 11), "CORRUPT");
    lockedPdf(dir.resolve("broken/locked.pdf"));
    zipBomb(dir.resolve("broken/bomb.docx"), 200L * 1024 * 1024);
    longPdf(dir.resolve("broken/huge.pdf"), MAX_PAGES + 5);
    put("broken/random.txt", random(50_000, 5), "UNSUPPORTED");
    text("broken/news.txt", Texts.NEWS, "NOT_A_PLAN");
    longText(dir.resolve("broken/five-thousand-pages.txt"), 5_000);
    // the extension lies, the content is what counts
    good("2023_cam-pha.docx", "lying/cam-pha.pdf");
    good("2014_ha-nam.pdf", "lying/ha-nam.txt");
    text("odd/no-sections.txt", Texts.PLAN_WITHOUT_SECTIONS, PARSED);
    return this;
  }

  private void put(String as, byte[] bytes, String outcome) throws IOException {
    Path target = dir.resolve(as);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes);
    expected.put(target, outcome);
  }

  private static byte[] random(int n, long seed) {
    return BrokenFiles.bytes(n, new Random(seed));
  }

  private static byte[] pdfHeaderOverRandomBytes(int n, long seed) {
    return BrokenFiles.pdfHeaderOver(random(n, seed));
  }

  private void lockedPdf(Path target) throws IOException {
    BrokenFiles.lockedPdf(corpus("2025_ly-son.pdf"), target, "chu-so-huu", "mat-khau");
    expected.put(target, "ENCRYPTED");
  }

  /** A DOCX that expands to {@code expandedBytes}: readers must refuse it before holding it in memory. */
  private void zipBomb(Path target, long expandedBytes) throws IOException {
    BrokenFiles.zipBomb(target, expandedBytes);
    expected.put(target, "TOO_LARGE");
  }

  /** A text-layer PDF of {@code pages} pages, over the test page limit. */
  private void longPdf(Path target, int pages) throws IOException {
    BrokenFiles.longPdf(target, pages);
    expected.put(target, "TOO_LARGE");
  }

  /** A text of {@code pages} pages of about 1,500 characters: over the default 5,000,000-character limit. */
  private void longText(Path target, int pages) throws IOException {
    BrokenFiles.longText(target, pages);
    expected.put(target, "TOO_LARGE");
  }
}
