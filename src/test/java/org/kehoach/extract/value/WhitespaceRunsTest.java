package org.kehoach.extract.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;

/**
 * {@link WhitespaceRuns} gives what the regular expressions it replaces give, on every line and paragraph of the
 * corpus and on random text full of spaces, line terminators, bullets and punctuation.
 */
class WhitespaceRunsTest {
  private static final Pattern RUNS = Pattern.compile("\\s+");
  /** The mark sets the extractors trim: bullets after a task text, punctuation after a value, and none. */
  private static final List<String> MARKS = List.of("-\u2013\u2014+*\u2022", ".,;:-\u2013\u2014", "");
  private static final String[] PIECES = {
    " ", "  ", "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u2028", "\u2029", "\u0085", "\u001C",
    "\u3000", "\u202F", "-", "\u2013", "\u2014", "+", "*", "\u2022", ".", ",", ";", ":", "Sở Y tế", "chủ trì", "a",
    "Quý II", "năm 2025", "x"};

  private static String collapsedByRegex(String text, int from, int to) {
    return RUNS.matcher(text.substring(from, to)).replaceAll(" ").strip();
  }

  private static String trimmedByRegex(String s, String marks) {
    StringBuilder cls = new StringBuilder("[\\s");
    for (char c : marks.toCharArray()) {
      cls.append('\\').append(c); // a backslash quotes any character that is not a letter
    }
    return Pattern.compile(cls.append("]+$").toString()).matcher(s).replaceAll("");
  }

  private static void check(String text, int from, int to) {
    String collapsed = WhitespaceRuns.collapse(text, from, to);
    assertEquals(collapsedByRegex(text, from, to), collapsed, () -> "collapse of " + escape(text.substring(from, to)));
    String raw = text.substring(from, to);
    for (String marks : MARKS) {
      assertEquals(trimmedByRegex(raw, marks), WhitespaceRuns.trimEnd(raw, marks),
          () -> "trimEnd(" + marks + ") of " + escape(raw));
      assertEquals(trimmedByRegex(collapsed, marks), WhitespaceRuns.trimEnd(collapsed, marks),
          () -> "trimEnd(" + marks + ") of " + escape(collapsed));
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c > 0x7E ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
    }
    return sb.append('\'').toString();
  }

  @Test
  void collapsesRunsAndTrimsLikeTheExpressions() {
    assertEquals("Sở Y tế chủ trì", WhitespaceRuns.collapse("  Sở\tY \n tế  chủ trì\n", 0, 21));
    assertEquals("Y tế", WhitespaceRuns.collapse("Sở Y tế.", 3, 7));
    assertEquals("Quý II năm 2025", WhitespaceRuns.trimEnd("Quý II năm 2025. -", ".,;:-"));
    assertEquals("trẻ em.", WhitespaceRuns.trimEnd("trẻ em.\n-", "-+*"));
    assertEquals("a\u2028", WhitespaceRuns.trimEnd("a -\u2028", "-"));
    assertEquals("a -\u2028x", WhitespaceRuns.trimEnd("a -\u2028x", "-"));
  }

  @Test
  void corpusLinesAndParagraphsGiveWhatTheExpressionsGive() {
    for (String plan : GateTexts.corpus()) {
      int lineStart = 0;
      for (int i = 0; i <= plan.length(); i++) {
        if (i == plan.length() || plan.charAt(i) == '\n') {
          check(plan, lineStart, i);
          check(plan, lineStart, Math.min(plan.length(), i + 1));
          lineStart = i + 1;
        }
      }
      for (int[] p : GateTexts.paragraphs(plan)) {
        check(plan, p[0], p[1]);
      }
    }
  }

  @Test
  void randomTextGivesWhatTheExpressionsGive() {
    long seed = System.nanoTime();
    System.out.println("WhitespaceRunsTest seed " + seed);
    Random random = new Random(seed);
    for (String text : GateTexts.random(random, PIECES, 3000, 12)) {
      check(text, 0, text.length());
      int from = random.nextInt(text.length() + 1);
      check(text, from, from + random.nextInt(text.length() - from + 1));
    }
  }
}
