package org.kehoach.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;

/**
 * {@link DeadlineExtractor#paragraphs} cuts a range at blank lines by visiting its newlines; compared here with
 * the straightforward way (the blank-line regex's matches, one after the other) on the corpus and on random
 * texts of newlines, blanks and words, over random ranges.
 */
class ParagraphsTest {
  /** A blank line between paragraphs: "\n\n", "\n  \n". */
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n");
  private static final String[] PIECES = {"\n", "\n", " ", "\t", "\u00A0", "\r", "a", "ngày 10/5", "Kế hoạch", "\u2028"};

  private static List<String> byRegex(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      out.add(start + "-" + m.start());
      start = m.end();
    }
    out.add(start + "-" + to);
    return out;
  }

  private static List<String> byNewlines(String text, int from, int to) {
    return DeadlineExtractor.paragraphs(text, from, to).stream().map(p -> p[0] + "-" + p[1]).toList();
  }

  @Test
  void corpusParagraphsAreCutAsByTheRegex() {
    for (String text : GateTexts.corpus()) {
      assertEquals(byRegex(text, 0, text.length()), byNewlines(text, 0, text.length()));
      int from = text.length() / 3;
      assertEquals(byRegex(text, from, text.length() - 1), byNewlines(text, from, text.length() - 1));
    }
  }

  @Test
  void randomRangesAreCutAsByTheRegex() {
    long seed = System.nanoTime();
    System.out.println("ParagraphsTest seed " + seed);
    Random random = new Random(seed);
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(30);
      for (int k = 0; k < pieces; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      assertEquals(byRegex(text, from, to), byNewlines(text, from, to), "seed " + seed + ": " + text);
    }
  }

  @Test
  void aBlankLineOfSpacesCutsButALineOfWordsDoesNot() {
    assertEquals(List.of("0-1", "5-6"), byNewlines("a\n \t\nb", 0, 6));
    assertEquals(List.of("0-5"), byNewlines("a\n.\nb", 0, 5));
    assertEquals(List.of("0-1", "3-3"), byNewlines("a\n\n", 0, 3));
  }
}
