package org.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's PDF XHTML page by page, as {@link PdfTextLayer} emits it. Each page is
 * wrapped in {@code <div class="page">}; characters and the line breaks Tika's XHTML handler adds after
 * block elements are kept as they come, text outside page divs is dropped.
 *
 * <p>Stops the parse with a {@link WriteLimitReachedException} once the document's text passes {@code
 * maxChars}, and with a plain {@link SAXException} when the reading thread is interrupted (the time limit),
 * so that neither a huge document nor a cancelled one keeps parsing. One instance per parse.
 */
final class PageCollector extends DefaultHandler {
  private final int maxChars;
  private final List<String> pages = new ArrayList<>();
  private StringBuilder page;
  private int divDepth;
  private int pageDivDepth;
  private long characters;

  PageCollector(int maxChars) {
    this.maxChars = maxChars;
  }

  /** The pages collected, in document order. */
  List<String> pages() {
    return List.copyOf(pages);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    if (isDiv(localName, qName)) {
      divDepth++;
      if (page == null && "page".equals(atts.getValue("class"))) {
        page = new StringBuilder();
        pageDivDepth = divDepth;
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (isDiv(localName, qName)) {
      if (page != null && divDepth == pageDivDepth) {
        pages.add(page.toString());
        page = null;
      }
      divDepth--;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    append(ch, start, length);
  }

  private void append(char[] ch, int start, int length) throws SAXException {
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException("interrupted: the time limit for this document has passed");
    }
    if (page == null) {
      return;
    }
    characters += length;
    if (characters > maxChars) {
      throw new WriteLimitReachedException(maxChars);
    }
    page.append(ch, start, length);
  }

  private static boolean isDiv(String localName, String qName) {
    return "div".equals(localName.isEmpty() ? qName : localName);
  }
}
