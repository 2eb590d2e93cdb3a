package org.kehoach.model;

import java.util.Locale;

/** The document formats a plan can be uploaded in; {@link #jsonName()} is the schema's {@code source.format}. */
public enum SourceFormat {
  PDF,
  DOCX,
  DOC,
  ODT,
  RTF,
  HTML,
  TXT;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
