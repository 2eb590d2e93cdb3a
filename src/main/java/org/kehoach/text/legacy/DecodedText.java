package org.kehoach.text.legacy;

import java.util.Objects;
import org.kehoach.model.LegacyEncoding;

/**
 * A plain-text file decoded to Unicode: the text, the charset its bytes were read as (e.g. {@code UTF-8},
 * {@code windows-1258}) and the legacy Vietnamese encoding converted, or {@code null}. {@code
 * legacyChecked} is true when nothing is left to detect: {@code text} was converted from a legacy encoding,
 * or {@link LegacyDecoder#detect} already ran on it and found none; it is false for an 8-bit reading that
 * was only compared with the legacy readings of the bytes, which detection might still find mojibake in.
 */
public record DecodedText(String text, String charset, LegacyEncoding legacy, boolean legacyChecked) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
