package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into {@link Line}s at {@code '\n'}; a text of n breaks has n + 1 lines. */
final class Lines {
  private Lines() {}

  static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (true) {
      int lineFeed = text.indexOf('\n', start);
      int end = lineFeed < 0 ? text.length() : lineFeed;
      lines.add(new Line(lines.size(), start, end, text.substring(start, end)));
      if (lineFeed < 0) {
        return lines;
      }
      start = lineFeed + 1;
    }
  }

  /**
   * The first lines of a text, as {@link #of} gives them, up to and including its {@code contentLines}-th
   * non-blank line: for a filter that never reads further, the rest is not split.
   */
  static List<Line> head(String text, int contentLines) {
    List<Line> lines = new ArrayList<>();
    int content = 0;
    int start = 0;
    while (content < contentLines) {
      int lineFeed = text.indexOf('\n', start);
      int end = lineFeed < 0 ? text.length() : lineFeed;
      Line line = new Line(lines.size(), start, end, text.substring(start, end));
      lines.add(line);
      content += line.blank() ? 0 : 1;
      if (lineFeed < 0) {
        break;
      }
      start = lineFeed + 1;
    }
    return lines;
  }

  /** Lines of the 1-based page of a paged text (the break that separates pages belongs to neither). */
  static List<Line> ofPage(PagedText t, int page) {
    int from = t.pageStart(page);
    int to = t.pageEnd(page);
    if (to > from && to < t.length() && t.text().charAt(to - 1) == '\n') {
      to--;
    }
    List<Line> local = of(t.text().substring(from, to));
    List<Line> out = new ArrayList<>(local.size());
    for (Line l : local) {
      out.add(new Line(l.index(), l.start() + from, l.end() + from, l.text()));
    }
    return out;
  }

  /** Index of the first non-blank line at or after {@code from}, or -1. */
  static int nextContent(List<Line> lines, int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the last non-blank line at or before {@code from}, or -1. */
  static int previousContent(List<Line> lines, int from) {
    for (int i = Math.min(from, lines.size() - 1); i >= 0; i--) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }
}
