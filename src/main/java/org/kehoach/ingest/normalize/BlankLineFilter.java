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
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '\n' && c != ' ' && c != '\t') {
        i++;
        continue;
      }
      int start = i;
      int breaks = 0;
      while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        breaks += s.charAt(i) == '\n' ? 1 : 0;
        i++;
      }
      String replacement;
      if (start == 0 || i == s.length()) {
        replacement = "";
      } else if (breaks == 0) {
        continue;
      } else {
        replacement = breaks == 1 ? "\n" : "\n\n";
      }
      if (!s.substring(start, i).equals(replacement)) {
        edits.add(new Edit(start, i, replacement));
      }
    }
    return in.apply(edits);
  }
}
