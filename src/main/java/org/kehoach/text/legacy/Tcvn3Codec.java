package org.kehoach.text.legacy;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.Nfc;
import org.kehoach.text.VietnameseLetters;

/**
 * TCVN3 (TCVN 5712:1993 VN3, "ABC"): one byte per letter, table in {@code tcvn3.txt}. Decoding is a byte
 * lookup; capitals lost to the capital font are repaired separately ({@link CapitalFontRepair}).
 */
final class Tcvn3Codec implements LegacyCodec {
  private final char[] toChar = new char[0x100];
  private final int[] toByte = new int[0x1F00];

  Tcvn3Codec() {
    for (CodecTable.Entry e : CodecTable.load("tcvn3.txt").entries()) {
      char c = e.fields().get(0).charAt(0);
      toChar[e.code()] = c;
      toByte[c] = e.code();
    }
  }

  @Override
  public LegacyEncoding encoding() {
    return LegacyEncoding.TCVN3;
  }

  @Override
  public String decode(CharSequence byteChars) {
    StringBuilder sb = new StringBuilder(byteChars.length());
    for (int i = 0; i < byteChars.length(); i++) {
      char c = byteChars.charAt(i);
      int b = ByteView.toByte(c);
      sb.append(b >= 0x80 && toChar[b] != 0 ? toChar[b] : c);
    }
    return Nfc.normalize(sb.toString());
  }

  @Override
  public byte[] encode(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.write(byteOf(s.charAt(i)));
    }
    return out.toByteArray();
  }

  private int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c < toByte.length && toByte[c] != 0) {
      return toByte[c];
    }
    char lower = Character.toLowerCase(c);
    if (VietnameseLetters.tone(c) > VietnameseLetters.LEVEL && lower < toByte.length && toByte[lower] != 0) {
      return toByte[lower];
    }
    return '?';
  }
}
