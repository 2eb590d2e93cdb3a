package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class PageCollectorTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  @Test
  void splitsOnPageDivsAndKeepsNestedDivText() throws SAXException {
    PageCollector c = new PageCollector(1_000);
    start(c, "body", null);
    page(c, "Số: 12/KH-UBND\n", "Căn cứ Luật Trẻ em\n");
    start(c, "div", "page");
    text(c, "Trang hai ");
    start(c, "div", "annotation");
    text(c, "ghi chú");
    end(c, "div");
    text(c, " tiếp theo");
    end(c, "div");
    end(c, "body");
    assertEquals(List.of("Số: 12/KH-UBND\nCăn cứ Luật Trẻ em\n", "Trang hai ghi chú tiếp theo"), c.pages());
  }

  @Test
  void dropsTextOutsidePages() throws SAXException {
    PageCollector c = new PageCollector(1_000);
    start(c, "body", null);
    text(c, "before");
    page(c, "nội dung");
    start(c, "ul", null);
    text(c, "Mục lục (bookmarks)");
    end(c, "ul");
    end(c, "body");
    assertEquals(List.of("nội dung"), c.pages());
  }

  @Test
  void keepsEmptyPagesSoPageNumbersStayAligned() throws SAXException {
    PageCollector c = new PageCollector(1_000);
    page(c, "một");
    page(c);
    page(c, "ba");
    assertEquals(List.of("một", "", "ba"), c.pages());
  }

  @Test
  void stopsAtTheCharacterLimit() throws SAXException {
    PageCollector c = new PageCollector(10);
    start(c, "div", "page");
    text(c, "0123456789");
    assertThrows(WriteLimitReachedException.class, () -> text(c, "x"));
  }

  @Test
  void stopsWhenTheThreadIsInterrupted() throws SAXException {
    PageCollector c = new PageCollector(1_000);
    start(c, "div", "page");
    Thread.currentThread().interrupt();
    try {
      assertThrows(SAXException.class, () -> text(c, "x"));
    } finally {
      Thread.interrupted();
    }
  }

  private static void page(PageCollector c, String... texts) throws SAXException {
    start(c, "div", "page");
    for (String t : texts) {
      start(c, "p", null);
      text(c, t);
      end(c, "p");
    }
    end(c, "div");
  }

  private static void start(PageCollector c, String name, String cssClass) {
    AttributesImpl atts = new AttributesImpl();
    if (cssClass != null) {
      atts.addAttribute("", "class", "class", "CDATA", cssClass);
    }
    c.startElement(XHTML, name, name, atts);
  }

  private static void end(PageCollector c, String name) {
    c.endElement(XHTML, name, name);
  }

  private static void text(PageCollector c, String s) throws SAXException {
    c.characters(s.toCharArray(), 0, s.length());
  }
}
