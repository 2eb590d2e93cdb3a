package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kehoach.text.Fold;
import org.kehoach.util.TestTexts;

class SyllableTokenizerTest {
  private final SyllableTokenizer tok = new SyllableTokenizer();

  @Test
  void keysIgnoreTonesCaseAndPunctuation() {
    assertEquals(List.of("phong", "ld", "tb", "xh"), tok.keys("Phòng LĐ-TB&XH"));
    assertEquals(List.of("tp", "cam", "pha"), tok.keys("TP. CẨM PHẢ"));
    assertEquals(tok.keys("TP Cẩm Phả"), tok.keys("tp.cẩm phả"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Giao  Phòng LĐ-TB&XH (chủ trì).";
    List<Token> tokens = tok.tokenize(text);
    assertEquals(7, tokens.size());
    for (Token t : tokens) {
      String surface = text.substring(t.start(), t.end());
      assertEquals(tok.keys(surface), List.of(t.key()), surface);
    }
    assertEquals("LĐ", text.substring(tokens.get(2).start(), tokens.get(2).end()));
  }

  @Test
  void decomposedInputKeepsMarksInsideTheToken() {
    String nfd = Normalizer.normalize("Huyện Lý Sơn", Normalizer.Form.NFD);
    List<Token> tokens = tok.tokenize(nfd);
    assertEquals(List.of("huyen", "li", "son"), tok.keys(nfd));
    assertEquals(nfd.length(), tokens.get(2).end());
  }

  @Test
  void freeYAndISpellingsShareAKey() {
    assertEquals(tok.keys("tỉ lệ"), tok.keys("tỷ lệ"));
    assertEquals(tok.keys("Lí Sơn"), tok.keys("Lý Sơn"));
    assertEquals(tok.keys("Qui Nhơn"), tok.keys("Quy Nhơn"));
    // "uy" after h/th is a different rhyme and stays as written
    assertEquals(List.of("thuy", "huy"), tok.keys("Thủy Huy"));
  }

  @Test
  void leadingZerosAreDroppedFromNumbers() {
    assertEquals(List.of("8", "loai"), tok.keys("08 loại"));
    assertEquals(List.of("0"), tok.keys("000"));
    assertEquals(List.of("q1"), tok.keys("Q1"));
  }

  @Test
  void ocrEthReadsAsD() {
    assertEquals(tok.keys("Đoàn"), tok.keys("Ðoàn"));
  }

  @Test
  void randomTextsTokeniseAsTheDefinitionSays() {
    long seed = System.nanoTime();
    System.out.println("SyllableTokenizerTest seed " + seed);
    Random random = new Random(seed);
    String alphabet = "aăâđeêioôơuưyYÝỷqhgnkð0123456789ĐỹẠờứ.,;:-/%&() \n\t\u0301\u0323\u20DD\u0903\u00AD\uFB01\u2160";
    for (int k = 0; k < 2000; k++) {
      String text = TestTexts.random(random, alphabet, 40);
      assertEquals(byDefinition(text), tok.tokenize(text), "'" + text + "'");
    }
  }

  private static final Set<String> ONSETS = Set.of("b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
      "v", "x", "ch", "gh", "kh", "nh", "ph", "th", "tr", "ng", "ngh", "qu");

  /** Runs of letters, digits and marks as Character tells them, keyed by Fold.fold and the spelling rules. */
  private static List<Token> byDefinition(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!inRun(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && inRun(text.charAt(i))) {
        i++;
      }
      String key = Fold.fold(text.substring(start, i)).replace('ð', 'd');
      if (key.matches("[0-9]+")) {
        key = key.replaceFirst("^0+(?=.)", "");
      } else if (key.length() >= 2 && key.endsWith("y") && ONSETS.contains(key.substring(0, key.length() - 1))) {
        key = key.substring(0, key.length() - 1) + "i";
      }
      if (!key.isEmpty()) {
        out.add(new Token(key, start, i));
      }
    }
    return out;
  }

  private static boolean inRun(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }
}
