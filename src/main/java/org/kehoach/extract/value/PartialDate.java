package org.kehoach.extract.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

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
    return day == null
        ? String.format(Locale.ROOT, "%04d-%02d", year, month)
        : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }

  public boolean complete() {
    return year != null && month != null && day != null;
  }
}
