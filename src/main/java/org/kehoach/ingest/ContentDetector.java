package org.kehoach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Detects a file's media type from its content only. The file name is never given to Tika: a PDF named
 * {@code .docx} is a PDF, and a {@code .txt} holding a PDF is a PDF. Tika's default detector (magic bytes,
 * then the ZIP and OLE2 container detectors that tell DOCX from ODT and DOC from other OLE2 files) is
 * built once, which costs about 1.5 s, and is thread-safe. What Tika calls {@code
 * application/octet-stream} is checked once more by {@link PlainTextSniffer} for 8-bit text.
 */
final class ContentDetector {
  /** Bytes the 8-bit text check looks at. */
  private static final int SNIFF_BYTES = 64 * 1024;

  private final Detector detector = new DefaultDetector();

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
}
