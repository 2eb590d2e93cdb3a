package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.text.Fold;
import org.kehoach.text.RandomText;

/** The matching key is the fold with everything but letters and digits turned into single spaces. */
class TextShapeTest {
  private static final String[] PIECES = {
    "MỤC", "ĐÍCH", ",", " ", "YÊU CẦU", ":", "II.", "Ủy", "hoà", "a\u0301", "\u0323", "\t", "\u00A0", "–", "(", ")",
    "2024", "/", "KH-UBND", "한", "\uD83D\uDE00", "\u0903", "ǅ", "\u200B", "\uFEFF"
  };

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MỤC ĐÍCH, YÊU CẦU:|muc dich yeu cau",
    "  II.  TỔ CHỨC THỰC HIỆN  |ii to chuc thuc hien",
    "Số: 43/KH-UBND|so 43 kh ubnd",
    "-- ; --|''",
  })
  void keysLettersAndDigitsOnly(String text, String expected) {
    assertEquals(expected, TextShape.key(text));
  }

  @Test
  void keyIsTheFoldWithSeparatorsCollapsed() {
    RandomText random = new RandomText(PIECES);
    for (int k = 0; k < 20_000; k++) {
      String s = random.next(7, 12);
      assertEquals(definition(s), TextShape.key(s), "seed " + random.seed() + ": " + s);
    }
  }

  private static String definition(String s) {
    StringBuilder sb = new StringBuilder();
    for (String word : Fold.fold(s).split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(word);
      }
    }
    return sb.toString();
  }
}
