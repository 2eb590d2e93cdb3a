package org.kehoach.ingest;

/** Why a document could not be processed; stable codes for reports, exit codes and HTTP errors. */
public enum FailureReason {
  /** The bytes are not a valid file of the detected type (truncated, damaged). */
  CORRUPT,
  /** The file is password-protected. */
  ENCRYPTED,
  /** The file holds no text at all (zero bytes, or nothing readable). */
  EMPTY,
  /** The detected media type is not one this tool reads. */
  UNSUPPORTED,
  /** Processing took longer than the configured time limit. */
  TIMEOUT,
  /** Pages need OCR but Tesseract with Vietnamese data is not installed. */
  OCR_UNAVAILABLE,
  /** A configured limit (bytes, pages, characters) was exceeded. */
  TOO_LARGE,
  /** The text was read but is not an administrative plan. */
  NOT_A_PLAN,
  /** The file could not be read from disk. */
  IO_ERROR
}
