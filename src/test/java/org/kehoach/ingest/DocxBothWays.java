package org.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Reads a DOCX file the DOM way (Tika's OOXML parser over POI's XWPF model, as OfficeReader did) and the
 * streaming way ({@link StreamingDocxParser}), each from the package opened as detection opens it, with
 * embedded files parsed as OfficeReader parses them.
 */
final class DocxBothWays {
  private final Parser embedded = new AutoDetectParser();
  private final OOXMLParser dom = new OOXMLParser();
  private final StreamingDocxParser streaming = new StreamingDocxParser(new OOXMLParser());

  String dom(Path file) throws Exception {
    return read(dom, file);
  }

  String streaming(Path file) throws Exception {
    return read(streaming, file);
  }

  /** Whether the streaming way reads the file itself, rather than handing it to the DOM way. */
  static boolean streams(Path file) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toString(), PackageAccess.READ)) {
      PackagePart document = pkg.getPart(
          pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0));
      return DocxStories.read(document, new ParseContext()).isPresent();
    }
  }

  private String read(Parser parser, Path file) throws Exception {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      in.setOpenContainer(new ParserReadyOoxmlDetector.ParserReadyPackage(open(file)));
      BodyContentHandler text = new BodyContentHandler(-1);
      ParseContext context = new ParseContext();
      context.set(Parser.class, embedded);
      parser.parse(in, text, new Metadata(), context);
      return text.toString();
    }
  }

  private static OPCPackage open(Path file) throws IOException {
    try {
      return OPCPackage.open(file.toString(), PackageAccess.READ);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }
}
