package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Puts the missing space after a heading or item number glued to its title ("I.MỤC TIÊU", "2.1.Mục
 * tiêu", OCR's usual reading of a narrow gap), so the line is recognised as a numbered block and reads as
 * printed. Only at a line start and only before a capital letter: "TP.HCM" or "1.000" are untouched.
 */
public final class ItemMarkerSpacingFilter implements TextFilter {
  /** A Roman or Arabic item number glued to a capital at a line start: "II.NHIỆM", "3.1.Đối". */
  private static final Pattern GLUED_MARKER =
      Pattern.compile("(?m)^(?:[IVXL]{1,6}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.(?=\\p{Lu})");

  @Override
  public PagedText apply(PagedText in) {
    List<Edit> edits = new ArrayList<>();
    for (MatchResult m : LineStartMatches.of(GLUED_MARKER, in.text(), ItemMarkerSpacingFilter::mayStartMarker)) {
      edits.add(Edit.insert(m.end(), " "));
    }
    return in.apply(edits);
  }

  /** What {@link #GLUED_MARKER} can start with: a Roman numeral letter or an ASCII digit. */
  private static boolean mayStartMarker(char c) {
    return (c >= '0' && c <= '9') || c == 'I' || c == 'V' || c == 'X' || c == 'L';
  }
}
