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
 */
public record Limits(
    long maxBytes, int maxPages, int maxChars, Duration timeout, int ocrDpi, int ocrThreads) {
  public Limits {
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || ocrDpi < 72 || ocrThreads <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive (ocrDpi >= 72), got maxBytes=" + maxBytes + ", maxPages=" + maxPages
              + ", maxChars=" + maxChars + ", ocrDpi=" + ocrDpi + ", ocrThreads=" + ocrThreads);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
  }

  public static Limits defaults() {
    return new Limits(
        50L * 1024 * 1024, 1_000, 5_000_000, Duration.ofMinutes(10), 300,
        Runtime.getRuntime().availableProcessors());
  }

  public Limits withTimeout(Duration newTimeout) {
    return new Limits(maxBytes, maxPages, maxChars, newTimeout, ocrDpi, ocrThreads);
  }
}
