package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.util.TestTexts;

/** The syllables a split gives for a sub-range must be exactly those of splitting the sub-range itself. */
class SyllableSplitTest {
  private final SyllableTokenizer tok = new SyllableTokenizer();

  /** The straightforward way: split the sub-range as a text of its own, offsets shifted into the text. */
  private List<Token> own(String text, int a, int b) {
    List<Token> out = new ArrayList<>();
    for (Token t : tok.tokenize(text.substring(a, b))) {
      out.add(new Token(t.key(), t.start() + a, t.end() + a));
    }
    return out;
  }

  private void assertWithinSplitsAsTheRange(SyllableSplit split, String text, int a, int b) {
    assertEquals(own(text, a, b), split.within(a, b), "[" + a + ", " + b + ") of '" + text + "'");
  }

  @Test
  void everySubRangeOfAShortTextSplitsAsItself() {
    String text = "Giao Phòng LĐ-TB&XH (chủ trì), Q1: 08 tỷ đồng; Ðoàn Lý Sơn.";
    SyllableSplit split = SyllableSplit.of(tok, text, 0, text.length());
    for (int a = 0; a <= text.length(); a++) {
      for (int b = a; b <= text.length(); b++) {
        assertWithinSplitsAsTheRange(split, text, a, b);
      }
    }
  }

  @Test
  void aSplitOfPartOfATextServesRangesInsideAndOutsideIt() {
    String text = "Sở Y tế chủ trì, phối hợp với UBND các xã, thị trấn.";
    SyllableSplit split = SyllableSplit.of(tok, text, 3, 40);
    assertWithinSplitsAsTheRange(split, text, 3, 40);
    assertWithinSplitsAsTheRange(split, text, 0, text.length());
    assertWithinSplitsAsTheRange(split, text, 5, 20);
    assertWithinSplitsAsTheRange(split, text, 30, 45);
    int te = text.indexOf("tế");
    assertEquals(List.of("te", "chu"), split.within(te, te + "tế chủ".length()).stream().map(Token::key).toList());
    assertEquals(List.of("e", "ch"), split.within(te + 1, te + "tế ch".length()).stream().map(Token::key).toList());
  }

  @Test
  void randomTextsAndRangesSplitAsTheRange() {
    long seed = System.nanoTime();
    System.out.println("SyllableSplitTest seed " + seed);
    Random random = new Random(seed);
    // letters, digits, combining marks (kept and dropped by the fold), the OCR eth, separators
    String alphabet = "aăâđeêioôơuưyAĐỹẠờứð0123456789.,;:-/%&() \n\t\u0301\u0323\u20DD\u0903\uD835\uDC00";
    for (int k = 0; k < 300; k++) {
      String text = TestTexts.random(random, alphabet, 60);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      SyllableSplit split = SyllableSplit.of(tok, text, from, to);
      for (int r = 0; r < 20; r++) {
        int a = random.nextInt(text.length() + 1);
        int b = a + random.nextInt(text.length() - a + 1);
        assertWithinSplitsAsTheRange(split, text, a, b);
      }
    }
  }

  @Test
  void randomLongTextsWithRunsLongerThanABlockSplitAsTheRange() {
    long seed = System.nanoTime();
    System.out.println("SyllableSplitTest long texts seed " + seed);
    Random random = new Random(seed);
    String alphabet = "aăđêơyĐỹ09.,: \n\u0301";
    for (int k = 0; k < 40; k++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(8 * SyllableSplit.BLOCK);
      while (sb.length() < n) {
        if (random.nextInt(200) == 0) {
          sb.append("a".repeat(random.nextInt(3 * SyllableSplit.BLOCK))); // one run across blocks
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      SyllableSplit split = SyllableSplit.of(tok, text, 0, text.length());
      for (int r = 0; r < 100; r++) {
        int a = random.nextInt(text.length() + 1);
        int b = a + random.nextInt(Math.min(text.length() - a, 3 * SyllableSplit.BLOCK) + 1);
        assertWithinSplitsAsTheRange(split, text, a, b);
      }
      assertWithinSplitsAsTheRange(split, text, 0, text.length());
    }
  }

  @Test
  void randomRangesOfTheCorpusPlansSplitAsTheRange() throws IOException {
    Map<String, String> plans = TestTexts.corpusPlans();
    Random random = new Random(plans.size());
    for (Map.Entry<String, String> plan : plans.entrySet()) {
      String f = plan.getKey();
      String text = plan.getValue();
      SyllableSplit split = SyllableSplit.of(tok, text, 0, text.length());
      assertEquals(own(text, 0, text.length()), split.within(0, text.length()), f.toString());
      for (int r = 0; r < 200; r++) {
        int a = random.nextInt(text.length() + 1);
        int b = Math.min(text.length(), a + random.nextInt(400));
        assertEquals(own(text, a, b), split.within(a, b), f + " [" + a + ", " + b + ")");
      }
    }
  }
}
