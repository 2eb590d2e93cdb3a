package org.kehoach.ingest;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns one WordprocessingML part (the document, a header or footer, the footnotes or the endnotes), read
 * as SAX events, into the XHTML events Tika's DOM-based DOCX extractor ({@code XWPFWordExtractorDecorator}
 * over POI's XWPF model) writes for it, so that the text is the same: a paragraph per {@code p}, tables as
 * {@code table/tbody/tr/td}, a run's text as {@code XWPFRun.text()} gives it ({@code t}, tab, breaks,
 * {@code [footnoteRef:N]}), and the notes a paragraph refers to right after it.
 *
 * <p>Tika's own streaming handler ({@code OOXMLWordAndPowerPointTextHandler}) lays text out differently
 * (notes at the end, a cell's paragraphs joined, an empty paragraph's events out of order), so this walker
 * maps the elements itself. It accepts only the constructs whose DOM text it reproduces, each listed below;
 * the first other one (a list number, a text box, a content control, tracked changes, a comment, a
 * section break inside the text, capitals by formatting, ...) ends the reading with {@link Unsupported},
 * and the document is read the DOM way. One per part; not thread-safe.
 */
final class DocxStoryWalker extends DefaultHandler {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** What kind of part is read: it decides the root element and whether notes may be referred to. */
  enum Part { DOCUMENT, HEADER_FOOTER, NOTES }

  /** A header or footer reference of the document's section properties, in document order. */
  record HeaderFooterRef(boolean header, String type, String relationId) {}

  /** The list number XWPF writes at the start of a numbered paragraph (Tika's list manager). */
  interface ListNumbers {
    /** The number of the next paragraph of list {@code numId} (null when not given) at level {@code ilvl}. */
    String number(BigInteger numId, int ilvl);
  }

