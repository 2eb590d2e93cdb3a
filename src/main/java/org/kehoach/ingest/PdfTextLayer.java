package org.kehoach.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text layer of a PDF that is already open, as the XHTML events Tika's PDF parser emits for
 * it: one {@code <div class="page">} per page (pages without content included, so page numbers stay
 * aligned), paragraphs as {@code <p>}, then the page's link targets and comment texts. Driving PDFBox's
 * {@code PDFTextStripper} ourselves, with Tika's default layout settings ({@link PDFParserConfig}) and its
 * {@link XHTMLContentHandler}, gives Tika's text without Tika loading the file a second time or reading
 * what the pipeline never uses (document metadata, XMP, form fields, bookmarks, attachments).
 *
 * <p>As in Tika, a page that fails to parse is closed and the next page is read; the first such failure is
 * thrown once every page is done ({@link #extract}). When the content handler refuses text (the character
 * limit, an interrupted thread), extraction stops at once with the handler's {@link SAXException}. One
 * instance per document; not thread-safe.
 */
final class PdfTextLayer extends PDFTextStripper {
  private final XHTMLContentHandler xhtml;
  private final boolean annotationText;
  private final List<IOException> pageFailures = new ArrayList<>();

  /** @param handler receives the XHTML events; it is not closed */
  PdfTextLayer(ContentHandler handler) {
    this.xhtml = new XHTMLContentHandler(handler, new Metadata());
    PDFParserConfig defaults = new PDFParserConfig();
    setSortByPosition(defaults.isSortByPosition());
    setWordSeparator(defaults.isEnableAutoSpace() ? " " : "");
    setAverageCharTolerance(defaults.getAverageCharTolerance());
    setSpacingTolerance(defaults.getSpacingTolerance());
    setDropThreshold(defaults.getDropThreshold());
    setSuppressDuplicateOverlappingText(defaults.isSuppressDuplicateOverlappingText());
    setIgnoreContentStreamSpaceGlyphs(defaults.isIgnoreContentStreamSpaceGlyphs());
    this.annotationText = defaults.isExtractAnnotationText();
  }

  /**
   * Emits the text of every page of {@code doc} to the handler.
   *
   * @throws SAXException the handler's, when it stopped the extraction
   * @throws IOException the first page that could not be parsed, after all pages were read
   */
  void extract(PDDocument doc) throws IOException, SAXException {
    try {
      writeText(doc, Writer.nullWriter());
    } catch (Refused e) {
      throw e.refusal;
    }
    if (!pageFailures.isEmpty()) {
      throw pageFailures.get(0);
    }
  }

  @Override
  protected void startDocument(PDDocument document) throws IOException {
    emit(xhtml::startDocument);
  }

  @Override
  protected void endDocument(PDDocument document) throws IOException {
    emit(xhtml::endDocument);
  }

  /** Every page, in order: PDFBox itself would skip pages without a content stream. */
  @Override
  protected void processPages(PDPageTree pages) throws IOException {
    for (PDPage page : pages) {
      processPage(page);
    }
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    try {
      super.processPage(page);
    } catch (Refused e) {
      throw e;
    } catch (IOException e) {
      pageFailures.add(e);
      endPage(page);
    }
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    emit(() -> xhtml.startElement("div", "class", "page"));
    writeParagraphStart();
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    writeParagraphEnd();
    try {
      for (PDAnnotation annotation : page.getAnnotations()) {
        annotation(annotation);
      }
      emit(() -> xhtml.endElement("div"));
    } catch (Refused e) {
      throw e;
    } catch (IOException e) {
      pageFailures.add(e);
    }
  }

  /** A link's target and a comment's title, subject and text, in Tika's order and markup. */
  private void annotation(PDAnnotation annotation) throws IOException {
    if (!annotationText) {
      return;
    }
    String uri = linkTarget(annotation);
    if (uri != null && !uri.isBlank()) {
      emit(() -> {
        xhtml.startElement("div", "class", "annotation");
        xhtml.startElement("a", "href", uri);
        xhtml.characters(uri);
        xhtml.endElement("a");
        xhtml.endElement("div");
      });
    }
    if (annotation instanceof PDAnnotationMarkup markup) {
      String title = markup.getTitlePopup();
      String subject = markup.getSubject();
      String contents = markup.getContents();
      if (title != null || subject != null || contents != null) {
        emit(() -> {
          xhtml.startElement("div", "class", "annotation");
          part("annotationTitle", title);
          part("annotationSubject", subject);
          part("annotationContents", contents);
          xhtml.endElement("div");
        });
      }
    }
  }

  private void part(String cssClass, String text) throws SAXException {
    if (text != null) {
      xhtml.startElement("div", "class", cssClass);
      xhtml.characters(text);
      xhtml.endElement("div");
    }
  }

  /** The URI a link or form widget opens, or null; a broken action dictionary counts as none. */
  private static String linkTarget(PDAnnotation annotation) {
    PDAction action;
    try {
      if (annotation instanceof PDAnnotationLink link) {
        action = link.getAction();
      } else if (annotation instanceof PDAnnotationWidget widget) {
        action = widget.getAction();
      } else {
        return null;
      }
    } catch (RuntimeException e) {
      return null;
    }
    return action instanceof PDActionURI u ? u.getURI() : null;
  }

  @Override
  protected void writeParagraphStart() throws IOException {
    super.writeParagraphStart();
    emit(() -> xhtml.startElement("p"));
  }

  @Override
  protected void writeParagraphEnd() throws IOException {
    super.writeParagraphEnd();
    emit(() -> xhtml.endElement("p"));
  }

  @Override
  protected void writeString(String text) throws IOException {
    emit(() -> xhtml.characters(text));
  }

  @Override
  protected void writeCharacters(TextPosition text) throws IOException {
    emit(() -> xhtml.characters(text.getUnicode()));
  }

  @Override
  protected void writeWordSeparator() throws IOException {
    emit(() -> xhtml.characters(getWordSeparator()));
  }

  @Override
  protected void writeLineSeparator() throws IOException {
    emit(xhtml::newline);
  }

  /** One or more handler calls. */
  private interface Emission {
    void run() throws SAXException;
  }

  private static void emit(Emission emission) throws Refused {
    try {
      emission.run();
    } catch (SAXException e) {
      throw new Refused(e);
    }
  }

  /** Carries the handler's refusal through PDFBox, which only lets IOExceptions pass. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient SAXException refusal;

    Refused(SAXException refusal) {
      super(refusal.getMessage(), refusal);
      this.refusal = refusal;
    }
  }
}
