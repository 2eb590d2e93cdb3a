package org.kehoach.ingest.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Objects;

/** An engine that never recognises anything: OCR is switched off, or no engine could be found. */
public final class NoOcr implements OcrEngine {
  private final String reason;

  /** OCR switched off by configuration. */
  public NoOcr() {
    this("OCR is switched off; to read scanned pages, " + TesseractOcr.INSTALL_HINT);
  }

  /** @param reason the sentence reported to users, saying why and how to get OCR */
  public NoOcr(String reason) {
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  @Override
  public boolean available() {
    return false;
  }

  @Override
  public String unavailableReason() {
    return reason;
  }

  @Override
  public String recognise(BufferedImage page, int dpi, Duration timeout) throws OcrException {
    throw new OcrException(reason);
  }
}
