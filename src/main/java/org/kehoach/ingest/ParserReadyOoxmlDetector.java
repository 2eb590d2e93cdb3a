package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.StreamingDetectContext;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.microsoft.ooxml.OPCPackageWrapper;

/**
 * Tika's OOXML package detector, except that the package is opened exactly as Tika's OOXML parser opens it
 * ({@code OPCPackage.open(path, READ)}, through POI's guarded ZIP reader), so the parser can take it over
 * from the stream ({@link ReaderSource#parserStream()}) instead of opening the file a second time. Tika's
 * own detector opens the package another way (without POI's inflation guard), which a parser must not
 * inherit: the outcome of a hostile file would change.
 *
 * <p>The answer is Tika's: {@link OPCPackageDetector#detectOfficeOpenXML} on the same package. When this
 * way of opening fails, Tika's detector answers instead, and whatever it opened is not handed to the
 * parser, which then opens (or repairs) the file itself, as it always did.
 */
final class ParserReadyOoxmlDetector implements ZipContainerDetector {
  private static final long serialVersionUID = 1L;
  /** The part every OOXML package has; a ZIP file without it is no OOXML package. */
  private static final String CONTENT_TYPES = "[Content_Types].xml";

  private final ZipContainerDetector tika = new OPCPackageDetector();

  @Override
  public MediaType detect(ZipFile zip, TikaInputStream stream) throws IOException {
    if (zip.getEntry(CONTENT_TYPES) == null) {
      return null;
    }
    if (!stream.hasFile()) {
      return tikasAnswer(zip, stream);
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(stream.getFile().getPath(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      return tikasAnswer(zip, stream);
    }
    MediaType type;
    try {
      type = OPCPackageDetector.detectOfficeOpenXML(pkg);
    } catch (RuntimeException e) {
      pkg.revert();
      return tikasAnswer(zip, stream);
    }
    stream.setOpenContainer(new ParserReadyPackage(pkg));
    return type;
  }

  /** Tika's detector's answer, without the package it leaves open for a parser. */
  private MediaType tikasAnswer(ZipFile zip, TikaInputStream stream) throws IOException {
    MediaType type = tika.detect(zip, stream);
    if (stream.getOpenContainer() instanceof OPCPackageWrapper) {
      // still closed with the stream: Tika registered it with the stream's resources
      stream.setOpenContainer(null);
    }
    return type;
  }

  @Override
  public MediaType streamingDetectUpdate(ZipArchiveEntry entry, InputStream stream,
      StreamingDetectContext context) throws IOException {
    return tika.streamingDetectUpdate(entry, stream, context);
  }

  @Override
  public MediaType streamingDetectFinal(StreamingDetectContext context) {
    return tika.streamingDetectFinal(context);
  }

  /** A package opened the way Tika's OOXML parser opens one: the only container a parser may take over. */
  static final class ParserReadyPackage extends OPCPackageWrapper {
    ParserReadyPackage(OPCPackage pkg) {
      super(pkg);
    }
  }
}
