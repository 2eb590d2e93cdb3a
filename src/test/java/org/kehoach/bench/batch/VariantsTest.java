package org.kehoach.bench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies with other bytes that read the same. */
class VariantsTest {
  @TempDir Path tmp;

  @Test
  void aZipCommentLeavesTheEntriesReadable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path file = Files.write(tmp.resolve("x.docx"), Variants.zipComment(bytes.toByteArray(), "copy 12 of x.docx"));
    try (ZipFile zip = new ZipFile(file.toFile())) {
      assertEquals("copy 12 of x.docx", zip.getComment());
      assertEquals("<w:document/>",
          new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8));
    }
    byte[] commented = Files.readAllBytes(file);
    assertThrows(IllegalArgumentException.class, () -> Variants.zipComment(commented, "again"),
        "a package that already has a comment is refused");
    assertThrows(IllegalArgumentException.class, () -> Variants.zipComment(new byte[10], "x"));
  }

  @Test
  void aPdfCommentIsAppendedAfterTheEnd() {
    byte[] pdf = "%PDF-1.6\n…\n%%EOF".getBytes(StandardCharsets.UTF_8);
    String s = new String(Variants.pdfComment(pdf, "copy 3"), StandardCharsets.UTF_8);
    assertTrue(s.startsWith("%PDF-1.6\n…\n%%EOF\n% kehoach bench-batch: copy 3\n"), s);
  }
}
