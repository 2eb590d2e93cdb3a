package org.kehoach.text.legacy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * The view of 8-bit legacy text as characters: how a byte shows up after it was read as windows-1252 or
 * ISO-8859-1, and back. Text extracted by Tika from a document set in a legacy font holds each font byte as
 * its Latin-1 character, its windows-1252 character for 0x80–0x9F, or (symbol fonts) U+F000 + byte.
 */
final class ByteView {
  /** windows-1252's characters for 0x80–0x9F; the five bytes it leaves undefined stay C1 controls. */
  private static final char[] C1 = c1Table();

  private ByteView() {}

  /** The byte value {@code c} stands for, or -1 when it is not a character an 8-bit byte turns into. */
  static int toByte(char c) {
    if (c < 0x100) {
      return c;
    }
    if (c >= '\uF000' && c <= '\uF0FF') {
      return c - 0xF000;
    }
    for (int i = 0; i < C1.length; i++) {
      if (C1[i] == c) {
        return 0x80 + i;
      }
    }
    return -1;
  }

  /** The character byte {@code b} (0–255) reads as in windows-1252, or in Latin-1 where 1252 has none. */
  static char toChar(int b) {
    return b >= 0x80 && b < 0xA0 ? C1[b - 0x80] : (char) b;
  }

  /** All bytes as characters, one for one. */
  static String fromBytes(byte[] bytes) {
    char[] out = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = toChar(bytes[i] & 0xFF);
    }
    return new String(out);
  }

  private static char[] c1Table() {
    char[] t = new char[0x20];
    CharsetDecoder d =
        Charset.forName("windows-1252")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < t.length; i++) {
      try {
        CharBuffer cb = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) (0x80 + i)}));
        t[i] = cb.charAt(0);
      } catch (CharacterCodingException e) {
        t[i] = (char) (0x80 + i);
      }
    }
    return t;
  }
}
