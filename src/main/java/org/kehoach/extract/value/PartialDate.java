package org.kehoach.extract.value;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as a plan writes it, possibly incomplete: the day (and even the month) of an issue date is often
 * left blank for the signer to fill in ("ngày … tháng 4 năm 2025"). Fields are {@code null} when blank.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

  /** True when every present field is in range and the day exists in that month ("31 tháng 02" is not). */
  public boolean valid() {
    if (year == null || year < 1900 || year > 2200) {
      return false;
    }
    if (month == null) {
      return day == null;
    }
    if (month < 1 || month > 12) {
      return false;
    }
    if (day == null) {
      return true;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** "YYYY-MM-DD", or "YYYY-MM" when the day is blank; {@code null} when invalid or without a month. */
  public String iso() {
    if (!valid() || month == null) {
      return null;
    }
    // valid() holds the year to four digits and the month and day to one or two, so no Formatter is needed
    StringBuilder out = new StringBuilder(10).append(year.intValue());
    twoDigits(out.append('-'), month);
    if (day != null) {
      twoDigits(out.append('-'), day);
    }
    return out.toString();
  }

  private static void twoDigits(StringBuilder out, int n) {
    out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  public boolean complete() {
    return year != null && month != null && day != null;
  }
}
