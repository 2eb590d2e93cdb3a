package org.kehoach.bench.batch;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * Writes one file of a {@link BrokenKind}, made from the sample corpus (its text-layer PDFs and DOCX files) and
 * the texts packaged beside this class. Deterministic for a given random source. The makers of the files that
 * take code (a locked PDF, a long PDF, a zip bomb, a long text) are public for the batch tests' fixtures.
 */
public final class BrokenFiles {
  /** The expansion of the zip bomb's document part. */
  static final long BOMB_BYTES = 200L * 1024 * 1024;
  /** Pages of the over-long PDF: over the default limit of 1,000. */
  static final int HUGE_PDF_PAGES = 1_005;
  /** Pages of the over-long text. */
  static final int TEXT_PAGES = 5_000;
  private static final List<String> NEWS = List.of("news-1.txt", "news-2.txt", "news-3.txt");

  private final List<Path> pdfs;
  private final List<Path> docxs;

  /** @param pdfs text-layer sample PDFs; @param docxs sample DOCX files */
  BrokenFiles(List<Path> pdfs, List<Path> docxs) {
    this.pdfs = List.copyOf(pdfs);
    this.docxs = List.copyOf(docxs);
    if (this.pdfs.isEmpty() || this.docxs.isEmpty()) {
      throw new IllegalArgumentException("the samples must hold at least one .pdf and one .docx, got " + pdfs
          + " and " + docxs);
    }
  }

  /** Writes the {@code n}-th file of a kind (0-based) to {@code target}. */
  void write(BrokenKind kind, int n, Path target, Random random) throws IOException {
    Objects.requireNonNull(kind, "kind");
    Files.createDirectories(target.toAbsolutePath().getParent());
    switch (kind) {
      case ZERO_BYTES -> Files.write(target, new byte[0]);
      case TRUNCATED_PDF -> Files.write(target, prefix(pick(pdfs, n), 1024 + random.nextInt(3072)));
      case TRUNCATED_DOCX -> {
        byte[] docx = Files.readAllBytes(pick(docxs, n));
        Files.write(target, Arrays.copyOf(docx, docx.length * (30 + random.nextInt(41)) / 100));
      }
      case CORRUPT_PDF -> Files.write(target, pdfHeaderOver(bytes(20_000 + random.nextInt(20_000), random)));
      case PASSWORD_PDF -> lockedPdf(pick(pdfs, n), target, "chu-so-huu-" + random.nextInt(1000),
          "mat-khau-" + random.nextInt(1000));
      case DOCX_ZIP_BOMB -> zipBomb(target, BOMB_BYTES);
      case HUGE_PDF -> longPdf(target, HUGE_PDF_PAGES + n % 5);
      case RANDOM_BYTES -> Files.write(target, bytes(10_000 + random.nextInt(90_000), random));
      case NEWS_ARTICLE -> Files.write(target, resource(NEWS.get(n % NEWS.size())));
      case FIVE_THOUSAND_PAGES -> longText(target, TEXT_PAGES);
    }
  }

  /** A text packaged beside this class ({@code news-1.txt}, {@code plan-without-sections-1.txt} …). */
  public static byte[] resource(String name) throws IOException {
    try (InputStream in = BrokenFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " missing beside " + BrokenFiles.class.getName());
      }
      return in.readAllBytes();
    }
  }

  private static Path pick(List<Path> files, int n) {
    return files.get(n % files.size());
  }

  private static byte[] prefix(Path file, int length) throws IOException {
    byte[] all = Files.readAllBytes(file);
    return Arrays.copyOf(all, Math.min(length, all.length / 2));
  }

  /** {@code n} random bytes. */
  public static byte[] bytes(int n, Random random) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** The bytes with the start of a PDF written over their beginning: a PDF whose body is noise. */
  public static byte[] pdfHeaderOver(byte[] b) {
    byte[] header = "%PDF-1.6\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(header, 0, b, 0, header.length);
    return b;
  }

  /** A copy of a PDF that opens only with the user password {@code password} (128-bit encryption). */
  public static void lockedPdf(Path sample, Path target, String owner, String password) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (PDDocument doc = Loader.loadPDF(sample.toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, password, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(target.toFile());
    }
  }

  /** A text-layer PDF of {@code pages} short pages. */
  public static void longPdf(Path target, int pages) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
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
  }

  /**
   * A DOCX whose {@code word/document.xml} is one run of text repeated to {@code expandedBytes}: a few hundred
   * kilobytes packed for 200 MB expanded. Readers must refuse it before holding the expansion in memory.
   */
  public static void zipBomb(Path target, long expandedBytes) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      entry(zip, "[Content_Types].xml", resource("bomb-content-types.xml"));
      entry(zip, "_rels/.rels", resource("bomb-rels.xml"));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      Writer w = new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w="
          + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
      String chunk = "Kế hoạch ".repeat(1024);
      for (long written = 0; written < expandedBytes; written += chunk.length()) {
        w.write(chunk);
      }
      w.write("</w:t></w:r></w:p></w:body></w:document>");
      w.flush();
      zip.closeEntry();
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  /** A plan-like text of {@code pages} pages of about 1,500 characters. */
  public static void longText(Path target, int pages) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    String line = "Các cơ quan, đơn vị tiếp tục triển khai các hoạt động bảo vệ, chăm sóc trẻ em, bảo đảm 100% trẻ"
        + " em được tiếp cận dịch vụ.\n";
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write("KẾ HOẠCH\nTriển khai công tác trẻ em\n");
      for (int p = 1; p <= pages; p++) {
        w.write("Trang " + p + "\n");
        for (int i = 0; i < 12; i++) {
          w.write(line);
        }
      }
    }
  }

  /** Keeps the ZIP stream open when the writer over one entry is flushed. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
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
