package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.VietnameseLetters;

/** decodeBytes on invented plain-text files in every supported form. */
class CharsetSniffingTest {
  private static final String TEXT =
      "KẾ HOẠCH PHÒNG, CHỐNG BẠO LỰC HỌC ĐƯỜNG NĂM 2024\n"
          + "Ủy ban nhân dân xã Tân Hòa yêu cầu các trường tổ chức tuyên truyền, "
          + "hướng dẫn kỹ năng sống cho học sinh; báo cáo kết quả trước ngày 30/11.\n";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutBom() {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    DecodedText plain = LegacyDecoder.decodeBytes(utf8);
    assertEquals(TEXT, plain.text());
    assertEquals("UTF-8", plain.charset());
    assertNull(plain.legacy());
    DecodedText bom = LegacyDecoder.decodeBytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
    assertEquals(TEXT, bom.text());
    assertEquals("UTF-8", bom.charset());
  }

  @Test
  void utf8InDecomposedFormComesOutNfc() {
    String nfd = Normalizer.normalize(TEXT, Normalizer.Form.NFD);
    assertEquals(TEXT, LegacyDecoder.decodeBytes(nfd.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void utf16WithBom() {
    byte[] le = concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(TEXT, LegacyDecoder.decodeBytes(le).text());
    DecodedText be = LegacyDecoder.decodeBytes(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(TEXT, be.text());
    assertEquals("UTF-16BE", be.charset());
  }

  @Test
  void utf16WithoutBomByItsZeroBytes() {
    DecodedText le = LegacyDecoder.decodeBytes(TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(TEXT, le.text());
    assertEquals("UTF-16LE", le.charset());
    DecodedText be = LegacyDecoder.decodeBytes(TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(TEXT, be.text());
    assertEquals("UTF-16BE", be.charset());
  }

  @Test
  void windows1258WithCombiningToneMarks() {
    DecodedText d = LegacyDecoder.decodeBytes(windows1258(TEXT));
    assertEquals(TEXT, d.text());
    assertEquals("windows-1258", d.charset());
    assertNull(d.legacy());
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void legacyEightBitFiles(LegacyEncoding enc) {
    String lowerCaseSafe = enc == LegacyEncoding.TCVN3 ? TEXT.substring(TEXT.indexOf('\n') + 1) : TEXT;
    DecodedText d = LegacyDecoder.decodeBytes(LegacyDecoder.encode(lowerCaseSafe, enc));
    assertEquals(lowerCaseSafe, d.text());
    assertEquals(enc, d.legacy());
  }

  @Test
  void tcvn3FileRepairsItsHeadingAndFirstSentence() {
    DecodedText d = LegacyDecoder.decodeBytes(LegacyDecoder.encode(TEXT, LegacyEncoding.TCVN3));
    assertEquals(TEXT, d.text());
  }

  @Test
  void legacyMojibakeSavedAsUtf8IsConverted() {
    String body = TEXT.substring(TEXT.indexOf('\n') + 1);
    String mojibake = new String(LegacyDecoder.encode(body, LegacyEncoding.VNI), StandardCharsets.ISO_8859_1);
    DecodedText d = LegacyDecoder.decodeBytes(mojibake.getBytes(StandardCharsets.UTF_8));
    assertEquals(body, d.text());
    assertEquals("UTF-8", d.charset());
    assertEquals(LegacyEncoding.VNI, d.legacy());
  }

  @Test
  void asciiAndWesternEightBitTextAreNotVietnamese() {
    DecodedText ascii = LegacyDecoder.decodeBytes("Plan 43/KH-UBND, 2024.".getBytes(StandardCharsets.US_ASCII));
    assertEquals("Plan 43/KH-UBND, 2024.", ascii.text());
    assertNull(ascii.legacy());
    String french = "Le café est très connu à Paris; l'été, déjà, où aller?";
    DecodedText western = LegacyDecoder.decodeBytes(french.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(french, western.text());
    assertEquals("windows-1252", western.charset());
  }

  @Test
  void emptyFile() {
    DecodedText d = LegacyDecoder.decodeBytes(new byte[0]);
    assertEquals("", d.text());
    assertNull(d.legacy());
  }

  /** windows-1258 as Windows wrote it: precomposed where the code page has the letter, else base + tone mark. */
  private static byte[] windows1258(String text) {
    CharsetEncoder enc = Charset.forName("windows-1258").newEncoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (char c : text.toCharArray()) {
      String piece = String.valueOf(c);
      if (!enc.canEncode(c)) {
        piece = VietnameseLetters.base(c) + String.valueOf(VietnameseLetters.combiningMark(VietnameseLetters.tone(c)));
      }
      out.writeBytes(piece.getBytes(enc.charset()));
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
