package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * The last tidy-up: any run of blank lines becomes one blank line, blank lines at the very start and end
 * of the text go, and spaces left at line ends by earlier edits are trimmed. Paragraphs are thus separated
 * by at most one empty line, whatever the reader emitted.
 */
public final class BlankLineFilter implements TextFilter {
  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    int n = s.length();
    List<Edit> edits = new ArrayList<>();
    // only three kinds of space run can change: the one opening the text, the one closing it, and those
    // holding a line break; a run between two words is left alone, so only line breaks are looked for
    int pos = runEnd(s, 0);
    if (pos > 0) {
      edits.add(Edit.delete(0, pos));
    }
    for (int k = s.indexOf('\n', pos); k >= 0; k = s.indexOf('\n', pos)) {
      int start = k;
      while (start > pos && isSpace(s.charAt(start - 1))) {
        start--;
      }
      int end = runEnd(s, k);
      String replacement = end == n ? "" : breaks(s, start, end) == 1 ? "\n" : "\n\n";
      if (end - start != replacement.length() || !s.startsWith(replacement, start)) {
        edits.add(new Edit(start, end, replacement));
      }
      pos = end;
    }
    if (pos < n && isSpace(s.charAt(n - 1))) {
      int start = n - 1;
      while (start > pos && isSpace(s.charAt(start - 1))) {
        start--;
      }
      edits.add(Edit.delete(start, n));
    }
    return in.apply(edits);
  }

  /** The end of the run of spaces, tabs and line breaks starting at {@code from}. */
  private static int runEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int breaks(String s, int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      breaks += s.charAt(i) == '\n' ? 1 : 0;
    }
    return breaks;
  }

  private static boolean isSpace(char c) {
    return c == '\n' || c == ' ' || c == '\t';
  }
}
