package org.kehoach.extract.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of Vietnamese administrative text: "ngày 16 tháng 02 năm 2022", "ngày … tháng 4 năm
 * 2025" (blank day), "16/02/2022", "16-02-2022", "16.02.2022", and day/month without a year ("trước ngày
 * 10/5", "trước ngày 15 tháng 12 hằng năm"), which callers complete with the plan year.
 */
public final class VietDates {
  /** "ngày 16 tháng 02 năm 2022", with blanks ("ngày     tháng 4 năm 2025", "ngày … tháng … năm 2025"). */
  static final Pattern WORDS = Pattern.compile(
      "(?iu)ngày\\s{0,20}(\\d{1,2}|[.…_\\s]{0,20})\\s{0,20}tháng\\s{0,20}(\\d{1,2}|[.…_\\s]{0,20})\\s{0,20}năm\\s{0,5}(\\d{4})");
  /** "16/02/2022", "16-2-2022", "16.02.2022" — the same separator twice. */
  static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
  /** "ngày 15 tháng 12" with no year after it: "trước ngày 15 tháng 12 hằng năm". */
  static final Pattern DAY_MONTH_WORDS = Pattern.compile(
      "(?iu)ngày\\s{0,20}(\\d{1,2})\\s{0,20}tháng\\s{0,20}(\\d{1,2})(?!\\d|\\s{0,20}(?:năm\\s{0,5}\\d|/\\d))");
  /** "10/5" with no year, not part of a longer number or fraction: "trước ngày 10/5". */
  static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/.,-])(\\d{1,2})/(\\d{1,2})(?![\\d/]|[.,]\\d)");

  private VietDates() {}

  /** A date found in text, with its character range. */
  public record Found(PartialDate date, int start, int end, boolean hasYear) {}

  /** Every date in {@code text[from, to)}, in order; day/month-only dates have {@code hasYear == false}. */
  public static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    String region = text.substring(from, to);
    Starts starts = Starts.of(region);
    each(WORDS, region, starts.ngay, m -> out.add(new Found(
        new PartialDate(Integer.valueOf(m.group(3)), number(m.group(2)), number(m.group(1))),
        from + m.start(), from + m.end(), true)));
    each(NUMERIC, region, starts.numeric, m -> {
      if (!overlaps(out, from + m.start(), from + m.end())) {
        out.add(new Found(new PartialDate(Integer.valueOf(m.group(4)), Integer.valueOf(m.group(3)),
            Integer.valueOf(m.group(1))), from + m.start(), from + m.end(), true));
      }
    });
    each(DAY_MONTH_WORDS, region, starts.ngay, m -> dayMonth(m, from, out));
    each(DAY_MONTH, region, starts.dayMonth, m -> dayMonth(m, from, out));
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  private static void dayMonth(MatchResult m, int from, List<Found> out) {
    if (overlaps(out, from + m.start(), from + m.end())) {
      return;
    }
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      out.add(new Found(new PartialDate(null, month, day), from + m.start(), from + m.end(), false));
    }
  }

  /**
   * Gives {@code each} every match of {@code p} in {@code region}, the ones {@link Matcher#find()} gives one
   * after the other, but tries the pattern only at {@code starts}, the positions where it can start: a
   * case-insensitive regex tried at every position of a long body is slow. A start inside the previous match
   * is passed over, as find passes over it. Lookarounds see the whole region.
   */
  private static void each(Pattern p, String region, Positions starts, Consumer<MatchResult> each) {
    if (starts.size == 0) {
      return;
    }
    Matcher m = p.matcher(region).useTransparentBounds(true).useAnchoringBounds(false);
    int n = region.length();
    int next = 0;
    for (int k = 0; k < starts.size; k++) {
      int i = starts.at[k];
      if (i < next) {
        continue;
      }
      m.region(i, n);
      if (m.lookingAt()) {
        each.accept(m.toMatchResult());
        next = Math.max(m.end(), i + 1);
      }
    }
  }

  /**
   * The positions where each pattern can start, found in one pass over the region: a pass of its own per
   * pattern, each asking a test at every character, costs more than the few tries the patterns then make.
   */
  private static final class Starts {
    /** Where "ngày" stands, for {@link #WORDS} and {@link #DAY_MONTH_WORDS}. */
    final Positions ngay = new Positions();
    final Positions numeric = new Positions();
    final Positions dayMonth = new Positions();

    static Starts of(String region) {
      Starts out = new Starts();
      // the pass reads every character, so it reads them from an array rather than through String.charAt
      char[] s = region.toCharArray();
      int n = s.length;
      for (int i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
          if (canStartNumeric(s, i)) {
            out.numeric.add(i);
          }
          if (canStartDayMonth(s, i)) {
            out.dayMonth.add(i);
          }
        } else if ((c | 0x20) == 'n' && startsNgay(s, i)) {
          out.ngay.add(i);
        }
      }
      return out;
    }
  }

  /** A growing list of positions, in the order added. */
  private static final class Positions {
    int[] at = new int[16];
    int size;

    void add(int i) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = i;
    }
  }

  /**
   * Whether {@code s} has "ngày" at {@code i} in any case, as "(?iu)ngày" sees it: the regex engine's
   * case-insensitive test accepts only "n"/"N", "g"/"G", "à"/"À", "y"/"Y" for these letters (NFC text).
   */
  static boolean startsNgay(char[] s, int i) {
    return i + 4 <= s.length && (s[i] | 0x20) == 'n' && (s[i + 1] | 0x20) == 'g'
        && (s[i + 2] == '\u00E0' || s[i + 2] == '\u00C0') && (s[i + 3] | 0x20) == 'y';
  }

  /** {@link #NUMERIC} starts with one or two digits and then one of its separators: "16/", "5.", "02-". */
  private static boolean canStartNumeric(char[] s, int i) {
    return isDigit(s, i) && (isSeparator(s, i + 1) || isDigit(s, i + 1) && isSeparator(s, i + 2));
  }

  /** {@link #DAY_MONTH} starts with one or two digits and a slash: "10/", "5/". */
  private static boolean canStartDayMonth(char[] s, int i) {
    return isDigit(s, i) && (isChar(s, i + 1, '/') || isDigit(s, i + 1) && isChar(s, i + 2, '/'));
  }

  /** What {@code \d} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isDigit(char[] s, int i) {
    return i < s.length && s[i] >= '0' && s[i] <= '9';
  }

  private static boolean isSeparator(char[] s, int i) {
    return isChar(s, i, '/') || isChar(s, i, '.') || isChar(s, i, '-');
  }

  private static boolean isChar(char[] s, int i, char c) {
    return i < s.length && s[i] == c;
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
