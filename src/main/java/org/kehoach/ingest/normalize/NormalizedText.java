package org.kehoach.ingest.normalize;

import java.util.Objects;
import org.kehoach.model.LegacyEncoding;

/**
 * The clean text every later stage reads and every span indexes into, with the legacy encoding that was
 * converted on the way ({@code null} for Unicode input).
 */
public record NormalizedText(PagedText text, LegacyEncoding encoding) {
  public NormalizedText {
    Objects.requireNonNull(text, "text");
  }

  public String value() {
    return text.text();
  }
}
