package org.kehoach.text.legacy;

import org.kehoach.model.LegacyEncoding;

/**
 * One legacy Vietnamese 8-bit encoding. Implementations are immutable and thread-safe.
 *
 * <p>{@link #decode} takes the encoded bytes as characters (see {@link ByteView}: Latin-1, windows-1252's
 * 0x80–0x9F, or U+F000 + byte), which is both how a plain-text file's bytes are read and how Tika returns
 * text set in a legacy font. Characters that are no byte pass through, and so do bytes the encoding does
 * not assign. The result is NFC.
 */
interface LegacyCodec {
  LegacyEncoding encoding();

  /**
   * Decodes legacy bytes shown as characters into Unicode NFC. ASCII characters stay as they are, and input
   * made of {@link org.kehoach.text.Nfc#inert} characters decodes to inert characters, no more of them
   * non-ASCII than the input holds: {@link NoGainProof} relies on it.
   */
  String decode(CharSequence byteChars);

  /**
   * Encodes Unicode text into the legacy bytes: ASCII stays as is and a character the encoding cannot
   * write becomes '?' (TCVN3 writes a toned capital as its lower-case letter, as the capital fonts did).
   */
  byte[] encode(String text);
}
