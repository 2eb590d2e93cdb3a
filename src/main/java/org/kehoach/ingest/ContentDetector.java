package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.ole.MiscOLEDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.FrictionlessPackageDetector;
import org.apache.tika.detect.zip.IPADetector;
import org.apache.tika.detect.zip.JarDetector;
import org.apache.tika.detect.zip.KMZDetector;
import org.apache.tika.detect.zip.OpenDocumentDetector;
import org.apache.tika.detect.zip.StarOfficeDetector;
import org.apache.tika.detect.zip.StreamingDetectContext;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.kehoach.util.Lazy;

/**
 * Detects a file's media type from its content only. The file name is never given to Tika: a PDF named
 * {@code .docx} is a PDF, and a {@code .txt} holding a PDF is a PDF. What Tika calls {@code
 * application/octet-stream} is checked once more by {@link PlainTextSniffer} for 8-bit text.
 *
 * <p>The detectors are those Tika's {@code DefaultDetector} finds through its service files, in its order
 * (the OLE2 and ZIP container detectors, then the magic bytes of {@code MimeTypes}), but listed here
 * rather than looked up, and the detectors that tell ZIP packages apart (OOXML, ODF, JAR …) are built only
 * when a ZIP file comes: building the OOXML one loads much of POI. Building the rest (the magic table
 * above all) still takes a few hundred milliseconds; build one and share it. Thread-safe.
 */
final class ContentDetector {
  /** Bytes the 8-bit text check looks at. */
  private static final int SNIFF_BYTES = 64 * 1024;

  private final Detector detector;

  ContentDetector() {
    MimeTypes magic = MimeTypes.getDefaultMimeTypes();
    List<ZipContainerDetector> packages = List.of(
        new LazyZipDetector(() -> new OPCPackageDetector()),
        new LazyZipDetector(() -> new IPADetector()),
        new LazyZipDetector(() -> new JarDetector()),
        new LazyZipDetector(() -> new KMZDetector()),
        new LazyZipDetector(() -> new OpenDocumentDetector()),
        new LazyZipDetector(() -> new StarOfficeDetector()),
        new LazyZipDetector(() -> new FrictionlessPackageDetector()));
    this.detector = new CompositeDetector(magic.getMediaTypeRegistry(), List.of(
        new POIFSContainerDetector(), new MiscOLEDetector(), new DefaultZipContainerDetector(packages), magic));
  }

  /** The base media type, without parameters, such as {@code application/pdf}. */
  String detect(Path file) throws IOException {
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      // a fresh Metadata with no resource name: detection must not look at the file name
      type = detector.detect(in, new Metadata());
    }
    if (MediaType.OCTET_STREAM.equals(type.getBaseType()) && isEightBitText(file)) {
      return MediaType.TEXT_PLAIN.toString();
    }
    return type.getBaseType().toString();
  }

  private static boolean isEightBitText(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return PlainTextSniffer.looksLikeText(in.readNBytes(SNIFF_BYTES));
    }
  }

  /** A ZIP package detector built when the first ZIP file is detected. */
  private static final class LazyZipDetector implements ZipContainerDetector {
    private final transient Lazy<ZipContainerDetector> delegate;

    LazyZipDetector(Supplier<ZipContainerDetector> factory) {
      this.delegate = new Lazy<>(factory);
    }

    @Override
    public MediaType detect(ZipFile zip, TikaInputStream stream) throws IOException {
      return delegate.get().detect(zip, stream);
    }

    @Override
    public MediaType streamingDetectUpdate(ZipArchiveEntry entry, InputStream stream,
        StreamingDetectContext context) throws IOException {
      return delegate.get().streamingDetectUpdate(entry, stream, context);
    }

    @Override
    public MediaType streamingDetectFinal(StreamingDetectContext context) {
      return delegate.get().streamingDetectFinal(context);
    }
  }
}