  /** The part holds a construct whose DOM text this walker does not reproduce. */
  static final class Unsupported extends SAXException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super("not read as a stream: " + what);
    }
  }

  /** Where the walker stands, by the element it is in. */
  private enum Context {
    ROOT, DOCUMENT, NOTES, STORY, PARAGRAPH, RUN_CONTAINER, RUN, TEXT, IGNORED_TEXT, TABLE, ROW, CELL,
    PROPERTIES, PARAGRAPH_PROPERTIES, NUMBERING, RUN_PROPERTIES, SECTION, DRAWING
  }

  /** Markers that carry no text wherever they stand in a story, paragraph or table. */
  private static final Set<String> MARKERS =
      Set.of("bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd");
  /** Run children whose XWPF text is empty. */
  private static final Set<String> SILENT_RUN_PARTS = Set.of("lastRenderedPageBreak", "softHyphen",
      "footnoteRef", "endnoteRef", "separator", "continuationSeparator", "sym");
  /**
   * Property elements that change the text: list numbers (numPr, read only in a document's own
   * paragraph properties: XWPF numbers a header's or a note's paragraphs in another order), capitals
   * (caps, smallCaps: XWPF upper-cases a run by its own properties, read only there), a section break
   * with its own headers (sectPr in a paragraph), a check box (ffData).
   */
  private static final Set<String> TEXT_CHANGING_PROPERTIES =
      Set.of("numPr", "caps", "smallCaps", "sectPr", "ffData");

  private final Part part;
  private final ListNumbers listNumbers;
  private final StoryText out;
  private final Deque<Context> contexts = new ArrayDeque<>();
  private final List<HeaderFooterRef> headerFooterRefs = new ArrayList<>();
  private final Map<Integer, XhtmlScript> notes = new HashMap<>();
  /** Whether the paragraph being read has had a child: its properties must come first. */
  private boolean paragraphBegun;
  private String numId;
  private String ilvl;
  /** Whether the run being read has had a child: its properties must come first. */
  private boolean runBegun;
  /** Whether the run being read is in capitals by its own properties (its first caps or smallCaps). */
  private boolean capitals;
  private boolean capsSeen;
  private boolean smallCapsSeen;

  /**
   * @param footnotes the footnotes by id, read before (empty for a notes part)
   * @param endnotes the endnotes by id, read before (empty for a notes part)
   * @param listNumbers the document's list numbers, asked in document order (used for a document part only)
   */
  DocxStoryWalker(Part part, Map<Integer, XhtmlScript> footnotes, Map<Integer, XhtmlScript> endnotes,
      ListNumbers listNumbers) {
    this.part = part;
    this.listNumbers = listNumbers;
    this.out = new StoryText(footnotes, endnotes);
    contexts.push(Context.ROOT);
  }

  /** The events of a document, header or footer part. */
  XhtmlScript script() {
    return out.script();
  }

  /** The notes of a notes part by id; the first of equal ids, as POI's lookup finds it. */
  Map<Integer, XhtmlScript> notes() {
    return notes;
  }

  /** The header and footer references of the document's own (last) section properties. */
  List<HeaderFooterRef> headerFooterRefs() {
    return headerFooterRefs;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
    Context at = contexts.peek();
    boolean w = W.equals(uri);
    Context next = switch (at) {
      case PROPERTIES -> {
        if (w && TEXT_CHANGING_PROPERTIES.contains(local)) {
          throw new Unsupported("w:" + local);
        }
        yield Context.PROPERTIES;
      }
      case PARAGRAPH_PROPERTIES -> {
        if (w && local.equals("numPr")) {
          yield Context.NUMBERING;
        }
        if (w && TEXT_CHANGING_PROPERTIES.contains(local)) {
          throw new Unsupported("w:" + local);
        }
        yield Context.PROPERTIES;
      }
      case RUN_PROPERTIES -> {
        if (w && (local.equals("caps") && !capsSeen || local.equals("smallCaps") && !smallCapsSeen)) {
          capsSeen |= local.equals("caps");
          smallCapsSeen |= local.equals("smallCaps");
          capitals |= onOff(atts.getValue(W, "val"));
        } else if (w && TEXT_CHANGING_PROPERTIES.contains(local)) {
          throw new Unsupported("w:" + local + " in a run's properties");
        }
        yield Context.PROPERTIES;
      }
      case NUMBERING -> {
        if (w && local.equals("ilvl")) {
          ilvl = atts.getValue(W, "val");
        } else if (w && local.equals("numId")) {
          numId = atts.getValue(W, "val");
        }
        yield Context.PROPERTIES;
      }
      case DRAWING -> {
        // a drawing's own text (a text box) is text in XWPF; its shapes and pictures are not
        if (w && !local.equals("drawing") && !local.equals("pict")) {
          throw new Unsupported("w:" + local + " in a drawing");
        }
        yield Context.DRAWING;
      }
      case TEXT, IGNORED_TEXT -> throw new Unsupported("an element in w:t");
      case SECTION -> {
        if (w && (local.equals("headerReference") || local.equals("footerReference"))) {
          headerFooterRefs.add(new HeaderFooterRef(local.equals("headerReference"),
              atts.getValue(W, "type"), atts.getValue(REL, "id")));
        }
        yield Context.PROPERTIES;
      }
      default -> w ? enter(at, local, atts) : enterForeign(at, uri, local);
    };
    contexts.push(next);
  }

  private Context enter(Context at, String local, Attributes atts) throws SAXException {
    if (MARKERS.contains(local) && at != Context.ROOT && at != Context.RUN) {
      return Context.PROPERTIES;
    }
    switch (at) {
      case ROOT -> {
        if (part == Part.DOCUMENT && local.equals("document")) {
          return Context.DOCUMENT;
        }
        if (part == Part.HEADER_FOOTER && (local.equals("hdr") || local.equals("ftr"))) {
          return Context.STORY;
        }
        if (part == Part.NOTES && (local.equals("footnotes") || local.equals("endnotes"))) {
          return Context.NOTES;
        }
      }
      case DOCUMENT -> {
        if (local.equals("body")) {
          return Context.STORY;
        }
        if (local.equals("background")) {
          return Context.PROPERTIES;
        }
      }
      case NOTES -> {
        if (local.equals("footnote") || local.equals("endnote")) {
          notes.putIfAbsent(noteId(atts.getValue(W, "id")), out.newNote());
          return Context.STORY;
        }
      }
      case STORY, CELL -> {
        if (local.equals("p")) {
          out.start("p");
          paragraphBegun = false;
          return Context.PARAGRAPH;
        }
        if (local.equals("tbl")) {
          out.start("table");
          out.start("tbody");
          return Context.TABLE;
        }
        if (at == Context.STORY && part == Part.DOCUMENT && local.equals("sectPr")
            && contexts.size() == 3) {
          return Context.SECTION;
        }
        if (at == Context.CELL && local.equals("tcPr")) {
          return Context.PROPERTIES;
        }
      }
      case PARAGRAPH, RUN_CONTAINER -> {
        boolean first = !paragraphBegun;
        paragraphBegun = true;
        if (local.equals("r")) {
          runBegun = false;
          capitals = false;
          capsSeen = false;
          smallCapsSeen = false;
          return Context.RUN;
        }
        if (at == Context.PARAGRAPH && local.equals("pPr") && first) {
          return part == Part.DOCUMENT ? Context.PARAGRAPH_PROPERTIES : Context.PROPERTIES;
        }
        // XWPF reads the runs directly inside a hyperlink or a simple field, as runs of the paragraph
        if (at == Context.PARAGRAPH && (local.equals("hyperlink") || local.equals("fldSimple"))) {
          return Context.RUN_CONTAINER;
        }
      }
      case RUN -> {
        return enterRunPart(local, atts);
      }
      case TABLE -> {
        if (local.equals("tblPr") || local.equals("tblGrid")) {
          return Context.PROPERTIES;
        }
        if (local.equals("tr")) {
          out.start("tr");
          return Context.ROW;
        }
      }
      case ROW -> {
        if (local.equals("trPr") || local.equals("tblPrEx")) {
          return Context.PROPERTIES;
        }
        if (local.equals("tc")) {
          out.start("td");
          return Context.CELL;
        }
      }
      default -> throw new IllegalStateException("unexpected context " + at);
    }
    throw new Unsupported("w:" + local + " in " + at);
  }

  /** A run's children as {@code XWPFRun.text()} reads them. */
  private Context enterRunPart(String local, Attributes atts) throws SAXException {
    boolean first = !runBegun;
    runBegun = true;
    if (local.equals("rPr") && first) {
      return Context.RUN_PROPERTIES;
    }
    if (SILENT_RUN_PARTS.contains(local)) {
      return Context.PROPERTIES;
    }
    switch (local) {
      case "t" -> {
        out.startText();
        return Context.TEXT;
      }
      case "instrText" -> {
        return Context.IGNORED_TEXT;
      }
      case "tab", "ptab" -> out.append("\t");
      case "br", "cr" -> out.append("\n");
      case "noBreakHyphen" -> out.append("\u2011");
      case "fldChar" -> {
        // its text is only a check box's (ffData), which PROPERTIES refuses
      }
      case "footnoteReference", "endnoteReference" -> noteReference(local, atts);
      case "drawing", "pict" -> {
        return Context.DRAWING;
      }
      default -> throw new Unsupported("w:" + local + " in a run");
    }
    return Context.PROPERTIES;
  }

  private void noteReference(String local, Attributes atts) throws SAXException {
    if (part == Part.NOTES) {
      throw new Unsupported("a note referring to a note");
    }
    boolean footnote = local.equals("footnoteReference");
    String value = atts.getValue(W, "id");
    int id = value == null ? -1 : noteId(value);
    out.noteReference(footnote, id, value != null);
  }

  /** An on/off property's value as POI reads it ({@code POIXMLUnits.parseOnOff}); absent is on. */
  private static boolean onOff(String value) throws Unsupported {
    if (value == null) {
      return true;
    }
    if (!value.equals(value.strip())) {
      throw new Unsupported("on/off value '" + value + "'");
    }
    return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("x")
        || value.equals("1");
  }

  private static int noteId(String value) throws Unsupported {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new Unsupported("note id " + value);
    }
  }

  private Context enterForeign(Context at, String uri, String local) throws SAXException {
    if (at == Context.RUN && MC.equals(uri) && local.equals("AlternateContent")) {
      return Context.DRAWING;
    }
    throw new Unsupported("{" + uri + "}" + local + " in " + at);
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    switch (contexts.pop()) {
      case PARAGRAPH -> endParagraph();
      case PARAGRAPH_PROPERTIES -> listNumber();
      case TEXT -> out.endText(capitals);
      case TABLE -> {
        out.end("tbody");
        out.end("table");
      }
      case ROW -> out.end("tr");
      case CELL -> out.end("td");
      default -> {
        // no event of its own
      }
    }
  }

  /** The list number of a paragraph whose properties give a level, as XWPF writes it before its text. */
  private void listNumber() throws Unsupported {
    if (ilvl != null) {
      try {
        String number = listNumbers.number(numId == null ? null : new BigInteger(numId),
            new BigInteger(ilvl).intValue());
        if (number != null) {
          out.append(number);
        }
      } catch (NumberFormatException e) {
        throw new Unsupported("list numId " + numId + ", ilvl " + ilvl);
      }
    }
    ilvl = null;
    numId = null;
  }

  private void endParagraph() throws SAXException {
    out.endParagraph();
    if (Thread.currentThread().isInterrupted()) {
      throw new SAXException("interrupted: the time limit for this document has passed");
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (contexts.peek() == Context.TEXT) {
      out.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }
}
