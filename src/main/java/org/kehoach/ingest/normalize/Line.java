package org.kehoach.ingest.normalize;

/**
 * One line of a text: the characters {@code [start, end)}, which exclude the line break, and their
 * {@code index} among all lines.
 */
record Line(int index, int start, int end, String text) {
  boolean blank() {
    return text.isBlank();
  }

  /** Offset just past the line break that ends this line, or {@code end} for the last line. */
  int next(String whole) {
    return end < whole.length() ? end + 1 : end;
  }

  /**
   * The edit that removes this line with one line break: the one after it, or for the last line of the
   * text the one before it, so no empty line is left behind.
   */
  Edit deletion(String whole) {
    if (end < whole.length() || start == 0) {
      return Edit.delete(start, next(whole));
    }
    return Edit.delete(start - 1, end);
  }
}
