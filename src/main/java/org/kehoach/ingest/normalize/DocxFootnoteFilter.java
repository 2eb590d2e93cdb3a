package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handles the footnotes of Tika's DOCX output: the reference is printed inline as
 * {@code [footnoteRef:2]} and the note's text follows on the line after the paragraph. The reference (and
 * the space before it) is deleted, so it can never glue to a number ("6,28% [footnoteRef:2]" becomes
 * "6,28%"), and the notes move to the end of the text, one paragraph each, in order. Endnotes
 * ({@code [endnoteRef:N]}) are treated alike. Moved notes take the page of the text's end.
 */
public final class DocxFootnoteFilter implements TextFilter {
  /** An inline note reference with the spaces before it: " [footnoteRef:2]", "[endnoteRef:1]". */
  private static final Pattern REFERENCE = Pattern.compile("[ \\t]*\\[(?:footnoteRef|endnoteRef):\\d+\\]");

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    if (!hasReference(s)) {
      return in;
    }
    List<Line> lines = in.lines();
    List<Edit> edits = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      Matcher m = REFERENCE.matcher(line.text());
      int refs = 0;
      // a reference holds a bracket; the pattern's leading spaces would be tried at every character
      boolean mayHold = line.text().indexOf('[') >= 0;
      while (mayHold && m.find()) {
        edits.add(Edit.delete(line.start() + m.start(), line.start() + m.end()));
        refs++;
      }
      i++;
      for (int n = 0; n < refs; n++) {
        int note = Lines.nextContent(lines, i);
        if (note < 0 || holdsReference(lines.get(note).text())) {
          break;
        }
        Line l = lines.get(note);
        notes.add(l.text().strip());
        edits.add(Edit.delete(l.start(), l.next(s)));
        i = note + 1;
      }
    }
    if (!notes.isEmpty()) {
      edits.add(Edit.insert(s.length(), "\n\n" + String.join("\n\n", notes)));
    }
    return in.apply(edits);
  }

  /** Whether a line holds a {@link #REFERENCE}; every one holds a bracket, which is looked for first. */
  private static boolean holdsReference(String line) {
    return line.indexOf('[') >= 0 && REFERENCE.matcher(line).find();
  }

  /**
   * Whether {@code s} holds "noteRef:", as every reference does; searched from its colon, since a search for
   * one character is much faster than one for a string and a plan has few colons.
   */
  private static boolean hasReference(String s) {
    for (int i = s.indexOf(':', 7); i >= 0; i = s.indexOf(':', i + 1)) {
      if (s.startsWith("noteRef", i - 7)) {
        return true;
      }
    }
    return false;
  }
}
