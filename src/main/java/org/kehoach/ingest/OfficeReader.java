package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.FlatOpenDocumentParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.kehoach.model.SourceFormat;
import org.kehoach.util.Lazy;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads word-processor and markup files (DOCX, DOC, ODT, RTF, HTML) with Tika into one pseudo-page: these
 * formats have no fixed pages, only what a renderer would make of them.
 *
 * <p>Each media type is registered once below with its format and Tika parser; each parser is built when
 * the first file it reads comes, once, and is thread-safe. Text is cut off at {@code maxChars} ({@link
 * FailureReason#TOO_LARGE}). Embedded files (an image or a spreadsheet inside a DOCX) are handed, as Tika
 * does when the parse context names no parser, to an {@code AutoDetectParser}: their names and text join
 * the document's. Tika would build that parser, and with it every parser it has, once per document; here
 * it is built once, when the first embedded file comes ({@link EmbeddedFiles}).
 * The text is Tika's as is: table cells as tab-prefixed lines in row order, DOCX footnote markers as
 * {@code [footnoteRef:N]} followed by the note, the page-number field of a header at the very top.
 */
public final class OfficeReader implements DocumentReader {
  /** What a media type is read as, and by which parser (built when the first such file comes). */
  private record Registration(SourceFormat format, Lazy<Parser> parser) {}

  /** The media types that are ZIP packages, whose expansion is bounded before parsing. */
  private static final Set<String> ZIP_PACKAGES = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-word.document.macroenabled.12", "application/vnd.oasis.opendocument.text");

  private final Map<String, Registration> byType;
  private final int maxChars;
  private final long maxExpandedBytes;
  private final Parser embedded = new EmbeddedFiles();

  public OfficeReader(Limits limits) {
    this.maxChars = Objects.requireNonNull(limits, "limits").maxChars();
    this.maxExpandedBytes = limits.maxExpandedBytes();
    Lazy<Parser> ooxml = new Lazy<>(() -> new StreamingDocxParser(new OOXMLParser()));
    Lazy<Parser> odf = new Lazy<>(() -> new OpenDocumentParser());
    Lazy<Parser> html = new Lazy<>(() -> new JSoupParser());
    Lazy<Parser> flatOdf = new Lazy<>(() -> new FlatOpenDocumentParser());
    this.byType = Map.of(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        new Registration(SourceFormat.DOCX, ooxml),
        "application/vnd.ms-word.document.macroenabled.12", new Registration(SourceFormat.DOCX, ooxml),
        "application/msword", new Registration(SourceFormat.DOC, new Lazy<>(() -> new OfficeParser())),
        "application/vnd.oasis.opendocument.text", new Registration(SourceFormat.ODT, odf),
        "application/vnd.oasis.opendocument.flat.text", new Registration(SourceFormat.ODT, flatOdf),
        // Tika's detector names every flat (single XML file) ODF document so, from its root element
        "application/vnd.oasis.opendocument.tika.flat.document", new Registration(SourceFormat.ODT, flatOdf),
        "application/rtf", new Registration(SourceFormat.RTF, new Lazy<>(() -> new RTFParser())),
        "text/html", new Registration(SourceFormat.HTML, html),
        "application/xhtml+xml", new Registration(SourceFormat.HTML, html));
  }

  @Override
  public Set<String> supportedTypes() {
    return byType.keySet();
  }

  @Override
  public RawDocument read(ReaderSource source, String mediaType) throws PlanProcessingException {
    Registration registration = byType.get(mediaType);
    if (registration == null) {
      throw new IllegalArgumentException("mediaType must be one of " + byType.keySet() + ", got " + mediaType);
    }
    String name = registration.format().name();
    if (ZIP_PACKAGES.contains(mediaType)) {
      ZipExpansion.check(source.file(), name, maxExpandedBytes);
    }
    WriteOutContentHandler text = new WriteOutContentHandler(maxChars);
    ContentHandler handler = new StopWhenInterrupted(new BodyContentHandler(text));
    ParseContext context = new ParseContext();
    context.set(Parser.class, embedded);
    try {
      registration.parser().get().parse(source.parserStream(), handler, new Metadata(), context);
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      throw ParseFailures.classify(name, e, maxChars);
    }
    return new RawDocument(
        registration.format(), mediaType, List.of(new RawPage(1, text.toString(), false)),
        false, null);
  }

  /**
   * Parses embedded files with the {@code AutoDetectParser} Tika itself would put in the context, built on
   * first use and shared: it is thread-safe, and building it loads every Tika parser.
   */
  private static final class EmbeddedFiles implements Parser {
    private static final long serialVersionUID = 1L;
    private final transient Lazy<Parser> autoDetect = new Lazy<>(() -> new AutoDetectParser());

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
      return autoDetect.get().getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws IOException, SAXException, TikaException {
      autoDetect.get().parse(stream, handler, metadata, context);
    }
  }

  /** Ends a parse whose thread was interrupted (the document's time limit passed). */
  private static final class StopWhenInterrupted extends ContentHandlerDecorator {
    StopWhenInterrupted(ContentHandler handler) {
      super(handler);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (Thread.currentThread().isInterrupted()) {
        throw new SAXException("interrupted: the time limit for this document has passed");
      }
      super.characters(ch, start, length);
    }
  }
}
