package org.kehoach.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Test inputs: the sample corpus, and small PDFs made on the fly with PDFBox. */
final class TestDocs {
  private TestDocs() {}

  /** A file of the sample corpus (surefire passes its folder as {@code kehoach.corpus}). */
  static Path corpus(String name) {
    Path dir = Path.of(System.getProperty("kehoach.corpus", "corpus"));
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("corpus file missing: " + file.toAbsolutePath());
    }
    return file;
  }

  /**
   * Writes a PDF with one page per entry: a non-empty entry becomes a line of text (Helvetica, so ASCII
   * only), an empty entry a page holding nothing but a grey picture, as a scanner would make it.
   */
  static Path pdf(Path out, List<String> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (text.isEmpty()) {
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture());
            cs.drawImage(image, 50, 400, 200, 100);
          } else {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(50, 750);
            cs.showText(text);
            cs.endText();
          }
        }
      }
      doc.save(out.toFile());
    }
    return out;
  }

  /** The first page of a corpus scan as a one-page image-only PDF. */
  static Path firstScanPage(String scan, Path out) throws IOException {
    try (PDDocument source = Loader.loadPDF(corpus(scan).toFile());
        PDDocument one = new PDDocument()) {
      one.importPage(source.getPage(0));
      one.save(out.toFile());
    }
    return out;
  }

  private static BufferedImage picture() {
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, 40, 20);
    g.setColor(Color.DARK_GRAY);
    g.fillRect(5, 5, 30, 10);
    g.dispose();
    return img;
  }
}
