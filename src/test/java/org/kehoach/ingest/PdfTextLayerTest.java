package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text layer is extracted as Tika's PDF parser extracts it, page for page: corpus plans, and a PDF
 * with links, comments, a page without content and a control character.
 */
class PdfTextLayerTest {
  @TempDir Path dir;

  @Test
  void corpusPagesAreTikasPages() throws Exception {
    for (String name : List.of("2025_ly-son.pdf", "2023_cam-pha.pdf")) {
      Path file = TestDocs.corpus(name);
      assertEquals(tikaPages(file), ourPages(file), name);
    }
  }

  @Test
  void linksCommentsAndEmptyPagesAreTikas() throws Exception {
    Path file = dir.resolve("annotated.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < 3; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        if (i == 1) {
          continue;
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(50, 750);
          cs.showText("Ke hoach trien khai trang " + i);
          cs.newLineAtOffset(0, -40);
          cs.showText("Doan moi");
          cs.endText();
        }
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(50, 700, 100, 20));
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://ubnd.example.vn/ke-hoach/" + i);
        link.setAction(uri);
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(50, 600, 20, 20));
        note.setTitlePopup("Nguyễn Văn An");
        note.setSubject("Góp ý");
        note.setContents("Sửa số liệu năm 2024 \u0001");
        page.getAnnotations().addAll(List.of(link, note));
      }
      doc.save(file.toFile());
    }
    List<String> ours = ourPages(file);
    assertEquals(tikaPages(file), ours);
    assertEquals(3, ours.size());
    assertTrue(ours.get(0).contains("https://ubnd.example.vn/ke-hoach/0"), ours.get(0));
    assertTrue(ours.get(2).contains("Sửa số liệu năm 2024 \uFFFD"), "a control character is replaced: " + ours.get(2));
  }

  private static List<String> ourPages(Path file) throws Exception {
    PageCollector collector = new PageCollector(Integer.MAX_VALUE);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      new PdfTextLayer(collector).extract(doc);
    }
    return collector.pages();
  }

  /** What the reader got before: Tika's own PDF parser, OCR off, bookmarks and inline images not read. */
  private static List<String> tikaPages(Path file) throws Exception {
    PDFParserConfig config = new PDFParserConfig();
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    config.setExtractInlineImages(false);
    config.setExtractBookmarksText(false);
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, config);
    PageCollector collector = new PageCollector(Integer.MAX_VALUE);
    try (TikaInputStream in = TikaInputStream.get(file)) {
      new PDFParser().parse(in, collector, new Metadata(), context);
    }
    return collector.pages();
  }
}
