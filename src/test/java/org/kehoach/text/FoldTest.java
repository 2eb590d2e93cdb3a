package org.kehoach.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table-driven fold must give exactly the fold as the scoring rules define it: NFD, marks dropped, đ→d,
 * lower case, dashes, whitespace collapsed and trimmed. The definition is written out here on its own and every
 * BMP character, character pairs and random strings are compared with it. The seed of the random part is
 * printed on failure; rerun with -Dkehoach.seed=N to reproduce.
 */
class FoldTest {
  /** Pieces random strings are built from: Vietnamese letters in both encodings of tone, spaces and marks. */
  private static final String[] PIECES = {
    "Ủy", "ban", "NHÂN", "DÂN", "huyện", "Đồng", "Tháp", "đ", "Đ", "hoà", "hòa", "Thuỷ", "a\u0301", "o\u0302\u0323",
    "\u0301", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u202F", "\u200B", "\uFEFF", "–", "—", "-", "…", "“", "”",
    "2024", "ð", "İ", "Σ", "ΣΑΣ", "ǅ", "ﬁ", "Å", "Ω", "한국", "\uD83D\uDE00", "\u0903", "\u20DD", "x", "TP.HCM"
  };

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MỤC ĐÍCH, YÊU CẦU|muc dich, yeu cau",
    "  Ủy   ban\tnhân\u00A0dân  |uy ban nhan dan",
    "Phòng LĐ–TB&XH|phong ld-tb&xh",
    "hoà — hòa|hoa - hoa",
  })
  void foldsAsTheScoringRulesDefine(String text, String expected) {
    assertEquals(expected, Fold.fold(text));
  }

  @Test
  void everyBmpCharacterFoldsAsDefined() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = String.valueOf((char) c);
      assertEquals(definition(s), Fold.fold(s), () -> String.format(Locale.ROOT, "U+%04X", (int) s.charAt(0)));
      String framed = "a" + s + "b " + s;
      assertEquals(definition(framed), Fold.fold(framed), () -> String.format(Locale.ROOT, "a U+%04X b", (int) s.charAt(0)));
    }
  }

  @Test
  void randomStringsFoldAsDefined() {
    RandomText random = new RandomText(PIECES);
    for (int k = 0; k < 20_000; k++) {
      String s = random.next(7, 10);
      assertEquals(definition(s), Fold.fold(s), "seed " + random.seed() + ": " + s);
    }
  }

  @Test
  void characterFoldsComposeToTheStringFold() {
    String s = " Ủy  ban\u0301 nhân dân ";
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      int f = Fold.of(s.charAt(i));
      if (f == Fold.SPACE) {
        space = sb.length() > 0;
      } else if (f >= 0) {
        sb.append(space ? " " : "").append((char) f);
        space = false;
      }
    }
    assertEquals(Fold.fold(s), sb.toString());
    assertEquals(Fold.UNTABLED, Fold.of('한'));
    assertEquals(Fold.DROP, Fold.of('\u0323'));
  }

  /** The fold as the gold scoring rules state it. */
  private static String definition(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      if (c == 'đ' || c == 'Đ') {
        sb.append('d');
      } else if (c == '\u2013' || c == '\u2014') {
        sb.append('-');
      } else {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
