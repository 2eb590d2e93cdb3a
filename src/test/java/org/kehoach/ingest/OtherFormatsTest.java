package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.ocr.NoOcr;
import org.kehoach.model.SourceFormat;
import org.kehoach.text.legacy.LegacyDecoder;

/** ODT, flat ODT, RTF, HTML, XHTML and 8-bit text, made in the test from invented plan text. */
class OtherFormatsTest {
  private static final String TITLE = "KẾ HOẠCH";
  private static final String BODY = "Triển khai công tác bảo vệ, chăm sóc trẻ em trên địa bàn xã Tân Phú năm 2024";

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
  void odtIsRead() throws IOException {
    Path file = dir.resolve("plan.bin");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\" "
          + "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + officeDocument("office:document-content", ""))
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertRead(file, SourceFormat.ODT, "application/vnd.oasis.opendocument.text");
  }

  @Test
  void flatOdtIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + officeDocument("office:document",
            " office:mimetype=\"application/vnd.oasis.opendocument.text\""), StandardCharsets.UTF_8);
    assertRead(file, SourceFormat.ODT, "application/vnd.oasis.opendocument.tika.flat.document");
  }

  @Test
  void rtfIsRead() throws IOException {
    String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs28 " + rtfEscape(TITLE)
        + "\\par " + rtfEscape(BODY) + "\\par}";
    Path file = Files.writeString(dir.resolve("plan.doc"), rtf, StandardCharsets.US_ASCII);
    assertRead(file, SourceFormat.RTF, "application/rtf");
  }

  @Test
  void htmlIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.txt"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>x</title><style>p{color:red}</style><script>var hidden='không lấy';</script></head>"
        + "<body><h1>" + TITLE + "</h1><p>" + BODY + "</p></body></html>", StandardCharsets.UTF_8);
    RawDocument doc = assertRead(file, SourceFormat.HTML, "text/html");
    assertFalse(IngestorCorpusTest.joined(doc).contains("không lấy"), "script text is not document text");
  }

  @Test
  void xhtmlIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.htm"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body><h1>" + TITLE
        + "</h1><p>" + BODY + "</p></body></html>", StandardCharsets.UTF_8);
    assertRead(file, SourceFormat.HTML, "application/xhtml+xml");
  }

  @Test
  void windows1258TextIsDetectedAsTextAndHandedToTheLegacyDecoder() throws Exception {
    // cp1258 writes most Vietnamese letters as a base letter plus a combining tone mark byte
    byte[] bytes = (TITLE + "\r\n" + BODY + "\r\n").getBytes(Charset.forName("windows-1258"));
    Path file = Files.write(dir.resolve("plan.doc"), bytes);
    RawDocument doc = ingestor.read(file);
    assertEquals(SourceFormat.TXT, doc.format());
    assertEquals("text/plain", doc.mediaType());
    assertEquals(LegacyDecoder.decodeBytes(bytes).text(), IngestorCorpusTest.joined(doc));
  }

  private static RawDocument assertRead(Path file, SourceFormat format, String mediaType) {
    RawDocument doc;
    try {
      doc = ingestor.read(file);
    } catch (PlanProcessingException e) {
      throw new AssertionError(e.reason() + ": " + e.getMessage(), e);
    }
    assertEquals(format, doc.format());
    assertEquals(mediaType, doc.mediaType());
    assertFalse(doc.paged());
    String text = IngestorCorpusTest.joined(doc);
    assertTrue(text.contains(TITLE) && text.contains(BODY), text);
    return doc;
  }

  private static String officeDocument(String root, String extra) {
    return "<" + root + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"" + extra + ">"
        + "<office:body><office:text><text:h text:outline-level=\"1\">" + TITLE + "</text:h>"
        + "<text:p>" + BODY + "</text:p></office:text></office:body></" + root + ">";
  }

  /** RTF keeps non-ASCII letters as {@code \\uN?} escapes (N a signed 16-bit code unit). */
  private static String rtfEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 0x80) {
        sb.append(c);
      } else {
        sb.append("\\u").append((int) (short) c).append('?');
      }
    }
    return sb.toString();
  }

}
