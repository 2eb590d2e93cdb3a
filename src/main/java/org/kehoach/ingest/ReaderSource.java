package org.kehoach.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.tika.io.TikaInputStream;

/**
 * One file being read: its path, the {@link TikaInputStream} detection reads, and the stream a Tika parser
 * reads. Tika's container detectors open what they detect and leave it in their stream, where Tika's
 * parsers look for it before opening the file themselves. Of those containers only one is handed on: the
 * DOCX package {@link ParserReadyOoxmlDetector} opened exactly as the OOXML parser would, which saves
 * opening the document twice; for every other file the parser gets a stream of its own, as if detection
 * had never happened. Closing the source closes both streams and whatever was left open in them. One per
 * file; not thread-safe.
 */
public final class ReaderSource implements AutoCloseable {
  private final Path file;
  private TikaInputStream detection;
  private TikaInputStream parser;

  ReaderSource(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** The stream detection reads (it marks and resets it), opened on first use. */
  TikaInputStream detectionStream() throws IOException {
    if (detection == null) {
      detection = TikaInputStream.get(file);
    }
    return detection;
  }

  /**
   * The stream for a Tika parser, at its first byte: the detection stream when it holds a package opened
   * for the parser, otherwise a fresh one.
   */
  TikaInputStream parserStream() throws IOException {
    if (parser == null) {
      boolean handOn = detection != null
          && detection.getOpenContainer() instanceof ParserReadyOoxmlDetector.ParserReadyPackage;
      parser = handOn ? detection : TikaInputStream.get(file);
    }
    return parser;
  }

  @Override
  public void close() throws IOException {
    try {
      if (parser != null && parser != detection) {
        parser.close();
      }
    } finally {
      if (detection != null) {
        detection.close();
      }
    }
  }
}
