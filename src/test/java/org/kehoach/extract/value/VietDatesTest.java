package org.kehoach.extract.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietDatesTest {
  @Test
  void readsWrittenOutDates() {
    List<VietDates.Found> f = VietDates.find("Hà Tĩnh, ngày 05 tháng 3 năm 2024");
    assertEquals(1, f.size());
    assertEquals("2024-03-05", f.get(0).date().iso());
    assertEquals("ngày 05 tháng 3 năm 2024", "Hà Tĩnh, ngày 05 tháng 3 năm 2024".substring(f.get(0).start(), f.get(0).end()));
  }

  @Test
  void blankDayGivesYearMonth() {
    assertEquals("2025-04", VietDates.find("Lý Sơn, ngày     tháng 4 năm 2025").get(0).date().iso());
    assertEquals("2021-11", VietDates.find("ngày … tháng 11 năm 2021").get(0).date().iso());
  }

  @Test
  void impossibleDayIsInvalid() {
    PartialDate d = VietDates.find("ngày 31 tháng 02 năm 2020").get(0).date();
    assertFalse(d.valid());
    assertNull(d.iso());
  }

  @Test
  void numericDatesAndDayMonthOnly() {
    String s = "Quyết định 2996/QĐ-UBND ngày 06/9/2021; báo cáo trước ngày 10/5 và trước ngày 15-11-2023.";
    List<VietDates.Found> f = VietDates.find(s);
    assertEquals(3, f.size());
    assertEquals("2021-09-06", f.get(0).date().iso());
    assertFalse(f.get(1).hasYear());
    assertEquals(5, f.get(1).date().month());
    assertEquals(10, f.get(1).date().day());
    assertEquals("2023-11-15", f.get(2).date().iso());
  }

  @Test
  void fractionsAndDocumentNumbersAreNotDates() {
    assertTrue(VietDates.find("550/100.000 trẻ em, 6/6 huyện là 1/2 số xã, số 43/KH-UBND").stream()
        .noneMatch(d -> d.date().month() != null && d.date().day() != null && d.date().day() == 550));
    assertTrue(VietDates.find("550/100.000 trẻ em").isEmpty());
  }

  @Test
  void writtenOutDayAndMonthWithoutYear() {
    String s = "gửi báo cáo trước ngày 15 tháng 12 hằng năm và trước ngày 20 tháng 6 năm 2024";
    List<VietDates.Found> f = VietDates.find(s);
    assertEquals(2, f.size());
    assertFalse(f.get(0).hasYear());
    assertEquals(12, f.get(0).date().month());
    assertEquals(15, f.get(0).date().day());
    assertEquals("ngày 15 tháng 12", s.substring(f.get(0).start(), f.get(0).end()));
    assertEquals("2024-06-20", f.get(1).date().iso());
  }
}
