package org.kehoach.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one document plus what is known about its layout: whether it is hard-wrapped (a fixed line
 * width, paragraphs broken across lines) and so whether a line is the continuation of the one before.
 * Immutable.
 */
final class LineTable {
  /** Fewer non-blank lines than this are too few to tell a wrap width. */
  private static final int MIN_LINES_FOR_WRAP = 12;

  private final String text;
  private final List<Line> lines;
  /** The wrap width of a hard-wrapped text, 0 when the text is not hard-wrapped. */
  private final int wrapWidth;

  LineTable(String text, List<Line> lines) {
    this.text = text;
    this.lines = List.copyOf(lines);
    this.wrapWidth = wrapWidth(this.lines);
  }

  String text() {
    return text;
  }

  int size() {
    return lines.size();
  }

  Line get(int i) {
    return lines.get(i);
  }

  List<Line> all() {
    return lines;
  }

  int wrapWidth() {
    return wrapWidth;
  }

  /**
   * True when the text is hard-wrapped and line {@code i} continues the line before it, which is full and
   * unfinished: then a "- " or "2. " at its start is a hyphen or a number inside a sentence, not a marker.
   */
  boolean wrapsFromPrevious(int i) {
    Line cur = lines.get(i);
    if (cur.isBlank() || i == 0) {
      return false;
    }
    Line prev = lines.get(i - 1);
    if (wrapWidth == 0 || !cur.lineStart() || cur.blankBefore() || prev.isBlank()) {
      return false;
    }
    return prev.physicalLength() >= wrapWidth * 3 / 4 && !TextShape.endsTerminal(prev.text());
  }

  /** The index of the next non-blank line at or after {@code i}, or {@code size()} when none. */
  int nextNonBlank(int i) {
    int j = i;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    return j;
  }

  /** The index of the last non-blank line before {@code i}, or -1 when none. */
  int previousNonBlank(int i) {
    int j = i - 1;
    while (j >= 0 && lines.get(j).isBlank()) {
      j--;
    }
    return j;
  }

  /**
   * Groups the non-blank lines of {@code [from, to)} into paragraphs, as {first, last} line index pairs. A
   * paragraph goes on across line breaks (and blank lines, for a lower-case start) while lines continue it.
   */
  List<int[]> paragraphs(int from, int to) {
    List<int[]> out = new ArrayList<>();
    int[] open = null;
    for (int i = from; i < to; i++) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (open != null && (wrapsFromPrevious(i) || TextShape.startsLowerCase(l.text()))) {
        open[1] = i;
      } else {
        open = new int[] {i, i};
        out.add(open);
      }
    }
    return out;
  }

  private static int wrapWidth(List<Line> lines) {
    // plain loops over one array: this runs once per document, on every line
    int[] lengths = new int[lines.size()];
    int n = 0;
    for (Line l : lines) {
      if (l.lineStart() && !l.isBlank()) {
        lengths[n++] = l.physicalLength();
      }
    }
    if (n < MIN_LINES_FOR_WRAP) {
      return 0;
    }
    Arrays.sort(lengths, 0, n);
    int p90 = lengths[(int) (n * 0.9)];
    int max = lengths[n - 1];
    long near = 0;
    for (int i = 0; i < n; i++) {
      near += lengths[i] >= p90 * 0.8 && lengths[i] <= p90 * 1.05 ? 1 : 0;
    }
    boolean wrapped = p90 >= 40 && p90 <= 140 && max <= p90 * 1.25 && near >= 0.4 * n;
    return wrapped ? p90 : 0;
  }
}
