package org.kehoach.extract.deadlines;

import edu.stanford.nlp.util.Interval;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes what is due, cheaply, from the clause that ends where a deadline's cue begins: "báo cáo sơ kết
 * 06 tháng trước ngày 13/5/2020" gives "báo cáo sơ kết 06 tháng". The clause runs back to the nearest
 * sentence or list boundary (; . : ( ) or a new line starting a list item) or to a floor (the previous
 * deadline). When the clause holds a head noun found by the rules ("báo cáo", "kế hoạch" …) the
 * description starts at the last one; otherwise it is the clause's last words. A clause that is empty
 * because the cue opens a parenthesis ("báo cáo kết quả 6 tháng (trước ngày 10/5)") is read before it.
 * Stateless.
 */
final class WhatFinder {
  /** Longest description, in words. */
  private static final int MAX_WORDS = 14;
  /** Leading connectives and list markers to drop: "- và ", "+ hoặc ", "** ", "định kỳ ". */
  private static final Pattern LEADING = Pattern.compile("(?iu)^(?:[-+*•–\\s,]|và(?:\\s|$)|hoặc(?:\\s|$)|định kỳ(?:\\s|$))+");
  /** Trailing punctuation and markup to drop: " (", " **", ",". */
  private static final Pattern TRAILING = Pattern.compile("[\\s(,*:–-]+$");
  /** What separates the words of a description: " ", "\n  ". */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A list item starts with a bullet: "- ", "+ ", "* ", "• ". */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-+*•–]");

  String what(String text, int cueStart, int floor, List<Interval<Integer>> heads) {
    int start = clauseStart(text, cueStart, floor);
    String w = describe(text, start, cueStart, heads);
    if (w.isEmpty() && start > floor && text.charAt(start - 1) == '(') {
      int before = clauseStart(text, start - 1, floor);
      w = describe(text, before, start - 1, heads);
    }
    return w.isEmpty() ? null : w;
  }

  /**
   * The first character {@link #what} can read for a cue at {@code cueStart}: head nouns before it do not
   * matter. It does not depend on the heads.
   */
  int reach(String text, int cueStart, int floor) {
    int start = clauseStart(text, cueStart, floor);
    return start > floor && text.charAt(start - 1) == '(' ? clauseStart(text, start - 1, floor) : start;
  }

  private static String describe(String text, int start, int end, List<Interval<Integer>> heads) {
    int from = start;
    for (Interval<Integer> h : heads) {
      if (h.first() >= start && h.second() <= end) {
        from = h.first();
      }
    }
    String clause = text.substring(from, end).replace("*", " ");
    clause = TRAILING.matcher(LEADING.matcher(clause.strip()).replaceFirst("")).replaceFirst("");
    String[] words = SPACES.split(clause.strip());
    if (words.length <= MAX_WORDS) {
      return String.join(" ", words).strip();
    }
    int first = from == start ? words.length - MAX_WORDS : 0;
    return String.join(" ", Arrays.copyOfRange(words, first, first + MAX_WORDS));
  }

  /** Just after the nearest boundary before {@code end}, but not before {@code floor}. */
  private static int clauseStart(String text, int end, int floor) {
    for (int i = end - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if (";:()!?".indexOf(c) >= 0) {
        return i + 1;
      }
      if (c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
      if (c == '\n' && startsListItem(text, i + 1)) {
        return i + 1;
      }
    }
    return floor;
  }

  private static boolean startsListItem(String text, int at) {
    Matcher m = LIST_ITEM.matcher(text);
    m.region(at, Math.min(text.length(), at + 8));
    return m.lookingAt();
  }
}
