package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.value.WhitespaceRuns;
import org.kehoach.util.TestTexts;

class MarkedTokensTest {
  /** The straightforward way {@link WhitespaceRuns#oneSpaced} stands for. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String straightforward(String text, int from, int to) {
    return SPACES.matcher(text.substring(from, to)).replaceAll(" ");
  }

  @Test
  void runsOfWhitespaceBecomeOneSpace() {
    String text = "giảm  tỷ lệ\t\nhộ nghèo\r\nxuống \u000B3%\f";
    assertEquals("giảm tỷ lệ hộ nghèo xuống 3% ", WhitespaceRuns.oneSpaced(text, 0, text.length()));
    assertEquals("tỷ lệ ", WhitespaceRuns.oneSpaced(text, 6, 13));
  }

  @Test
  void textWithSingleSpacesOnlyIsTheSubstring() {
    String text = "đạt 95% trẻ em";
    assertEquals("95% trẻ", WhitespaceRuns.oneSpaced(text, 4, 11));
    assertSame(text, WhitespaceRuns.oneSpaced(text, 0, text.length()));
  }

  @Test
  void sameAsTheRegexOnCorpusLines() throws IOException {
    for (Map.Entry<String, String> plan : TestTexts.corpusPlans().entrySet()) {
      String text = plan.getValue();
      // windows of every length class over the whole plan, wrapped lines and blank lines included
      for (int from = 0; from < text.length(); from += 37) {
        int to = Math.min(text.length(), from + 1 + (from * 7) % 400);
        assertEquals(straightforward(text, from, to), WhitespaceRuns.oneSpaced(text, from, to), plan.getKey() + " @" + from);
      }
    }
  }

  @Test
  void sameAsTheRegexOnRandomText() {
    long seed = 20261122L;
    Random random = new Random(seed);
    String alphabet = "aăđ ế1,%  \t\n\r\f\u000B\u00A0\u2003\u0001";
    for (int k = 0; k < 20_000; k++) {
      String text = TestTexts.random(random, alphabet, 24);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      int to = from + (text.length() == from ? 0 : random.nextInt(text.length() - from + 1));
      assertEquals(straightforward(text, from, to), WhitespaceRuns.oneSpaced(text, from, to),
          "seed " + seed + ", text [" + text + "] " + from + ".." + to);
    }
  }
}
