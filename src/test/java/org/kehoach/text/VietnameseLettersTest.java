package org.kehoach.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseLettersTest {
  private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

  /** The table agrees with Unicode's own decomposition for all 144 toned and plain vowels. */
  @Test
  void agreesWithUnicodeDecomposition() {
    for (char v : VOWELS.toCharArray()) {
      for (int t = VietnameseLetters.LEVEL; t <= VietnameseLetters.DOT; t++) {
        char toned = VietnameseLetters.withTone(v, t);
        String expected =
            t == VietnameseLetters.LEVEL
                ? String.valueOf(v)
                : Normalizer.normalize(v + String.valueOf(VietnameseLetters.combiningMark(t)), Normalizer.Form.NFC);
        assertEquals(expected, String.valueOf(toned), v + " tone " + t);
        assertEquals(t, VietnameseLetters.tone(toned));
        assertEquals(v, VietnameseLetters.base(toned));
        assertEquals(t == VietnameseLetters.LEVEL ? -1 : t, VietnameseLetters.toneOfMark(
            t == VietnameseLetters.LEVEL ? 'x' : VietnameseLetters.combiningMark(t)));
      }
    }
  }

  @Test
  void consonantsAndOtherCharactersAreNoVowels() {
    for (char c : "bđĐzç1 -é".toCharArray()) {
      if (c == 'é') {
        assertTrue(VietnameseLetters.isVowel(c));
        continue;
      }
      assertFalse(VietnameseLetters.isVowel(c), String.valueOf(c));
      assertEquals(-1, VietnameseLetters.tone(c));
      assertEquals(c, VietnameseLetters.base(c));
    }
    assertTrue(VietnameseLetters.hasVowelMark('Ự'));
    assertFalse(VietnameseLetters.hasVowelMark('ý'));
    assertThrows(IllegalArgumentException.class, () -> VietnameseLetters.withTone('a', 6));
  }
}
