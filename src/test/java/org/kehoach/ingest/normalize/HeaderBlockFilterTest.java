package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeaderBlockFilterTest {
  private static final String EXPECTED = String.join("\n",
      "ỦY BAN NHÂN DÂN",
      "XÃ TÂN HỘI",
      "Số: 15/KH-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tân Hội, ngày 02 tháng 3 năm 2024",
      "KẾ HOẠCH",
      "Tổ chức Tháng hành động vì trẻ em");

  private static String filter(String s) {
    return new HeaderBlockFilter().apply(PagedText.unpaged(s)).text();
  }

  @Test
  void tableCellsReadRowByRowAreReordered() {
    String in = String.join("\n",
        "ỦY BAN NHÂN DÂN",
        "XÃ TÂN HỘI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/KH-UBND",
        "Tân Hội, ngày 02 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Tổ chức Tháng hành động vì trẻ em");
    assertEquals(EXPECTED, filter(in));
  }

  @Test
  void cellsMergedOnOneBaselineAreSplit() {
    String in = String.join("\n",
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ TÂN HỘI Độc lập - Tự do - Hạnh phúc",
        "-------------",
        "Số: 15/KH-UBND Tân Hội, ngày 02 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Tổ chức Tháng hành động vì trẻ em");
    assertEquals(EXPECTED, filter(in));
  }

  @Test
  void aBlankNumberAndAPlaceOfSeveralWordsAreSplit() {
    String in = "Số: /QĐ-UBND TP. Hồ Chí Minh, ngày tháng năm 2025\nQUYẾT ĐỊNH";
    assertEquals("Số: /QĐ-UBND\nTP. Hồ Chí Minh, ngày tháng năm 2025\nQUYẾT ĐỊNH", filter(in));
  }

  @Test
  void theOldSpellingHoaIsAMottoToo() {
    String in = "SỞ Y TẾ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nSố: 7/KH-SYT\nKẾ HOẠCH";
    assertEquals("SỞ Y TẾ\nSố: 7/KH-SYT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nKẾ HOẠCH",
        filter(in));
  }

  @Test
  void aHeaderInReadingOrderIsLeftAlone() {
    PagedText in = PagedText.unpaged(EXPECTED.replace("\nSố:", "\n\nSố:"));
    assertEquals(in, new HeaderBlockFilter().apply(in));
  }

  @Test
  void aDocumentWithoutHeaderIsLeftAlone() {
    String in = "KẾ HOẠCH\nThực hiện công tác trẻ em năm 2025\nCăn cứ Luật Trẻ em năm 2016;";
    assertEquals(in, filter(in));
  }

  @Test
  void aSubjectLineKeepsItsPlaceUnderTheNumber() {
    String in = String.join("\n",
        "SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 88/SYT-NV",
        "V/v phòng chống dịch Quảng Ngãi, ngày 9 tháng 5 năm 2024",
        "Kính gửi: Các đơn vị trực thuộc");
    assertEquals(String.join("\n",
        "SỞ Y TẾ", "Số: 88/SYT-NV", "V/v phòng chống dịch", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 9 tháng 5 năm 2024", "Kính gửi: Các đơn vị trực thuộc"),
        filter(in));
  }
}
