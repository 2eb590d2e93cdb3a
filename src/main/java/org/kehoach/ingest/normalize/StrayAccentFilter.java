package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deletes spacing accents that stand alone between spaces ("ngày ˆ tháng", "´", "¨"): OCR reads them from
 * specks and from the dotted blanks of forms, and Vietnamese text never writes an accent on its own (its
 * marks are on letters, composed by {@link NfcFilter}).
 */
public final class StrayAccentFilter implements TextFilter {
  /** The spacing accents OCR reads from specks; text without any of them is returned at once. */
  private static final String ACCENTS = "^`´¨¸ˆˇ˘˙˚˛˜˝";

  /** A token made only of spacing accents, with the space before it: " ˆ", " ´`". */
  private static final Pattern STRAY = Pattern.compile("(?m)(?:(?<= )|^)[\\Q" + ACCENTS + "\\E]+(?: |$)");

  @Override
  public PagedText apply(PagedText in) {
    if (ACCENTS.chars().noneMatch(a -> in.text().indexOf(a) >= 0)) {
      return in;
    }
    List<Edit> edits = new ArrayList<>();
    Matcher m = STRAY.matcher(in.text());
    while (m.find()) {
      edits.add(Edit.delete(m.start(), m.end()));
    }
    return in.apply(edits);
  }
}
