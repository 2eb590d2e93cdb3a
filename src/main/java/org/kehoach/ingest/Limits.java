package org.kehoach.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-document bounds that protect the tool from hostile or broken input. Going over one fails that
 * document with {@link FailureReason#TOO_LARGE} or {@link FailureReason#TIMEOUT}; it never fails a batch.
 *
 * @param maxBytes largest file accepted (default 50 MiB)
 * @param maxPages most PDF pages read (default 1,000)
 * @param maxChars most characters of extracted text kept (default 5,000,000, about 2,000 pages)
 * @param timeout wall time for reading one document, OCR included (default 10 minutes)
 * @param ocrDpi resolution image-only pages are rendered at for OCR (default 300)
 * @param ocrThreads pages recognised in parallel (default: the number of cores)
 * @param maxExpandedBytes most bytes the entries of a ZIP package (DOCX, ODT) may expand to, counted by
 *     inflating them before parsing (default 100 MiB; a zip bomb goes past it, a real plan by far not)
 */
public record Limits(
    long maxBytes, int maxPages, int maxChars, Duration timeout, int ocrDpi, int ocrThreads,
    long maxExpandedBytes) {
  /** The default bound on the expansion of a ZIP package. */
  public static final long DEFAULT_MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

  public Limits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || ocrDpi < 72 || ocrThreads <= 0
        || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive (ocrDpi >= 72), got maxBytes=" + maxBytes + ", maxPages=" + maxPages
              + ", maxChars=" + maxChars + ", ocrDpi=" + ocrDpi + ", ocrThreads=" + ocrThreads
              + ", maxExpandedBytes=" + maxExpandedBytes);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  /** The limits with the default bound on ZIP expansion. */
  public Limits(long maxBytes, int maxPages, int maxChars, Duration timeout, int ocrDpi, int ocrThreads) {
    this(maxBytes, maxPages, maxChars, timeout, ocrDpi, ocrThreads, DEFAULT_MAX_EXPANDED_BYTES);
  }

  public static Limits defaults() {
    return new Limits(
        50L * 1024 * 1024, 1_000, 5_000_000, Duration.ofMinutes(10), 300,
        Runtime.getRuntime().availableProcessors());
  }

  public Limits withTimeout(Duration newTimeout) {
    return new Limits(maxBytes, maxPages, maxChars, newTimeout, ocrDpi, ocrThreads, maxExpandedBytes);
  }
}
