package org.kehoach.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kehoach.model.HeaderBlock;
import org.kehoach.model.Span;

/**
 * Collects a header block by walking from a title line upwards (or from the top downwards when there is no
 * title) over issuer, motto, number and place-date lines, blank lines and rules, in any order. A short capitals
 * line right next to an issuer line continues it ("UBND TỈNH" / "QUẢNG NAM"). The walk stops at anything else,
 * which is how web-page chrome above the header is left out. Immutable.
 */
final class HeaderBlockBuilder {
  /** An issuer continuation line has at most this many words. */
  private static final int MAX_CONTINUATION_WORDS = 8;
  private static final Set<LineKind> HEADER_KINDS =
      EnumSet.of(LineKind.HEADER_ISSUER, LineKind.MOTTO, LineKind.NUMBER, LineKind.PLACE_DATE);

  /** The topmost header line above {@code anchor} and at or after {@code floor}, or -1 when none. */
  int topAbove(LineTable lines, LineKind[] kinds, int anchor, int floor) {
    int top = -1;
    for (int i = anchor - 1; i >= floor; i--) {
      if (lines.get(i).isBlank() || kinds[i] == LineKind.SEPARATOR) {
        continue;
      }
      if (!isHeaderLine(lines, kinds, i)) {
        break;
      }
      top = i;
    }
    return top;
  }

  /** The last header line of a header starting at the first non-blank line at or after {@code from}, or -1. */
  int bottomBelow(LineTable lines, LineKind[] kinds, int from, int limit) {
    int bottom = -1;
    for (int i = lines.nextNonBlank(from); i < limit; i++) {
      if (lines.get(i).isBlank() || kinds[i] == LineKind.SEPARATOR) {
        continue;
      }
      if (!isHeaderLine(lines, kinds, i)) {
        break;
      }
      bottom = i;
    }
    return bottom;
  }

  /** The header block made of lines {@code [top, bottom]}, marking issuer continuations in {@code kinds}. */
  HeaderBlock build(LineTable lines, LineKind[] kinds, int top, int bottom, SpanFactory spans) {
    List<Span> issuer = new ArrayList<>();
    List<Span> motto = new ArrayList<>();
    Span number = null;
    Span placeDate = null;
    int last = top;
    for (int i = top; i <= bottom; i++) {
      Line line = lines.get(i);
      if (line.isBlank() || kinds[i] == LineKind.SEPARATOR) {
        continue;
      }
      last = i;
      switch (kinds[i]) {
        case MOTTO -> motto.add(spans.of(line));
        case NUMBER -> number = number == null ? spans.of(line) : number;
        case PLACE_DATE -> placeDate = placeDate == null ? spans.of(line) : placeDate;
        default -> {
          issuer.add(spans.of(line));
          kinds[i] = LineKind.HEADER_ISSUER;
        }
      }
    }
    return new HeaderBlock(spans.of(lines.get(top), lines.get(last)), issuer, motto, number, placeDate);
  }

  private static boolean isHeaderLine(LineTable lines, LineKind[] kinds, int i) {
    return HEADER_KINDS.contains(kinds[i]) || continuesIssuer(lines, kinds, i);
  }

  private static boolean continuesIssuer(LineTable lines, LineKind[] kinds, int i) {
    Line line = lines.get(i);
    if (kinds[i] != LineKind.BODY || !TextShape.isCapitals(line.text())
        || !TextShape.wordsAtMost(line.text(), MAX_CONTINUATION_WORDS) || !line.text().chars().allMatch(
            c -> Character.isLetter(c) || TextShape.isSpace((char) c) || c == '-' || c == '.' || c == ',')) {
      return false;
    }
    boolean above = i > 0 && kinds[i - 1] == LineKind.HEADER_ISSUER;
    boolean below = i + 1 < lines.size() && kinds[i + 1] == LineKind.HEADER_ISSUER;
    return above || below;
  }
}
