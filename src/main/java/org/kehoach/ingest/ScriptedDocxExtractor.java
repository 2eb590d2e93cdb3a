package org.kehoach.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.ooxml.AbstractOOXMLExtractor;
import org.apache.tika.parser.microsoft.ooxml.xwpf.XWPFEventBasedWordExtractor;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's OOXML extractor frame (document start and end, embedded files, thumbnail) around the text of a
 * DOCX read as streams ({@link DocxStories}): what the DOM-based {@code XWPFWordExtractorDecorator} does,
 * with its text written by the script and the same parts searched for embedded files. One per document.
 */
final class ScriptedDocxExtractor extends AbstractOOXMLExtractor {
  /** The parts the DOM-based extractor searches for embedded files besides the document, in its order. */
  private static final String[] EMBEDDING_RELATIONS = {
      XWPFRelation.HEADER.getRelation(), XWPFRelation.FOOTER.getRelation(),
      XWPFRelation.FOOTNOTE.getRelation(),
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData"};

  private final PackagePart document;
  private final XhtmlScript text;

  ScriptedDocxExtractor(ParseContext context, XWPFEventBasedWordExtractor extractor, PackagePart document,
      XhtmlScript text) {
    super(context, extractor);
    this.document = document;
    this.text = text;
  }

  @Override
  protected void buildXHTML(XHTMLContentHandler xhtml) throws SAXException {
    text.play(xhtml);
  }

  @Override
  protected List<PackagePart> getMainDocumentParts() {
    List<PackagePart> parts = new ArrayList<>();
    parts.add(document);
    for (String relation : EMBEDDING_RELATIONS) {
      try {
        PackageRelationshipCollection related = document.getRelationshipsByType(relation);
        for (int i = 0; i < related.size(); i++) {
          parts.add(document.getRelatedPart(related.getRelationship(i)));
        }
      } catch (InvalidFormatException e) {
        // as the DOM-based extractor: a relation that cannot be followed has no embedded files to give
      }
    }
    return parts;
  }
}
