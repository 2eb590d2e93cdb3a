package org.kehoach.ingest.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Removes Markdown emphasis markers left by converters ({@code **bold**}, {@code *italic*},
 * {@code ***both***}) and keeps the words. A marker run opens only when a non-space follows it and no
 * letter or digit precedes it, and closes only in the mirror case; an opener pairs with the nearest
 * earlier closer of the same length within one paragraph. So a bullet "* Mô hình 1:" (a space follows), a
 * lone "Kim Bảng * Mô" and a product "2*3" are never touched, and an unpaired marker stays.
 */
public final class MarkdownEmphasisFilter implements TextFilter {
  /** An emphasis span never crosses a blank line nor runs longer than this. */
  private static final int MAX_SPAN = 2_000;

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    if (s.indexOf('*') < 0) {
      return in;
    }
    List<Edit> edits = new ArrayList<>();
    List<Deque<Integer>> open = List.of(new ArrayDeque<>(), new ArrayDeque<>(), new ArrayDeque<>());
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) != '*') {
        if (s.startsWith("\n\n", i) || (s.charAt(i) == '\n' && blankLineFollows(s, i))) {
          open.forEach(Deque::clear);
        }
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) == '*') {
        i++;
      }
      int len = i - start;
      if (len > 3) {
        continue;
      }
      char before = start > 0 ? s.charAt(start - 1) : ' ';
      char after = i < s.length() ? s.charAt(i) : ' ';
      boolean canClose = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
      boolean canOpen = !Character.isWhitespace(after) && !Character.isLetterOrDigit(before);
      Deque<Integer> stack = open.get(len - 1);
      if (canClose && !stack.isEmpty() && start - stack.peek() <= MAX_SPAN) {
        int opener = stack.pop();
        edits.add(Edit.delete(opener, opener + len));
        edits.add(Edit.delete(start, i));
      } else if (canOpen) {
        stack.push(start);
      }
    }
    return in.apply(edits);
  }

  private static boolean blankLineFollows(String s, int newline) {
    int j = newline + 1;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) {
      j++;
    }
    return j < s.length() && s.charAt(j) == '\n';
  }
}
