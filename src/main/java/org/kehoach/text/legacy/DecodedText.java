package org.kehoach.text.legacy;

import java.util.Objects;
import org.kehoach.model.LegacyEncoding;

/**
 * A plain-text file decoded to Unicode: the text, the charset its bytes were read as (e.g. {@code UTF-8},
 * {@code windows-1258}) and the legacy Vietnamese encoding converted, or {@code null}.
 */
public record DecodedText(String text, String charset, LegacyEncoding legacy) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
