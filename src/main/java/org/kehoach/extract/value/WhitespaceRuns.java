package org.kehoach.extract.value;

/**
 * The whitespace clean-ups the extractors apply to every task text, duty, value and target text, written as
 * one pass over the characters instead of a regular expression, which costs a matcher and a search from every
 * position. Each
 * gives exactly what the expression named in its comment gives; {@code WhitespaceRunsTest} compares them on
 * the corpus and on random text. Pure functions.
 */
public final class WhitespaceRuns {
  /** The characters before which a pattern's {@code $} also matches when one of them ends the text. */
  private static final String LINE_ENDS = "\n\r\u0085\u2028\u2029";

  private WhitespaceRuns() {}

  /**
   * {@code Pattern.compile("\\s+").matcher(text.substring(from, to)).replaceAll(" ").strip()}: runs of spaces,
   * tabs and line breaks made one space, leading and trailing whitespace dropped.
   */
  public static String collapse(String text, int from, int to) {
    int a = from;
    while (a < to && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    int b = to;
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    // stripping first gives the same: a run made one space is whitespace, and no other character changes
    return oneSpaced(text, a, b);
  }

  /**
   * {@code Pattern.compile("\\s+").matcher(text.substring(from, to)).replaceAll(" ")}: each run of spaces,
   * tabs and line breaks made one space, nothing stripped ("đạt 300 triệu⏎đồng"); the substring itself when it
   * holds no run to change.
   */
  public static String oneSpaced(String text, int from, int to) {
    int k = from;
    while (k < to && !changes(text, k, to)) {
      k++;
    }
    if (k == to) {
      return text.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from).append(text, from, k);
    while (k < to) {
      char c = text.charAt(k++);
      if (isRegexSpace(c)) {
        out.append(' ');
        while (k < to && isRegexSpace(text.charAt(k))) {
          k++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the whitespace run starting at {@code text[k]} is anything but one plain space. */
  private static boolean changes(String text, int k, int to) {
    char c = text.charAt(k);
    return isRegexSpace(c) && (c != ' ' || (k + 1 < to && isRegexSpace(text.charAt(k + 1))));
  }

  /** What {@code \s} matches in a Java pattern without UNICODE_CHARACTER_CLASS: " \t\n\u000B\f\r". */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * {@code Pattern.compile("[\\s" + marks + "]+$").matcher(s).replaceAll("")} for {@code marks} holding no
   * character a character class treats specially: the run of whitespace and marks ending the text is dropped,
   * or, as {@code $} also matches before a line terminator ending the text, the run before that terminator.
   */
  public static String trimEnd(String s, String marks) {
    int n = s.length();
    int end = n;
    if (n > 0 && !isTrimmed(s.charAt(n - 1), marks) && LINE_ENDS.indexOf(s.charAt(n - 1)) >= 0) {
      end = n - 1;
    }
    int start = end;
    while (start > 0 && isTrimmed(s.charAt(start - 1), marks)) {
      start--;
    }
    if (start == end) {
      return s;
    }
    return end == n ? s.substring(0, start) : s.substring(0, start) + s.substring(end);
  }

  private static boolean isTrimmed(char c, String marks) {
    return isRegexSpace(c) || marks.indexOf(c) >= 0;
  }
}
