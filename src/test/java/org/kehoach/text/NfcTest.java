package org.kehoach.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quick NFC test must never call a text NFC that the Unicode normaliser would change. */
class NfcTest {
  @Test
  void everyPairOfInertCharactersIsNfc() {
    StringBuilder inert = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Nfc.inert((char) c)) {
        inert.append((char) c);
      }
    }
    char[] pair = new char[2];
    for (int i = 0; i < inert.length(); i++) {
      pair[0] = inert.charAt(i);
      for (int j = 0; j < inert.length(); j++) {
        pair[1] = inert.charAt(j);
        String s = new String(pair);
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          throw new AssertionError(
              String.format(Locale.ROOT, "U+%04X U+%04X is not NFC", (int) pair[0], (int) pair[1]));
        }
      }
    }
  }

  @Test
  void vietnameseTextIsPlainlyNormalized() {
    String s = "Kế hoạch số 43/KH-UBND – “Tháng hành động” ≥ 95% → đạt…";
    assertTrue(Nfc.plainlyNormalized(s));
    assertSame(s, Nfc.normalize(s));
  }

  @Test
  void combiningMarksAndSingletonsAreLeftToTheNormaliser() {
    assertFalse(Nfc.plainlyNormalized("hoa\u0323ch"));
    assertFalse(Nfc.plainlyNormalized("\u2126")); // the ohm sign, which NFC replaces by omega
    assertFalse(Nfc.plainlyNormalized("\u2000"));
    assertEquals("hoạch", Nfc.normalize("hoa\u0323ch"));
    assertEquals("\u03A9", Nfc.normalize("\u2126"));
  }

  @Test
  void agreesWithTheNormaliserOnRandomText() {
    RandomText random =
        new RandomText("Việt", "hoa\u0323ch", " ", "–", "\u2000", "Ω", "≥", "A\u030A", "\u1EA0", "\uFFFD");
    for (int round = 0; round < 20_000; round++) {
      String s = random.next(8, 6);
      assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), Nfc.normalize(s), "seed " + random.seed() + ": " + s);
      if (Nfc.plainlyNormalized(s)) {
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), "seed " + random.seed() + ": " + s);
      }
    }
  }
}
