package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
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
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
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
 * when a ZIP file comes: building the OOXML one loads much of POI. That one is {@link
 * ParserReadyOoxmlDetector}, which leaves a DOCX package open for the parser in the {@link ReaderSource}.
 * The magic bytes are evaluated by {@link MagicTable}, Tika's own table without Tika's per-call costs, on
 * a head read once and reused by the 8-bit text check. Building the rest (the magic table above all) still
 * takes a few hundred milliseconds; build one and share it. Thread-safe.
 */
final class ContentDetector {
  /** Bytes the 8-bit text check looks at. */
  private static final int SNIFF_BYTES = 64 * 1024;

  private final MediaTypeRegistry registry;
  private final Detector containers;
  private final MimeTypes magic;
  /** Tika's magic table evaluated without Tika's per-call costs; empty when it cannot be read. */
  private final Optional<MagicTable> table;
  /** Every type that some registered type specialises: the only answers magic bytes can refine. */
  private final Set<MediaType> refinable;

  ContentDetector() {
    this.magic = MimeTypes.getDefaultMimeTypes();
    this.registry = magic.getMediaTypeRegistry();
    List<ZipContainerDetector> packages = List.of(
        new LazyZipDetector(() -> new ParserReadyOoxmlDetector()),
        new LazyZipDetector(() -> new IPADetector()),
        new LazyZipDetector(() -> new JarDetector()),
        new LazyZipDetector(() -> new KMZDetector()),
        new LazyZipDetector(() -> new OpenDocumentDetector()),
        new LazyZipDetector(() -> new StarOfficeDetector()),
        new LazyZipDetector(() -> new FrictionlessPackageDetector()));
    this.containers = new CompositeDetector(registry, List.of(
        new POIFSContainerDetector(), new MiscOLEDetector(), new DefaultZipContainerDetector(packages)));
    this.refinable = supertypes(registry);
    this.table = MagicTable.of(magic);
  }

  /** The base media type, without parameters, such as {@code application/pdf}. */
  String detect(Path file) throws IOException {
    try (ReaderSource source = new ReaderSource(file)) {
      return detect(source);
    }
  }

  /** As {@link #detect(Path)}, through the source's detection stream, which keeps what detection opened. */
  String detect(ReaderSource source) throws IOException {
    TikaInputStream in = source.detectionStream();
    // a fresh Metadata with no resource name: detection must not look at the file name
    Metadata metadata = new Metadata();
    MediaType type = containers.detect(in, metadata);
    // Tika's CompositeDetector asks the magic bytes last and takes their answer only when it specialises
    // the one it has; a type nothing specialises (DOCX) is therefore final, and the 64 KiB scan is skipped
    byte[] head = null;
    if (refinable.contains(type)) {
      head = head(in, source.file());
      MediaType found = magicBytes(head, in, metadata);
      if (registry.isSpecializationOf(found, type)) {
        type = found;
      }
    }
    if (MediaType.OCTET_STREAM.equals(type.getBaseType())
        && PlainTextSniffer.looksLikeText(
            head != null && magic.getMinLength() == SNIFF_BYTES ? head : head(source.file(), SNIFF_BYTES))) {
      return MediaType.TEXT_PLAIN.toString();
    }
    return type.getBaseType().toString();
  }

  /**
   * What {@code magic.detect(in, metadata)} answers, from the head it would read: through {@link
   * MagicTable} when the metadata holds no hint Tika would weigh and the table can tell.
   */
  private MediaType magicBytes(byte[] head, TikaInputStream in, Metadata metadata) throws IOException {
    boolean hinted = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null
        || metadata.get(Metadata.CONTENT_TYPE) != null;
    MediaType found = hinted ? null : table.map(t -> t.detect(head)).orElse(null);
    return found != null ? found : magic.detect(in, metadata);
  }

  /**
   * The first bytes of the stream, as many as Tika's magic table reads (64 KiB: the 8-bit text check
   * reuses them when it reads as many); the stream is left where it was, at the file's first byte.
   */
  private byte[] head(TikaInputStream in, Path file) throws IOException {
    if (in.getPosition() != 0) {
      // the container detectors leave the stream at its start; should one not, the file is read anew
      return head(file, magic.getMinLength());
    }
    in.mark(magic.getMinLength());
    try {
      return in.readNBytes(magic.getMinLength());
    } finally {
      in.reset();
    }
  }

  /** The proper supertypes of every registered type, by the registry's own rules. */
  private static Set<MediaType> supertypes(MediaTypeRegistry registry) {
    Set<MediaType> found = new HashSet<>();
    for (MediaType type : registry.getTypes()) {
      for (MediaType up = registry.getSupertype(type); up != null; up = registry.getSupertype(up)) {
        found.add(up);
      }
    }
    return Set.copyOf(found);
  }

  /** The first {@code bytes} bytes of the file, fewer when it is shorter. */
  private static byte[] head(Path file, int bytes) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(bytes);
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
