package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.ocr.NoOcr;

/** Hostile, broken and unsupported input: each fails with its own reason and says what was found. */
class IngestorFailureTest {
  private static Ingestor ingestor;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    ingestor = new Ingestor(Limits.defaults(), new NoOcr());
  }

  @AfterAll
  static void close() {
    ingestor.close();
  }

  @Test
  void zeroByteFileIsEmpty() throws IOException {
    Path file = Files.createFile(dir.resolve("ke-hoach.pdf"));
    assertFails(FailureReason.EMPTY, "0 bytes", () -> ingestor.read(file));
  }

  @Test
  void missingFileAndDirectoryAreIoErrors() {
    assertFails(FailureReason.IO_ERROR, "does not exist", () -> ingestor.read(dir.resolve("none.pdf")));
    assertFails(FailureReason.IO_ERROR, "not a regular file", () -> ingestor.read(dir));
  }

  @Test
  void truncatedPdfIsCorrupt() throws IOException {
    byte[] pdf = Files.readAllBytes(TestDocs.corpus("2014_ha-nam.pdf"));
    Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(pdf, 3 * 1024));
    assertFails(FailureReason.CORRUPT, "not a readable PDF", () -> ingestor.read(file));
  }

  @Test
  void randomBytesNamedPdfAreUnsupportedBinaryData() throws IOException {
    Path file = Files.write(dir.resolve("plan.pdf"), randomBytes(20_000, 42));
    assertFails(FailureReason.UNSUPPORTED, "application/octet-stream", () -> ingestor.read(file));
  }

  @Test
  void randomBytesBehindAPdfHeaderAreCorrupt() throws IOException {
    byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = randomBytes(20_000, 7);
    System.arraycopy(header, 0, bytes, 0, header.length);
    Path file = Files.write(dir.resolve("plan.pdf"), bytes);
    assertFails(FailureReason.CORRUPT, "PDF", () -> ingestor.read(file));
  }

  @Test
  void passwordProtectedPdfIsEncrypted() throws IOException {
    Path plain = TestDocs.pdf(dir.resolve("plain.pdf"), List.of("Ke hoach trien khai cong tac bao ve tre em"));
    Path locked = dir.resolve("locked.pdf");
    try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(locked.toFile());
    }
    assertFails(FailureReason.ENCRYPTED, "password", () -> ingestor.read(locked));
  }

  @Test
  void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
    Path plain = TestDocs.pdf(dir.resolve("plain.pdf"), List.of("Ke hoach trien khai cong tac bao ve tre em"));
    Path restricted = dir.resolve("restricted.pdf");
    try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
      AccessPermission noCopy = new AccessPermission();
      noCopy.setCanExtractContent(false);
      doc.protect(new StandardProtectionPolicy("owner-pw", "", noCopy));
      doc.save(restricted.toFile());
    }
    assertTrue(IngestorCorpusTest.joined(ingestor.read(restricted)).contains("Ke hoach trien khai"));
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Kế hoạch triển khai công tác trẻ em năm 2024");
      doc.write(docx);
    }
    Path file = dir.resolve("locked.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("mat-khau");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx.toByteArray());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertFails(FailureReason.ENCRYPTED, "password-protected", () -> ingestor.read(file));
  }

  @Test
  void pngIsUnsupportedAndNamedAsAnImage() throws IOException {
    Path file = dir.resolve("scan.pdf");
    ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
    assertFails(FailureReason.UNSUPPORTED, "image/png", () -> ingestor.read(file));
  }

  @Test
  void zipIsUnsupportedAndNamedAsZip() throws IOException {
    Path file = dir.resolve("plan.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("ke-hoach.txt"));
      zip.write("Kế hoạch".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertFails(FailureReason.UNSUPPORTED, "application/zip", () -> ingestor.read(file));
  }

  @Test
  void docxWithoutWordsIsEmpty() throws IOException {
    Path file = dir.resolve("blank.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("  ");
      doc.createParagraph();
      doc.write(out);
    }
    assertFails(FailureReason.EMPTY, "holds no text", () -> ingestor.read(file));
  }

  @Test
  void textOfOnlyWhitespaceAndPunctuationIsEmpty() throws IOException {
    Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t-- ... \n", StandardCharsets.UTF_8);
    assertFails(FailureReason.EMPTY, "holds no text", () -> ingestor.read(file));
  }

  @Test
  void fileOverTheByteLimitIsTooLargeBeforeItIsRead() throws IOException {
    Limits small = new Limits(1_000, 1_000, 5_000_000, Duration.ofMinutes(1), 300, 1);
    try (Ingestor strict = new Ingestor(small, new NoOcr())) {
      assertFails(FailureReason.TOO_LARGE, "more than the limit of 1000",
          () -> strict.read(TestDocs.corpus("2025_ly-son.txt")));
    }
  }

  @Test
  void pdfOverThePageLimitIsTooLarge() {
    Limits small = new Limits(50_000_000, 4, 5_000_000, Duration.ofMinutes(1), 300, 1);
    try (Ingestor strict = new Ingestor(small, new NoOcr())) {
      assertFails(FailureReason.TOO_LARGE, "has 5 pages, more than the limit of 4",
          () -> strict.read(TestDocs.corpus("2020_hong-ngu.pdf")));
    }
  }

  @Test
  void textOverTheCharacterLimitIsTooLargeInEveryFormat() {
    Limits small = new Limits(50_000_000, 1_000, 2_000, Duration.ofMinutes(1), 300, 1);
    try (Ingestor strict = new Ingestor(small, new NoOcr())) {
      for (String name : List.of("2020_hong-ngu.pdf", "2020_hong-ngu.docx", "2020_hong-ngu.doc",
          "2020_hong-ngu.txt")) {
        assertFails(FailureReason.TOO_LARGE, "2000", () -> strict.read(TestDocs.corpus(name)));
      }
    }
  }

  @Test
  void docxThatExpandsPastTheBoundIsTooLargeBeforeAnyParserHoldsIt() throws Exception {
    // a real plan with one more part of 3 MiB of repeated text: about 10 KB more packed
    Path padded = dir.resolve("padded.docx");
    try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(TestDocs.corpus("2020_hong-ngu.docx").toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(padded))) {
      for (ZipEntry e : java.util.Collections.list(source.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        source.getInputStream(e).transferTo(zip);
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("word/padding.xml"));
      zip.write("<p>Kế hoạch</p>".repeat(3 * 1024 * 1024 / 16).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Limits twoMiB = new Limits(50_000_000, 1_000, 5_000_000, Duration.ofMinutes(1), 300, 1, 2L * 1024 * 1024);
    try (Ingestor strict = new Ingestor(twoMiB, new NoOcr())) {
      assertFails(FailureReason.TOO_LARGE, "expands to more than 2,097,152 bytes", () -> strict.read(padded));
    }
    assertTrue(Files.size(padded) < 200_000, "the package itself is small: " + Files.size(padded));
    assertTrue(ingestor.read(padded).pages().get(0).text().contains("KẾ HOẠCH"), "under the default bound it reads");
  }

  private static byte[] randomBytes(int n, long seed) {
    byte[] bytes = new byte[n];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  interface Read {
    RawDocument run() throws PlanProcessingException;
  }

  static void assertFails(FailureReason reason, String found, Read read) {
    PlanProcessingException e = assertThrows(PlanProcessingException.class, read::run);
    assertEquals(reason, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains(found), "message should mention '" + found + "': " + e.getMessage());
  }
}
