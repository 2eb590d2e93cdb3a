package org.kehoach.pipeline.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

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
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] pdfHeaderOverRandomBytes(int n, long seed) {
    byte[] b = random(n, seed);
    byte[] header = "%PDF-1.6\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, b, 0, header.length);
    return b;
  }

  private void lockedPdf(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (PDDocument doc = Loader.loadPDF(corpus("2025_ly-son.pdf").toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(target.toFile());
    }
    expected.put(target, "ENCRYPTED");
  }

  /**
   * A DOCX whose document.xml expands from a few hundred kilobytes to {@code expandedBytes}: one run of text
   * repeated. Readers must refuse it before holding the expansion in memory.
   */
  private void zipBomb(Path target, long expandedBytes) throws IOException {
    Files.createDirectories(target.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      entry(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" \
          ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          </Types>""");
      entry(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" \
          Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
          Target="word/document.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      Writer w = new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w="
          + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
      String chunk = "Kế hoạch ".repeat(1024);
      long written = 0;
      while (written < expandedBytes) {
        w.write(chunk);
        written += chunk.length();
      }
      w.write("</w:t></w:r></w:p></w:body></w:document>");
      w.flush();
      zip.closeEntry();
    }
    expected.put(target, "TOO_LARGE");
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** A text-layer PDF of {@code pages} pages, over the test page limit. */
  private void longPdf(Path target, int pages) throws IOException {
    Files.createDirectories(target.getParent());
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(50, 750);
          cs.showText("Ke hoach trang " + i);
          cs.endText();
        }
      }
      doc.save(target.toFile());
    }
    expected.put(target, "TOO_LARGE");
  }

  /** A text of {@code pages} pages of about 1,500 characters: over the default 5,000,000-character limit. */
  private void longText(Path target, int pages) throws IOException {
    Files.createDirectories(target.getParent());
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("KẾ HOẠCH\nTriển khai công tác trẻ em\n");
      for (int p = 1; p <= pages; p++) {
        w.write(Texts.longPage(p));
      }
    }
    expected.put(target, "TOO_LARGE");
  }

  /** Keeps the zip stream open when the writer over it is flushed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
