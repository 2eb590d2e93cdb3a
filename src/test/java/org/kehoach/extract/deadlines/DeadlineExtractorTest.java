package org.kehoach.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.model.Deadline;
import org.kehoach.model.PageLocator;

class DeadlineExtractorTest {
  private final DeadlineExtractor extractor = new DeadlineExtractor();

  private List<Deadline> deadlines(String text, Integer planYear) {
    return extractor.extract(text, 0, text.length(), planYear, PageLocator.none());
  }

  private List<String> dates(String text, Integer planYear) {
    return deadlines(text, planYear).stream().map(Deadline::date).collect(Collectors.toList());
  }

  /** Sentence, plan year, the due dates (space-separated; empty for none). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Các trường gửi báo cáo về Phòng Giáo dục trước ngày 25/6 hằng năm.|2024|2024-06-25",
    "UBND các xã gửi danh sách hộ nghèo về Phòng Lao động trước ngày 15/11/2024.|2024|2024-11-15",
    "Tổ chức đợt cao điểm chuyển đổi số từ ngày 15/3 đến ngày 15/4/2024.|2024|2024-04-15",
    "Chiến dịch tiêm chủng diễn ra từ 01/10 - 31/10/2025 tại các trạm y tế.|2025|2025-10-31",
    "Báo cáo sơ kết 6 tháng chậm nhất là ngày 05/6/2024 và báo cáo năm chậm nhất ngày 05/12/2024.|2024|2024-06-05 2024-12-05",
    "Định kỳ báo cáo kết quả 6 tháng (trước ngày 15/6) và năm 2026 (trước ngày 15/12) về Sở.|2026|2026-06-15 2026-12-15",
    "Các đơn vị gửi hồ sơ trước ngày 10/5 và ngày 10/11 hằng năm.|2023|2023-05-10 2023-11-10",
    "Hạn chót nộp hồ sơ: ngày 30/9/2024.|2024|2024-09-30",
    "Thời hạn hoàn thành: 31/12/2025.|2025|2025-12-31",
    "Các xã hoàn thành rà soát hộ cận nghèo trước ngày 15 tháng 12 năm 2024.|2024|2024-12-15",
    "Nộp báo cáo tổng kết trước ngày 20 tháng 12 hằng năm.|2022|2022-12-20",
    "Duy trì hoạt động của cổng dịch vụ công đến hết ngày 31/12/2024.|2024|2024-12-31",
    "Số liệu báo cáo tính đến ngày 30/11/2024 gửi về Sở.|2024|",
    "Số liệu tính từ ngày 01/01/2024 đến ngày 31/12/2024, gửi báo cáo trước ngày 10/01/2025.|2024|2025-01-10",
    "Các đơn vị nộp hồ sơ trước 17 giờ ngày 20/5/2024 tại Bộ phận một cửa.|2024|2024-05-20",
    "Gửi dự toán kinh phí trước 16h00, ngày 30/6 về Phòng Tài chính.|2024|2024-06-30",
    "Thực hiện Quyết định 2996/QĐ-UBND ngày 06/9/2021 về phối hợp liên ngành.|2023|",
    "Đăng ký khai sinh theo Thông tư số 05/2015/TTLT-BTP-BCA-BYT ngày 15/5/2015 của liên Bộ.|2023|",
    "Theo Kế hoạch số 12/KH-UBND ngày 10/01/2024, các trường báo cáo trước ngày 20/5.|2024|2024-05-20",
    "Tổ chức các hoạt động nhân Ngày Quốc tế Thiếu nhi 1/6 và Tết Trung thu.|2023|",
    "Hoàn thành các chỉ tiêu trong Quý II, IV năm 2025.|2025|",
    "Triển khai tại 6/6 huyện, thành phố trong tháng 6/2024.|2024|",
    "Gửi báo cáo trước ngày 31/02/2024.|2024|",
    "Gửi báo cáo trước ngày 20/5.||"
  })
  void findsDueDates(String sentence, Integer planYear, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
    assertEquals(want, dates(sentence, planYear), sentence);
  }

  @Test
  void dayAndMonthTakeThePlanYearAndSayIt() {
    Deadline d = deadlines("Các trường gửi báo cáo trước ngày 25/6 hằng năm.", 2024).get(0);
    assertTrue(d.yearInferred());
    Deadline e = deadlines("Các trường gửi báo cáo trước ngày 25/6/2025.", 2024).get(0);
    assertFalse(e.yearInferred());
    assertEquals("2025-06-25", e.date());
  }

  @Test
  void textAndSpanCoverCueAndDate() {
    String s = "Các đơn vị gửi kế hoạch về Sở trước ngày 20/3/2024 (qua Văn phòng).";
    Deadline d = deadlines(s, 2024).get(0);
    assertEquals("trước ngày 20/3/2024", d.text());
    assertEquals(d.text(), s.substring(d.span().start(), d.span().end()));
  }

  @Test
  void windowTextCoversTheWholeWindow() {
    String s = "Tổ chức Tháng hành động vì người cao tuổi (từ ngày 01/10/2024 đến ngày 31/10/2024).";
    Deadline d = deadlines(s, 2024).get(0);
    assertEquals("từ ngày 01/10/2024 đến ngày 31/10/2024", d.text());
    assertEquals("Tổ chức Tháng hành động vì người cao tuổi", d.what());
  }

  @Test
  void whatIsTakenFromTheClause() {
    String s = "- Tổng hợp tình hình và báo cáo sơ kết 06 tháng trước ngày 13/5/2024 và báo cáo tổng kết năm"
        + " trước ngày 12/11/2024 gửi về Phòng Nội vụ.";
    List<Deadline> d = deadlines(s, 2024);
    assertEquals(List.of("báo cáo sơ kết 06 tháng", "báo cáo tổng kết năm"),
        d.stream().map(Deadline::what).collect(Collectors.toList()));
    String p = "- Định kỳ báo cáo kết quả 6 tháng (trước ngày 10/6) gửi về UBND xã.";
    assertEquals("báo cáo kết quả 6 tháng", deadlines(p, 2024).get(0).what());
  }

  @Test
  void laterDatesOfAListShareTheDescriptionAndStartAtTheirCue() {
    List<Deadline> d = deadlines("- Định kỳ gửi báo cáo tình hình trước ngày 10/5/2024 và trước ngày 10/11/2024.", 2024);
    assertEquals("trước ngày 10/11/2024", d.get(1).text());
    assertEquals("báo cáo tình hình", d.get(0).what());
    assertEquals(d.get(0).what(), d.get(1).what());
  }

  @Test
  void cueAndDateOnWrappedLinesOfOneParagraph() {
    String s = "- Tổng hợp và gửi báo cáo sơ kết 06 tháng trước\nngày 13/5/2021 về Phòng Nội vụ.\n\n- Tổ chức hội nghị.";
    List<Deadline> d = deadlines(s, 2021);
    assertEquals(List.of("2021-05-13"), d.stream().map(Deadline::date).collect(Collectors.toList()));
    assertEquals("trước\nngày 13/5/2021", d.get(0).text());
  }

  @Test
  void readsOnlyTheRangeAndKeepsSpansInside() {
    String text = "Báo cáo trước ngày 10/5/2024. Báo cáo trước ngày 10/11/2024. Báo cáo trước ngày 10/12/2024.";
    int from = text.indexOf("Báo cáo trước ngày 10/11");
    int to = text.indexOf(" Báo cáo trước ngày 10/12");
    List<Deadline> d = extractor.extract(text, from, to, 2024, offset -> 2);
    assertEquals(1, d.size());
    assertEquals("2024-11-10", d.get(0).date());
    assertTrue(d.get(0).span().start() >= from && d.get(0).span().end() <= to);
    assertEquals(2, d.get(0).span().page());
  }
}
