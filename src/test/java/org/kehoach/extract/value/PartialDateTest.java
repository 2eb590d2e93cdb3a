package org.kehoach.extract.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link PartialDate#iso} writes what {@code String.format("%04d-%02d-%02d")} writes, for every date it accepts. */
class PartialDateTest {
  /** The reference: the formatted form of a valid date with a month, as the class once built it. */
  private static String formatted(PartialDate d) {
    if (!d.valid() || d.month() == null) {
      return null;
    }
    return d.day() == null
        ? String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month())
        : String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
  }

  @Test
  void isoIsTheFormattedDateForEveryYearMonthAndDay() {
    List<Integer> months = Arrays.asList(null, -1, 0, 1, 2, 9, 10, 11, 12, 13);
    for (Integer year : Arrays.asList(null, 0, 999, 1899, 1900, 1999, 2000, 2024, 2025, 2100, 2200, 2201, 10000)) {
      for (Integer month : months) {
        for (int day = -1; day <= 32; day++) {
          PartialDate d = new PartialDate(year, month, day);
          assertEquals(formatted(d), d.iso(), d.toString());
        }
        PartialDate blankDay = new PartialDate(year, month, null);
        assertEquals(formatted(blankDay), blankDay.iso(), blankDay.toString());
      }
    }
  }

  @Test
  void isoPadsMonthAndDay() {
    assertEquals("2024-03-05", new PartialDate(2024, 3, 5).iso());
    assertEquals("2025-04", new PartialDate(2025, 4, null).iso());
    assertEquals("2020-12-31", new PartialDate(2020, 12, 31).iso());
    assertNull(new PartialDate(2020, 2, 30).iso());
    assertNull(new PartialDate(2020, null, null).iso());
  }
}
