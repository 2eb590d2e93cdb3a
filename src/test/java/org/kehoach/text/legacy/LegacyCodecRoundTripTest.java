package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.VietnameseLetters;

/** Every Vietnamese letter, both cases, through encode and decode in both encodings. */
class LegacyCodecRoundTripTest {
  private static final String BASE_VOWELS = "aăâeêioôơuưy";
  /** The capitals TCVN3 (VN3) has a code for; every other toned capital comes back lower case. */
  private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";

  private final LegacyCodec tcvn3 = new Tcvn3Codec();
  private final LegacyCodec vni = new VniCodec();

  /** The 72 lower-case vowels (12 × 6 tones) and đ. */
  private static List<Character> lowerLetters() {
    List<Character> out = new ArrayList<>();
    for (char v : BASE_VOWELS.toCharArray()) {
      for (int t = VietnameseLetters.LEVEL; t <= VietnameseLetters.DOT; t++) {
        out.add(VietnameseLetters.withTone(v, t));
      }
    }
    out.add('đ');
    return out;
  }

  private static String decodeBytes(LegacyCodec codec, byte[] bytes) {
    return codec.decode(ByteView.fromBytes(bytes));
  }

  @Test
  void vniRoundTripsEveryLetterInBothCases() {
    for (char lower : lowerLetters()) {
      char upper = Character.toUpperCase(lower);
      for (char c : new char[] {lower, upper}) {
        byte[] bytes = vni.encode(String.valueOf(c));
        assertEquals(String.valueOf(c), decodeBytes(vni, bytes), "letter " + c);
        assertTrue(bytes.length <= 2, "VNI spends at most two bytes on " + c);
      }
    }
  }

  @Test
  void tcvn3RoundTripsEveryLowerCaseLetterInOneByte() {
    for (char c : lowerLetters()) {
      byte[] bytes = tcvn3.encode(String.valueOf(c));
      assertEquals(1, bytes.length, "one byte for " + c);
      assertEquals(String.valueOf(c), decodeBytes(tcvn3, bytes), "letter " + c);
    }
  }

  @Test
  void tcvn3RoundTripsTheCapitalsItHasAndLowersTheOthers() {
    for (char lower : lowerLetters()) {
      char upper = Character.toUpperCase(lower);
      String back = decodeBytes(tcvn3, tcvn3.encode(String.valueOf(upper)));
      boolean representable =
          TCVN3_CAPITALS.indexOf(upper) >= 0 || upper < 0x80;
      assertEquals(String.valueOf(representable ? upper : lower), back, "capital " + upper);
    }
  }

  @Test
  void bytesAreThoseOfThePublishedTables() {
    assertArrayEquals(bytes(0xAD), tcvn3.encode("ư"));
    assertArrayEquals(bytes(0xAE), tcvn3.encode("đ"));
    assertArrayEquals(bytes(0xA7), tcvn3.encode("Đ"));
    assertArrayEquals(bytes('V', 'i', 0xD6, 't'), tcvn3.encode("Việt"));
    assertArrayEquals(bytes('V', 'i', 'e', 0xE4, 't'), vni.encode("Việt"));
    assertArrayEquals(bytes('V', 'I', 'E', 0xC4, 'T'), vni.encode("VIỆT"));
    assertArrayEquals(bytes('n', 'g', 0xF6, 0xF4, 0xF8, 'i'), vni.encode("người"));
    assertArrayEquals(bytes(0xD1), vni.encode("Đ"));
    assertArrayEquals(bytes('t', 'r', 0xEC, 'n', 'h'), vni.encode("trình"));
  }

  @Test
  void tcvn3SoftHyphenByteIsTheLetterU() {
    assertEquals("Trường", tcvn3.decode("Tr\u00ADêng"));
    assertEquals("Chương", tcvn3.decode("Ch\u00AD¬ng"));
  }

  @Test
  void vniTakesMarkBytesOfEitherCaseAfterTheBaseLetter() {
    assertEquals("VIỆT", vni.decode("VIEÄT"));
    assertEquals("Việt", vni.decode("Vieät"));
    assertEquals("VIỆT", vni.decode("VIEäT"));
  }

  @Test
  void charactersThatAreNoByteAndUnassignedBytesPassThrough() {
    assertEquals("→ “Việt” €", tcvn3.decode("→ “ViÖt” €"));
    assertEquals("→ “Việt” €", vni.decode("→ “Vieät” €"));
  }

  @Test
  void randomVietnameseTextRoundTrips() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Character> letters = lowerLetters();
    for (int k = 0; k < 200; k++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        int len = 1 + random.nextInt(6);
        for (int i = 0; i < len; i++) {
          char c =
              random.nextInt(3) == 0
                  ? (char) ('a' + random.nextInt(26))
                  : letters.get(random.nextInt(letters.size()));
          sb.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
        }
        sb.append(random.nextInt(5) == 0 ? ", " : " ");
      }
      String text = sb.toString();
      assertEquals(text, decodeBytes(vni, vni.encode(text)), "VNI, seed " + seed);
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      assertEquals(lower, decodeBytes(tcvn3, tcvn3.encode(lower)), "TCVN3, seed " + seed);
    }
  }

  @Test
  void unencodableCharactersBecomeQuestionMarks() {
    assertEquals("a?b", new String(vni.encode("a€b"), StandardCharsets.ISO_8859_1));
    assertEquals("a?b", new String(tcvn3.encode("aßb"), StandardCharsets.ISO_8859_1));
    assertEquals(LegacyEncoding.VNI, vni.encoding());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
