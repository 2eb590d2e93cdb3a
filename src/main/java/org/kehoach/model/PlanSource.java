package org.kehoach.model;

import java.util.Objects;

/**
 * The file a plan was read from.
 *
 * @param file file name as given, without directories
 * @param pages page count for paged formats, else {@code null}
 * @param ocr true when some text came from OCR
 * @param encoding legacy Vietnamese encoding converted, or {@code null} for Unicode input
 */
public record PlanSource(
    String file, SourceFormat format, String sha256, Integer pages, boolean ocr, LegacyEncoding encoding) {
  public PlanSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }
}
