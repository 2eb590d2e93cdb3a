package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
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

  @Test
  void capitalsAndWordCountsStopEarlyWithoutChangingTheAnswer() {
    RandomText random = new RandomText("ỦY BAN", "nhân dân", " ", "  ", "II.", "A", "b", "Đ", "ạ", "2024", "\u00A0", "-");
    for (int k = 0; k < 20_000; k++) {
      String s = random.next(30, 20);
      assertEquals(TextShape.upperShare(s) >= 0.85, TextShape.isCapitals(s), "seed " + random.seed() + ": " + s);
      int words = words(s);
      for (int max = 0; max < 6; max++) {
        assertEquals(words <= max, TextShape.wordsAtMost(s, max), "seed " + random.seed() + ": " + s);
      }
    }
    assertTrue(TextShape.isCapitals("TỔ CHỨC THỰC HIỆN"));
    assertFalse(TextShape.isCapitals("Tổ chức thực hiện kế hoạch NÀY"));
  }

  /** Runs of characters that are not {@link TextShape#isSpace}. */
  private static int words(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!TextShape.isSpace(s.charAt(i)) && (i == 0 || TextShape.isSpace(s.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
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

  @Test
  void foldsToAgreesWithTheRegexEngineOnEveryCharacter() {
    // the guard must let through every first character the case-insensitive pattern accepts
    Pattern number = Pattern.compile("^S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Pattern motto = Pattern.compile("^Đ", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      assertEquals(number.matcher(s).lookingAt(), TextShape.foldsTo(c, 's'), s);
      assertEquals(motto.matcher(s).lookingAt(), TextShape.foldsTo(c, 'đ'), s);
    }
  }

  @Test
  void isSpaceAnswersAsItsDefinitionForEveryCharacter() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(TextShape.isSpaceByDefinition(c), TextShape.isSpace(c), () -> "U+" + Integer.toHexString(c));
    }
  }
}
