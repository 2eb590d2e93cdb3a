package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a run of tokens into clauses, the units a target is read from: "giảm … xuống còn 6,5 trẻ/1.000 …;
 * giảm … xuống còn 09 trẻ/1.000 …" is two clauses. A clause ends at ";", ":", ".", "!", "?", at a blank
 * line, and before a new list item (a line starting with a bullet, "1.", "2.1)" or "a)"); a single line
 * break does not end one, since plans are often hard-wrapped mid-sentence, nor does a blank line before
 * text that runs on in lower case or with a number (PDF text and page breaks cut sentences so). Commas do not end a clause:
 * names contain them ("tỷ lệ xã, phường đạt tiêu chuẩn …"), and {@link TargetAssembler} splits at commas
 * only between two values. Stateless.
 */
final class ClauseSplitter {
  /** Punctuation that ends a clause: "đạt 100%; 100% trẻ em …", "Chỉ tiêu 1: tỷ lệ …". */
  private static final Set<String> ENDS = Set.of(";", ":", ".", "!", "?", "…");
  /** Bullets that open a list item at the start of a line: "- Chỉ tiêu 1", "+ Dự án 1", "• …". */
  private static final Set<String> BULLETS =
      Set.of("-", "+", "*", "•", "–", "—", "·", "●", "○", "■", "□", "▪", "♦", "➢", "\uF0B7", "\uFFFD");

  /** Roman numerals of section headings: "II", "IV". */
  private static final Pattern ROMAN = Pattern.compile("[IVX]{1,5}");

  /**
   * A clause: tokens {@code [begin, end)}; {@code leadIn} when it ends with a colon ("Chỉ tiêu 3:");
   * {@code label} when it is only a heading number ("2" of "2. Mục tiêu cụ thể", "II").
   */
  record Clause(int begin, int end, boolean leadIn, boolean label) {}

  List<Clause> split(String text, List<CoreLabel> tokens) {
    List<Clause> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      // every end mark is one character: most words are ruled out without hashing them
      if (w.length() == 1 && ENDS.contains(w)) {
        add(out, tokens, start, i, ":".equals(w));
        start = i + 1;
      } else if (i > start && opensItem(text, tokens, i)) {
        add(out, tokens, start, i, false);
        start = i;
      }
    }
    add(out, tokens, start, tokens.size(), false);
    return out;
  }

  private static void add(List<Clause> out, List<CoreLabel> tokens, int begin, int end, boolean leadIn) {
    if (end > begin) {
      String w = tokens.get(begin).word();
      boolean label = end == begin + 1 && (Character.isDigit(w.charAt(0)) || ROMAN.matcher(w).matches());
      out.add(new Clause(begin, end, leadIn, label));
    }
  }

  /** A blank line before token {@code i}, or a line break followed by a bullet or list label. */
  private static boolean opensItem(String text, List<CoreLabel> tokens, int i) {
    CoreLabel prev = tokens.get(i - 1);
    CoreLabel cur = tokens.get(i);
    // the gap is read in place: it is asked of every token, and most gaps are one space
    int gapEnd = cur.beginPosition();
    int nl = newline(text, prev.endPosition(), gapEnd);
    if (nl < 0) {
      return false;
    }
    if (BULLETS.contains(cur.word()) || isLabel(tokens, i)) {
      return true;
    }
    // a blank line, unless the text runs on in lower case or with a number, as PDF text and page breaks
    // cut sentences: "… trên tổng số trẻ em là\n\n1,3%; …"
    char first = cur.word().charAt(0);
    return newline(text, nl + 1, gapEnd) >= 0 && !Character.isLowerCase(first) && !Character.isDigit(first);
  }

  /** The offset of the first line break in {@code text[from, to)}, or -1. */
  private static int newline(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return k;
      }
    }
    return -1;
  }

  /** "1. …", "2.1) …", "a) …", "II. …": a list label. */
  private static boolean isLabel(List<CoreLabel> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(i).word();
    String next = tokens.get(i + 1).word();
    boolean label = Character.isDigit(w.charAt(0)) || w.length() == 1 || ROMAN.matcher(w).matches();
    return label && (".".equals(next) || ")".equals(next));
  }
}
