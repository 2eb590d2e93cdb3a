package org.kehoach.app.web;

import java.util.Objects;

/**
 * What became of one uploaded file: a stored plan, or an error with its stable code.
 *
 * @param planId the id the plan was stored under; {@code null} on failure
 * @param targets how many targets the plan has (0 on failure)
 * @param ocr whether some text came from OCR
 * @param error the failure code; {@code null} on success
 * @param detail what was found, in English, as the pipeline said it; {@code null} on success
 */
public record FileOutcome(String planId, int targets, boolean ocr, ErrorCode error, String detail) {
  public FileOutcome {
    if ((planId == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome has either a plan id or an error, got " + planId + ", " + error);
    }
  }

  public static FileOutcome stored(String planId, int targets, boolean ocr) {
    return new FileOutcome(Objects.requireNonNull(planId, "planId"), targets, ocr, null, null);
  }

  public static FileOutcome failed(ErrorCode error, String detail) {
    return new FileOutcome(null, 0, false, Objects.requireNonNull(error, "error"), detail);
  }

  public boolean ok() {
    return error == null;
  }
}
