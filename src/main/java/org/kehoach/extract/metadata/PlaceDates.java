package org.kehoach.extract.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.extract.value.VietDates;

/**
 * Reads place-date lines ("Hồng Ngự, ngày     tháng 02 năm 2020", "TP. Hồ Chí Minh, ngày 5/3/2024") and finds
 * one where the segmenter saw none. Stateless.
 */
final class PlaceDates {
  /**
   * A line that is only a place (capitalised, no slash: "Quận 3" but not a document number), a comma and a
   * date ending with its year: "Lý Sơn, ngày     tháng 4 năm 2025" — not "Thực hiện Kế hoạch số 12/KH-UBND,
   * ngày 5 tháng 3 năm 2024 …".
   */
  private static final Pattern LINE = Pattern.compile(
      "(?mu)^[ \\t]*\\p{Lu}[^\\n,;:/]{0,40},[ \\t]*ngày[^\\n]{0,40}?năm[ \\t]*\\d{4}[ \\t.]*$");

  /** The word "ngày" ending the text before a numeric date. */
  private static final Pattern DAY_WORD = Pattern.compile("(?iu)(?<!\\p{L})ngày$");

  private PlaceDates() {}

  private static int skipBack(String text, int from, int end) {
    while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return end;
  }

  /** The place and date of {@code text[from, to)} (a place-date line), or {@code null} when it has no dated year. */
  static PlaceDate read(String text, int from, int to) {
    for (VietDates.Found f : VietDates.find(text, from, to)) {
      if (f.hasYear()) {
        return new PlaceDate(place(text, from, f.start()), f.date(), text.substring(f.start(), f.end()), f.start(),
            f.end());
      }
    }
    return null;
  }

  /** The first place-date line in {@code text[from, to)}, or {@code null}. */
  static PlaceDate find(String text, int from, int to) {
    Matcher m = LINE.matcher(text).region(from, to);
    return m.find() ? read(text, m.start(), m.end()) : null;
  }

  /**
   * The place before a date: the words back from the date up to the start of the range, a line break or a
   * word holding a digit, slash or colon (what a number glued to the line leaves: "Số: /KH-UBND Hồng Ngự").
   */
  static String place(String text, int from, int dateStart) {
    int end = skipBack(text, from, dateStart);
    Matcher day = DAY_WORD.matcher(text).region(from, end);
    if (day.find()) {
      end = skipBack(text, from, day.start()); // a numeric date leaves "ngày" before it: "Đà Nẵng, ngày 09/10/2023"
    }
    int start = end;
    int k = end;
    while (k > from) {
      int wordEnd = k;
      while (k > from && !Character.isWhitespace(text.charAt(k - 1))) {
        k--;
      }
      String word = text.substring(k, wordEnd);
      if (word.isEmpty() || word.chars().anyMatch(c -> Character.isDigit(c) || c == '/' || c == ':')) {
        break;
      }
      start = k;
      while (k > from && Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '\n') {
        k--;
      }
      if (k > from && text.charAt(k - 1) == '\n') {
        break;
      }
    }
    String place = NameText.collapse(text.substring(start, end));
    return place.isEmpty() ? null : place;
  }
}
