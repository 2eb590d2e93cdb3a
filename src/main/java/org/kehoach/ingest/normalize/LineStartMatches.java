package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern anchored at line starts ({@code (?m)^…}) that never runs across a line break,
 * found by trying the pattern only at line starts whose first character can begin a match. A search with
 * {@code find} would try every position of the text; most lines of a document start with a character the
 * pattern rules out, so they cost one comparison here.
 *
 * <p>Line starts are where {@code (?m)^} matches: the text start, and after \n, \r (not between \r and \n),
 * U+0085, U+2028 and U+2029, except at the very end of the text. Stateless.
 */
final class LineStartMatches {
  /** A test of a line's first character: false when no match can start with it. */
  @FunctionalInterface
  interface FirstChar {
    boolean mayStart(char c);
  }

  private LineStartMatches() {}

  /**
   * What {@code pattern.matcher(text)} would find, in order, for a {@code pattern} that matches only at a
   * line start and within one line.
   */
  static List<MatchResult> of(Pattern pattern, String text, FirstChar first) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = null;
    int n = text.length();
    for (int i = 0; i < n; i = nextLineStart(text, i)) {
      if (!first.mayStart(text.charAt(i))) {
        continue;
      }
      m = m == null ? pattern.matcher(text) : m;
      if (m.region(i, n).lookingAt()) {
        out.add(m.toMatchResult());
      }
    }
    return out;
  }

  /** The first line start after {@code i}, or the text length when there is none. */
  private static int nextLineStart(String s, int i) {
    int n = s.length();
    for (int j = i; j < n; j++) {
      char c = s.charAt(j);
      if (c > '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return j + 1;
      }
      if (c == '\r') {
        return j + 1 < n && s.charAt(j + 1) == '\n' ? j + 2 : j + 1;
      }
    }
    return n;
  }
}
