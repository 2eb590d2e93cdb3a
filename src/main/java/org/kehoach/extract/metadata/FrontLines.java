package org.kehoach.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.model.Span;
import org.kehoach.text.Fold;

/**
 * Header lines looked for in the front matter when the segmenter found no header there (its layout was not
 * recognised): issuer lines are the capitals lines before the title other than a motto, and the number is
 * a "Số: …" line. Stateless.
 */
final class FrontLines {
  /** A line of text, without its line break. */
  private static final Pattern LINE = Pattern.compile("(?m)^[^\\n]*$");
  /** A number line: "Số: 09/KH-UBND", "Số: 56-KH/HU", "Số 09/KH-UBND" at the start of a line. */
  private static final Pattern NUMBER_LINE =
      Pattern.compile("(?imu)^[ \\t]*s[ốo](?:[ \\t]*:|[ \\t]+[\\d.…_]*[ \\t]*[/-])");
  /** Folded starts of motto lines, which are capitals too. */
  private static final List<String> MOTTOS = List.of("cong hoa", "doc lap", "dang cong san");
  /** A line counts as capitals when at least this share of its letters are upper case. */
  private static final double CAPITALS = 0.8;

  private FrontLines() {}

  /** The capitals lines of {@code text[from, to)} that are not a motto, trimmed, in order. */
  static List<Span> capitalLines(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    Matcher m = LINE.matcher(text).region(from, to);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      String line = text.substring(s, e);
      if (capitals(line) && MOTTOS.stream().noneMatch(Fold.fold(line)::startsWith)) {
        out.add(new Span(s, e, null));
      }
    }
    return out;
  }

  /** The number of the first number line in {@code text[from, to)}, or {@code null}. */
  static DocumentNumbers.Found number(String text, int from, int to) {
    Matcher m = NUMBER_LINE.matcher(text).region(from, to);
    if (!m.find()) {
      return null;
    }
    int lineEnd = text.indexOf('\n', m.start());
    return DocumentNumbers.afterLabel(text, m.start(), lineEnd < 0 || lineEnd > to ? to : lineEnd);
  }

  private static boolean capitals(String line) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 2 && upper >= CAPITALS * letters;
  }
}
