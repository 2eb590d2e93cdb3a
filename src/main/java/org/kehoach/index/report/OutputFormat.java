package org.kehoach.index.report;

import java.util.Locale;

/** How a result is written. */
public enum OutputFormat {
  /** Plain text for a terminal. */
  TABLE,
  JSON,
  /** RFC 4180, UTF-8, one header row. */
  CSV,
  /** An Excel workbook; binary, so it goes to a file. */
  XLSX;

  /** The usual file extension. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
