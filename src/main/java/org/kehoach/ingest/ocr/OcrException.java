package org.kehoach.ingest.ocr;

/** OCR of one page failed: the engine is missing or broken, or the page took longer than allowed. */
public final class OcrException extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean timedOut;

  public OcrException(String message, boolean timedOut, Throwable cause) {
    super(message, cause);
    this.timedOut = timedOut;
  }

  public OcrException(String message) {
    this(message, false, null);
  }

  /** True when the failure is the time limit, not the engine. */
  public boolean timedOut() {
    return timedOut;
  }
}
