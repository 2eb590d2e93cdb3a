package org.kehoach.ingest;

import java.util.Set;

/**
 * Reads the text out of one file of the media types it declares. Implementations are final, stateless
 * apart from their configuration, and thread-safe; the reader reads the file through the {@link ReaderSource} it
 * is given, which the caller closes. A scan
 * that needs OCR the reader cannot do is {@link FailureReason#OCR_UNAVAILABLE}, never empty text. Readers
 * are registered by media type and called through {@link Ingestor}, which checks the file beforehand and
 * turns a result without a single letter or digit into {@link FailureReason#EMPTY}; a reader that is
 * interrupted (the time limit) stops as soon as it notices.
 */
public interface DocumentReader {
  /** Media types (e.g. {@code application/pdf}) this reader handles, as Tika names them. */
  Set<String> supportedTypes();

  /**
   * @param source the file to read, as detection left it; never {@code null}
   * @param mediaType the type Tika detected from the content (never from the name)
   */
  RawDocument read(ReaderSource source, String mediaType) throws PlanProcessingException;
}
