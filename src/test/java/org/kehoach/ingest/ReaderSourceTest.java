package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.ingest.ocr.NoOcr;

/**
 * Detection hands a DOCX package on to the parser only when it was opened as the parser opens one; every
 * other file reaches its parser in a stream of its own, and the text is what a parse of the bare file gives.
 */
class ReaderSourceTest {
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final ContentDetector detector = new ContentDetector();

  @TempDir Path dir;

  @Test
  void aDocxPackageOpenedByDetectionGoesOnToTheParser() throws Exception {
    Path file = docx("Kế hoạch số 12/KH-UBND về phòng chống thiên tai năm 2026");
    try (ReaderSource source = new ReaderSource(file)) {
      assertEquals(DOCX, detector.detect(source));
      TikaInputStream parser = source.parserStream();
      assertSame(source.detectionStream(), parser);
      assertInstanceOf(ParserReadyOoxmlDetector.ParserReadyPackage.class, parser.getOpenContainer());
      assertEquals(0, parser.getPosition(), "the parser starts at the first byte");
    }
  }

  @Test
  void otherFilesReachTheirParserInAStreamOfTheirOwn() throws Exception {
    for (String name : new String[] {"2025_ly-son.pdf", "2025_ly-son.doc", "2025_ly-son.txt"}) {
      try (ReaderSource source = new ReaderSource(TestDocs.corpus(name))) {
        detector.detect(source);
        TikaInputStream parser = source.parserStream();
        assertNotSame(source.detectionStream(), parser, name);
        assertNull(parser.getOpenContainer(), name);
      }
    }
  }

  @Test
  void aPackageThatPoiCannotOpenIsLeftToTheParser() throws Exception {
    // a ZIP file named like an OOXML package whose content-type list is not XML
    Path file = dir.resolve("broken.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "Kế hoạch, not XML");
      entry(zip, "word/document.xml", "<w:document/>");
    }
    try (ReaderSource source = new ReaderSource(file); TikaInputStream in = TikaInputStream.get(file)) {
      String type = detector.detect(source);
      assertEquals(new DefaultDetector().detect(in, new Metadata()).getBaseType().toString(), type);
      assertNotSame(source.detectionStream(), source.parserStream());
    }
  }

  @Test
  void theTextIsWhatTheParserGivesForTheBareFile() throws Exception {
    try (Ingestor ingestor = new Ingestor(Limits.defaults(), new NoOcr())) {
      for (Path file : Arrays.asList(TestDocs.corpus("2025_ly-son.docx"), TestDocs.corpus("2020_hong-ngu.docx"),
          docx("Tổ chức Tháng hành động vì trẻ em\tnăm 2025"))) {
        assertEquals(bareParse(file), ingestor.read(file).pages().get(0).text(), file.toString());
      }
    }
  }

  private static String bareParse(Path file) throws Exception {
    BodyContentHandler text = new BodyContentHandler(-1);
    ParseContext context = new ParseContext();
    context.set(Parser.class, new AutoDetectParser());
    try (TikaInputStream in = TikaInputStream.get(file)) {
      new OOXMLParser().parse(in, text, new Metadata(), context);
    }
    return text.toString();
  }

  private Path docx(String paragraph) throws IOException {
    Path file = Files.createTempFile(dir, "plan", ".docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("ỦY BAN NHÂN DÂN HUYỆN AN PHÚ");
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
