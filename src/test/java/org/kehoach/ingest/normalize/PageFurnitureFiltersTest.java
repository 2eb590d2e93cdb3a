package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page numbers and running headers. */
class PageFurnitureFiltersTest {
  private static PagedText pageNumbers(PagedText in) {
    return new PageNumberFilter().apply(in);
  }

  @Test
  void pageNumbersAtPageTopsGoAndPagesStayAligned() {
    PagedText in = PagedText.ofPages(List.of(
        "KẾ HOẠCH\nPhòng chống tai nạn thương tích",
        "2\nvà đuối nước cho trẻ em.\n2. Phòng Giáo dục và Đào tạo:",
        "3\n- Tổ chức dạy bơi cho 200 em."));
    PagedText out = pageNumbers(in);
    assertEquals("KẾ HOẠCH\nPhòng chống tai nạn thương tích\nvà đuối nước cho trẻ em.\n"
        + "2. Phòng Giáo dục và Đào tạo:\n- Tổ chức dạy bơi cho 200 em.", out.text());
    assertEquals(2, out.pageAt(out.text().indexOf("và đuối")));
    assertEquals(3, out.pageAt(out.text().indexOf("- Tổ chức")));
  }

  @Test
  void pageNumbersAtBottomsInDashesGo() {
    PagedText in = PagedText.ofPages(List.of("Mở đầu kế hoạch\n- 1 -", "Nội dung chính\n- 2 -", "Kết thúc\n- 3 -"));
    assertEquals("Mở đầu kế hoạch\nNội dung chính\nKết thúc", pageNumbers(in).text());
  }

  @Test
  void aCoverPageShiftsTheNumbering() {
    PagedText in = PagedText.ofPages(List.of("Trang bìa", "1\nMục lục", "2\nNội dung", "3\nKết luận"));
    assertEquals("Trang bìa\nMục lục\nNội dung\nKết luận", pageNumbers(in).text());
  }

  @Test
  void numbersThatDoNotFollowThePagesStay() {
    PagedText in = PagedText.ofPages(List.of(
        "Số trẻ em được hỗ trợ\n120", "2\nSố xã tham gia:\n15", "3\nTổng cộng\n40"));
    PagedText out = pageNumbers(in);
    assertTrue(out.text().contains("\n120"));
    assertTrue(out.text().contains("\n15"));
    assertTrue(out.text().contains("\n40"));
    assertFalse(out.text().contains("2\nSố xã"));
  }

  @Test
  void numberedItemsAndNumbersInTextStay() {
    PagedText in = PagedText.ofPages(List.of("2. Phòng Giáo dục và Đào tạo", "giảm 2\n3."));
    assertEquals(in.text(), pageNumbers(in).text());
  }

  @Test
  void theHeaderFieldOfAWordFileGoes() {
    PagedText in = PagedText.unpaged("5\nỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nKẾ HOẠCH");
    assertEquals("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nKẾ HOẠCH", pageNumbers(in).text());
  }

  @Test
  void aRunningHeaderOnMostPagesGoes() {
    String header = "Kế hoạch số 12/KH-UBND ngày 3/3/2024";
    PagedText in = PagedText.ofPages(List.of(
        "KẾ HOẠCH\nMở đầu", header + "\nThân bài một", header + "\nThân bài hai", header + "\nKết luận"));
    PagedText out = new RunningHeaderFilter().apply(in);
    assertEquals("KẾ HOẠCH\nMở đầu\nThân bài một\nThân bài hai\nKết luận", out.text());
    assertEquals(4, out.pageAt(out.text().indexOf("Kết luận")));
  }

  @Test
  void aRepeatedListItemIsNoHeader() {
    String item = "- Thời gian thực hiện: Thường xuyên.";
    PagedText in = PagedText.ofPages(List.of(
        item + "\nMột", item + "\nHai", item + "\nBa", "Bốn\n" + item));
    assertEquals(in.text(), new RunningHeaderFilter().apply(in).text());
  }

  @Test
  void aLineAlsoFoundInTheBodyIsNoHeader() {
    String line = "Phòng Nội vụ chủ trì";
    PagedText in = PagedText.ofPages(List.of(
        line + "\nA\nB\nC\nD\nE", line + "\nF\nG\n" + line + "\nH\nI", line + "\nJ\nK\nL\nM\nN"));
    assertEquals(in.text(), new RunningHeaderFilter().apply(in).text());
  }
}
