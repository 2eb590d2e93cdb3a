package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.XWPFListManager;
import org.apache.tika.parser.microsoft.ooxml.xwpf.XWPFNumberingShim;
import org.apache.tika.utils.XMLReaderUtils;
import org.kehoach.ingest.DocxStoryWalker.HeaderFooterRef;
import org.kehoach.ingest.DocxStoryWalker.ListNumbers;
import org.kehoach.ingest.DocxStoryWalker.Part;
import org.xml.sax.SAXException;

/**
 * Reads the text parts of a DOCX package as streams ({@link DocxStoryWalker}) and puts their XHTML events
 * in the order of Tika's DOM-based extractor: the headers of the document's section (first page, even
 * pages, default), the body with each paragraph's notes after it, the footers in the same order. Nothing
 * is played before every part has been read, so a document the walker cannot read the DOM way's can still
 * be read that way, from its start. Stateless.
 */
final class DocxStories {
  /** Parts whose text XWPF's extractor adds (SmartArt diagrams, charts): left to it. */
  private static final String[] DOM_ONLY_RELATIONS = {
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData",
      XSSFRelation.CHART.getRelation()};
  private static final String[] ORDER = {"first", "even", "default"};
  /** For the parts whose numbered paragraphs the walker refuses (headers, footers, notes). */
  private static final ListNumbers NO_LISTS = (numId, ilvl) -> {
    throw new IllegalStateException("no list numbers outside the document part");
  };

  private DocxStories() {}

  /**
   * The XHTML events of the document whose main part is {@code document}, or empty when it holds something
   * read only the DOM way (or something broken, which the DOM way then reports as it always did).
   *
   * @throws SAXException only when the thread was interrupted (the document's time limit passed)
   */
  static Optional<XhtmlScript> read(PackagePart document, ParseContext context) throws SAXException {
    try {
      for (String relation : DOM_ONLY_RELATIONS) {
        if (!relationships(document, relation).isEmpty()) {
          return Optional.empty();
        }
      }
      Map<Integer, XhtmlScript> footnotes = notes(document, XWPFRelation.FOOTNOTE.getRelation(), context);
      Map<Integer, XhtmlScript> endnotes = notes(document, XWPFRelation.ENDNOTE.getRelation(), context);
      DocxStoryWalker body = walk(document,
          new DocxStoryWalker(Part.DOCUMENT, footnotes, endnotes, listNumbers(document)), context);
      XhtmlScript headers = new XhtmlScript();
      XhtmlScript footers = new XhtmlScript();
      for (String type : ORDER) {
        headerFooter(document, body, true, type, footnotes, endnotes, context, headers);
        headerFooter(document, body, false, type, footnotes, endnotes, context, footers);
      }
      headers.append(body.script());
      headers.append(footers);
      return Optional.of(headers);
    } catch (DomOnly e) {
      return Optional.empty();
    }
  }

  /** The notes of the note part the document refers to by {@code relation}; none without such a part. */
  private static Map<Integer, XhtmlScript> notes(PackagePart document, String relation, ParseContext context)
      throws SAXException, DomOnly {
    PackageRelationshipCollection relations = relationships(document, relation);
    if (relations.isEmpty()) {
      return Map.of();
    }
    if (relations.size() > 1) {
      throw new DomOnly();
    }
    PackagePart notes = target(document, relations.getRelationship(0));
    return walk(notes, new DocxStoryWalker(Part.NOTES, Map.of(), Map.of(), NO_LISTS), context).notes();
  }

  /**
   * Appends the header (or footer) of {@code type} to {@code out}. As in POI's header/footer policy the
   * last reference of a type counts, a reference with no or an unknown type is a default one.
   */
  private static void headerFooter(PackagePart document, DocxStoryWalker body, boolean header, String type,
      Map<Integer, XhtmlScript> footnotes, Map<Integer, XhtmlScript> endnotes, ParseContext context,
      XhtmlScript out) throws SAXException, DomOnly {
    HeaderFooterRef chosen = null;
    for (HeaderFooterRef ref : body.headerFooterRefs()) {
      String refType = "first".equals(ref.type()) || "even".equals(ref.type()) ? ref.type() : "default";
      if (ref.header() == header && refType.equals(type)) {
        chosen = ref;
      }
    }
    if (chosen == null) {
      return;
    }
    PackageRelationship relation = chosen.relationId() == null ? null
        : document.getRelationship(chosen.relationId());
    String expected = (header ? XWPFRelation.HEADER : XWPFRelation.FOOTER).getRelation();
    if (relation == null || !expected.equals(relation.getRelationshipType())) {
      throw new DomOnly();
    }
    PackagePart part = target(document, relation);
    out.append(walk(part, new DocxStoryWalker(Part.HEADER_FOOTER, footnotes, endnotes, NO_LISTS), context)
        .script());
  }

  /**
   * Tika's list manager over the document's numbering part, as the DOM way builds it (POI's numbering
   * model of the same part), loaded when the first numbered paragraph comes; without such a part every
   * number is empty, as there.
   */
  private static ListNumbers listNumbers(PackagePart document) throws DomOnly {
    PackageRelationshipCollection relations = relationships(document, XWPFRelation.NUMBERING.getRelation());
    if (relations.size() > 1) {
      throw new DomOnly();
    }
    PackagePart numbering = relations.isEmpty() ? null : target(document, relations.getRelationship(0));
    return new ListNumbers() {
      private XWPFListManager lists;

      @Override
      public String number(BigInteger numId, int ilvl) {
        if (lists == null) {
          try {
            lists = new XWPFListManager(numbering == null ? null : new XWPFNumberingShim(numbering));
          } catch (IOException | OpenXML4JException e) {
            throw new IllegalStateException("numbering part unreadable", e);
          }
        }
        return lists.getFormattedNumber(numId, ilvl);
      }
    };
  }

  private static PackageRelationshipCollection relationships(PackagePart document, String relation)
      throws DomOnly {
    try {
      return document.getRelationshipsByType(relation);
    } catch (InvalidFormatException | RuntimeException e) {
      throw new DomOnly();
    }
  }

  private static PackagePart target(PackagePart document, PackageRelationship relation) throws DomOnly {
    if (relation.getTargetMode() != TargetMode.INTERNAL) {
      throw new DomOnly();
    }
    try {
      PackagePart part = document.getRelatedPart(relation);
      if (part == null) {
        throw new DomOnly();
      }
      return part;
    } catch (InvalidFormatException | RuntimeException e) {
      throw new DomOnly();
    }
  }

  private static DocxStoryWalker walk(PackagePart part, DocxStoryWalker walker, ParseContext context)
      throws SAXException, DomOnly {
    try (InputStream in = part.getInputStream()) {
      XMLReaderUtils.parseSAX(in, walker, context);
      return walker;
    } catch (SAXException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      throw new DomOnly();
    } catch (IOException | TikaException | RuntimeException e) {
      throw new DomOnly();
    }
  }

  /** The document is read the DOM way. */
  private static final class DomOnly extends Exception {
    private static final long serialVersionUID = 1L;

    DomOnly() {
      super(null, null, false, false);
    }
  }
}
