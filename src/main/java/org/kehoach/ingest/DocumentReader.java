package org.kehoach.ingest;

import java.nio.file.Path;
import java.util.Set;

/**
 * Reads the text out of one file of the media types it declares. Implementations are final, stateless
 * apart from their configuration, and thread-safe; the reader opens and closes the file itself. A reader
 * never returns empty text silently: a file without text is an {@link FailureReason#EMPTY} failure, and a
 * scan that needs OCR it cannot do is {@link FailureReason#OCR_UNAVAILABLE}.
 */
public interface DocumentReader {
  /** Media types (e.g. {@code application/pdf}) this reader handles, as Tika names them. */
  Set<String> supportedTypes();

  /**
   * @param file the file to read; never {@code null}
   * @param mediaType the type Tika detected from the content (never from the name)
   */
  RawDocument read(Path file, String mediaType) throws PlanProcessingException;
}
