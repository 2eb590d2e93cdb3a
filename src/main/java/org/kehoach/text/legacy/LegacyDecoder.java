package org.kehoach.text.legacy;

import java.util.Optional;
import org.kehoach.model.LegacyEncoding;

/** Placeholder API, to be implemented: detection and conversion of TCVN3 and VNI text. */
public final class LegacyDecoder {
  private LegacyDecoder() {}

  /**
   * Decodes the bytes of a plain-text file: BOM, UTF-8, UTF-16, windows-1258, TCVN3 or VNI, whichever reads
   * as Vietnamese; the result is NFC.
   */
  public static DecodedText decodeBytes(byte[] bytes) {
    return new DecodedText(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "UTF-8", null);
  }

  /** Detects text extracted from a document set in a legacy font (its bytes read as Latin-1/cp1252). */
  public static Optional<LegacyEncoding> detect(String text) {
    return Optional.empty();
  }

  /** Converts such text to Unicode NFC. */
  public static String convert(String text, LegacyEncoding encoding) {
    return text;
  }
}
