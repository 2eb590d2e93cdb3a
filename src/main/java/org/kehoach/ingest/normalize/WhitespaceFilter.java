package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises spacing: CR and CR LF, vertical tab, form feed and the Unicode line and paragraph separators
 * become a line feed; tabs, no-break and other typographic spaces become a plain space; zero-width
 * characters, the BOM and C0 control characters are dropped (C1 controls are left for the legacy
 * decoder's sake); runs of spaces shrink to one, and spaces
 * at the start and end of every line go. Tabs carry no layout the later filters rely on: table cells and
 * columns are recognised by their content, not their indentation.
 */
public final class WhitespaceFilter implements TextFilter {
  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isPlain(c)) {
        i++;
      } else if (c == ' ' && i > 0 && i + 1 < s.length() && isPlain(s.charAt(i + 1)) && !isBreak(s.charAt(i - 1))) {
        // the one space between two words, as most spaces are: nothing to do
        i++;
      } else if (c == '\r') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          edits.add(Edit.delete(i, i + 1));
        } else {
          edits.add(new Edit(i, i + 1, "\n"));
        }
        i++;
      } else if (c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        edits.add(new Edit(i, i + 1, "\n"));
        i++;
      } else if (isSpace(c) || isInvisible(c)) {
        int start = i;
        boolean spaced = false;
        while (i < s.length() && (isSpace(s.charAt(i)) || isInvisible(s.charAt(i)))) {
          spaced |= isSpace(s.charAt(i));
          i++;
        }
        boolean edge = start == 0 || isBreak(s.charAt(start - 1)) || i == s.length() || isBreak(s.charAt(i));
        String replacement = spaced && !edge ? " " : "";
        if (i - start != replacement.length() || !s.startsWith(replacement, start)) {
          edits.add(new Edit(start, i, replacement));
        }
      } else {
        i++;
      }
    }
    return in.apply(edits);
  }

  /** Printable ASCII and the letters of Vietnamese, most of any text: no space, break or invisible. */
  private static boolean isPlain(char c) {
    return (c > ' ' && c < '\u007F') || (c > '\u00A0' && c < '\u2000' && c != '\u1680');
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029'
        || c == '\u0085';
  }

  /** Spaces of any width, tabs included; line breaks excluded. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
        || c == '\u205F' || c == '\u3000' || c == '\u1680';
  }

  /** Characters that take no room and carry no text: zero-width marks, the BOM and control codes. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || (c < ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\u000B' && c != '\u000C')
        || c == '\u007F';
  }
}
