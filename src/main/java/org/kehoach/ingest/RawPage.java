package org.kehoach.ingest;

import java.util.Objects;

/** The text of one page as a reader produced it, before normalisation; {@code ocr} when Tesseract read it. */
public record RawPage(int number, String text, boolean ocr) {
  public RawPage {
    Objects.requireNonNull(text, "text");
    if (number < 1) {
      throw new IllegalArgumentException("page number must be >= 1, got " + number);
    }
  }
}
