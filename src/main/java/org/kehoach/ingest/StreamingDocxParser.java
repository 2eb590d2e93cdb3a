package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.ooxml.xwpf.XWPFEventBasedWordExtractor;
import org.apache.xmlbeans.XmlException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's OOXML parser for DOCX, except that the document's text parts are read as streams instead of
 * through POI's XWPF model, whose building (XMLBeans, styles, numbering and all) was most of the cost,
 * with the same text as a result ({@link DocxStories}). It takes only the package that detection opened
 * for the parser ({@link ParserReadyOoxmlDetector}) and a document whose every construct it reads the DOM
 * way's; any other document, or a broken one, is handed to the DOM-based parser unchanged, which then
 * reads (or fails) as it always did. Thread-safe.
 */
final class StreamingDocxParser implements Parser {
  private static final long serialVersionUID = 1L;

  private final OOXMLParser dom;

  StreamingDocxParser(OOXMLParser dom) {
    this.dom = dom;
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return dom.getSupportedTypes(context);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    dom.configure(context);
    OPCPackage pkg = handedOver(stream);
    PackagePart document = pkg == null ? null : wordDocument(pkg);
    OfficeParserConfig config = context.get(OfficeParserConfig.class);
    Optional<XhtmlScript> text = document == null || !config.isIncludeHeadersAndFooters()
        ? Optional.empty() : DocxStories.read(document, context);
    if (text.isEmpty()) {
      dom.parse(stream, handler, metadata, context);
      return;
    }
    try {
      ScriptedDocxExtractor extractor = new ScriptedDocxExtractor(
          context, new XWPFEventBasedWordExtractor(pkg), document, text.get());
      extractor.getMetadataExtractor().extract(metadata);
      extractor.getXHTML(handler, metadata, context);
    } catch (XmlException | OpenXML4JException e) {
      throw new TikaException("Error creating OOXML extractor", e);
    }
  }

  /** The package detection opened for the parser, or null. */
  private static OPCPackage handedOver(InputStream stream) {
    if (stream instanceof TikaInputStream tis
        && tis.getOpenContainer() instanceof ParserReadyOoxmlDetector.ParserReadyPackage ready) {
      return ready.getOPCPackage();
    }
    return null;
  }

  /** The package's main part when it is a Word document, as POI's XWPF reads it; otherwise null. */
  private static PackagePart wordDocument(OPCPackage pkg) {
    try {
      PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (core.isEmpty()) {
        return null;
      }
      PackagePart part = pkg.getPart(core.getRelationship(0));
      if (part == null) {
        return null;
      }
      for (XWPFRelation type : XWPFWordExtractor.SUPPORTED_TYPES) {
        if (type.getContentType().equals(part.getContentType())) {
          return part;
        }
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
