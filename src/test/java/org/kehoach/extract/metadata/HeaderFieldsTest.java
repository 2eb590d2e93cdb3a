package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.model.Period;

/** Table tests of the small readers: numbers, place-date lines, plan years and periods. */
class HeaderFieldsTest {
  @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "Số: 43 /KH-UBND                     | 43/KH-UBND",
      "Số: 125/KH-UBND                     | 125/KH-UBND",
      "Số:125/KH-UBND.                     | 125/KH-UBND",
      "Số 09/KH-UBND                       | 09/KH-UBND",
      "Số: 15/2024/QĐ-UBND                 | 15/2024/QĐ-UBND",
      "Số: 26-NQ/TU                        | 26-NQ/TU",
      "Số: 56/KH - UBND                    | 56/KH-UBND",
      "Số: 7/KH–SYT                        | 7/KH-SYT",
      "Số:        /KH-UBND                 | NULL",
      "Số: …/KH-UBND                       | NULL",
      "Số: ......./KH-UBND                 | NULL",
      "Số: /KH-UBND Hồng Ngự, ngày tháng 02 năm 2020 | NULL",
      "Số: 43/KH-UBND Cẩm Phả, ngày 16 tháng 02 năm 2022 | 43/KH-UBND",
      "Sô: 88/KH-UBND                      | 88/KH-UBND",
      "Ngày 5 tháng 3 năm 2024             | no number",
  })
  void readsDocumentNumbers(String line, String expected) {
    DocumentNumbers.Found f = DocumentNumbers.afterLabel(line, 0, line.length());
    assertEquals(expected, f == null ? "no number" : f.number());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "Cẩm Phả, ngày 16 tháng 02 năm 2022                 | Cẩm Phả         | 2022-02-16",
      "Hồng Ngự, ngày     tháng 02 năm 2020               | Hồng Ngự        | 2020-02",
      "TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2024           | TP. Hồ Chí Minh | 2024-03-05",
      "Số: /KH-UBND Lý Sơn, ngày     tháng 4 năm 2025     | Lý Sơn          | 2025-04",
      "Đà Nẵng, ngày 09/10/2023                           | Đà Nẵng         | 2023-10-09",
      "Tân Yên, ngày 30 tháng 02 năm 2023                 | Tân Yên         | NULL",
      "ngày 01 tháng 6 năm 2024                           | NULL            | 2024-06-01",
  })
  void readsPlaceDateLines(String line, String place, String iso) {
    PlaceDate pd = PlaceDates.read(line, 0, line.length());
    assertEquals(place, pd.place());
    assertEquals(iso, pd.date().iso());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "Công tác bảo vệ, chăm sóc trẻ em năm 2023                                    | 2023 | NULL",
      "Triển khai Chương trình quốc gia bảo vệ trẻ em năm 2014 tỉnh Hà Nam          | 2014 | NULL",
      "Thực hiện Chương trình hành động vì trẻ em giai đoạn 2021-2030 năm 2024      | 2024 | NULL",
      "Thực hiện Đề án giai đoạn 2021 - 2025, định hướng đến năm 2030               | NULL | 2021-2025",
      "Phát triển giáo dục mầm non giai đoạn 2022–2025                             | NULL | 2022-2025",
      "Giáo dục kỹ năng sống năm học 2024 - 2025                                    | NULL | 2024-2025",
      "Thực hiện Luật Trẻ em năm 2016 trong năm 2024                                | 2024 | NULL",
      "Thực hiện Quyết định ban hành ngày 16 tháng 02 năm 2022                      | NULL | NULL",
      "Tổng kết năm 2023 và triển khai nhiệm vụ năm 2024                            | 2024 | NULL",
      "Tổ chức các hoạt động 6 tháng đầu năm 2025                                   | 2025 | NULL",
      "Phòng, chống tai nạn thương tích cho trẻ em                                  | NULL | NULL",
      "Tổ chức Tết Trung thu cho thiếu nhi 2024                                     | 2024 | NULL",
      "Triển khai Nghị quyết số 26/2021/NQ-HĐND về trẻ em                            | NULL | NULL",
      "Thực hiện Chương trình hành động vì trẻ em 2021-2030                          | NULL | 2021-2030",
  })
  void readsPlanYearsAndPeriodsFromTitles(String title, Integer year, String period) {
    PlanTime t = PlanYears.fromPhrase(title);
    assertEquals(year, t.year());
    if (period == null) {
      assertNull(t.period());
    } else {
      String[] p = period.split("-");
      assertEquals(new Period(Integer.parseInt(p[0]), Integer.parseInt(p[1])), t.period());
    }
  }
}
