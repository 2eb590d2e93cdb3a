package org.kehoach.extract.value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of Vietnamese administrative text: "ngày 16 tháng 02 năm 2022", "ngày … tháng 4 năm
 * 2025" (blank day), "16/02/2022", "16-02-2022", "16.02.2022", and day/month without a year ("trước ngày
 * 10/5", "trước ngày 15 tháng 12 hằng năm"), which callers complete with the plan year.
 */
public final class VietDates {
  /** "ngày 16 tháng 02 năm 2022", with blanks ("ngày     tháng 4 năm 2025", "ngày … tháng … năm 2025"). */
  private static final Pattern WORDS = Pattern.compile(
      "(?iu)ngày\\s{0,20}(\\d{1,2}|[.…_\\s]{0,20})\\s{0,20}tháng\\s{0,20}(\\d{1,2}|[.…_\\s]{0,20})\\s{0,20}năm\\s{0,5}(\\d{4})");
  /** "16/02/2022", "16-2-2022", "16.02.2022" — the same separator twice. */
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
  /** "ngày 15 tháng 12" with no year after it: "trước ngày 15 tháng 12 hằng năm". */
  private static final Pattern DAY_MONTH_WORDS = Pattern.compile(
      "(?iu)ngày\\s{0,20}(\\d{1,2})\\s{0,20}tháng\\s{0,20}(\\d{1,2})(?!\\d|\\s{0,20}(?:năm\\s{0,5}\\d|/\\d))");
  /** "10/5" with no year, not part of a longer number or fraction: "trước ngày 10/5". */
  private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.,-])(\\d{1,2})/(\\d{1,2})(?![\\d/]|[.,]\\d)");

  private VietDates() {}

  /** A date found in text, with its character range. */
  public record Found(PartialDate date, int start, int end, boolean hasYear) {}

  /** Every date in {@code text[from, to)}, in order; day/month-only dates have {@code hasYear == false}. */
  public static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    CharSequence region = text.subSequence(from, to);
    Matcher m = WORDS.matcher(region);
    while (m.find()) {
      out.add(new Found(new PartialDate(Integer.valueOf(m.group(3)), number(m.group(2)), number(m.group(1))),
          from + m.start(), from + m.end(), true));
    }
    m = NUMERIC.matcher(region);
    while (m.find()) {
      if (overlaps(out, from + m.start(), from + m.end())) {
        continue;
      }
      out.add(new Found(new PartialDate(Integer.valueOf(m.group(4)), Integer.valueOf(m.group(3)),
          Integer.valueOf(m.group(1))), from + m.start(), from + m.end(), true));
    }
    for (Pattern p : List.of(DAY_MONTH_WORDS, DAY_MONTH)) {
      m = p.matcher(region);
      while (m.find()) {
        if (overlaps(out, from + m.start(), from + m.end())) {
          continue;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
          out.add(new Found(new PartialDate(null, month, day), from + m.start(), from + m.end(), false));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  public static List<Found> find(String text) {
    return find(text, 0, text.length());
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static Integer number(String s) {
    String t = s.trim();
    return t.isEmpty() || !Character.isDigit(t.charAt(0)) ? null : Integer.valueOf(t);
  }
}
