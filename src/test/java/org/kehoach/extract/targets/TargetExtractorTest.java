package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.model.Comparator.EQ;
import static org.kehoach.model.Comparator.GE;
import static org.kehoach.model.Comparator.GT;
import static org.kehoach.model.Comparator.LE;
import static org.kehoach.model.Comparator.LT;
import static org.kehoach.model.Comparator.RANGE;
import static org.kehoach.model.Direction.DECREASE;
import static org.kehoach.model.Direction.INCREASE;
import static org.kehoach.model.Direction.MAINTAIN;
import static org.kehoach.model.TargetUnit.COUNT;
import static org.kehoach.model.TargetUnit.PERCENT;
import static org.kehoach.model.TargetUnit.PER_1000;
import static org.kehoach.model.TargetUnit.PER_100000;
import static org.kehoach.model.TargetUnit.VND;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehoach.model.Comparator;
import org.kehoach.model.Direction;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Target;
import org.kehoach.model.TargetUnit;
import org.kehoach.text.Fold;

/**
 * Table-driven tests from the pattern of a target, with invented sentences from several domains
 * (poverty, education, health, digital government, budgets), so that a rule fitted to one sample plan
 * would fail here.
 */
class TargetExtractorTest {
  private static final int PLAN_YEAR = 2024;
  private final TargetExtractor extractor = new TargetExtractor(IndicatorResolver.none());

  /** What one target must be; {@code name} is compared exactly. */
  record Want(double value, Double max, TargetUnit unit, Comparator cmp, Direction dir, int year, String name) {
    @Override
    public String toString() {
      return value + (max == null ? "" : "-" + max) + " " + unit + " " + cmp + " " + dir + " " + year + " '" + name + "'";
    }
  }

  private static Want want(double value, TargetUnit unit, Comparator cmp, Direction dir, String name) {
    return new Want(value, null, unit, cmp, dir, PLAN_YEAR, name);
  }

  private static Want want(double value, TargetUnit unit, Comparator cmp, Direction dir, int year, String name) {
    return new Want(value, null, unit, cmp, dir, year, name);
  }

  static Stream<Arguments> targets() {
    return Stream.of(
        Arguments.of("Giảm tỷ lệ hộ nghèo xuống dưới 1,5%.",
            List.of(want(1.5, PERCENT, LT, DECREASE, "tỷ lệ hộ nghèo"))),
        Arguments.of("- Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99% trở lên;",
            List.of(want(99, PERCENT, GE, INCREASE, "Tỷ lệ học sinh hoàn thành chương trình tiểu học"))),
        Arguments.of("100% hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến.",
            List.of(want(100, PERCENT, EQ, INCREASE, "hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến"))),
        Arguments.of("Huy động 1,5 tỷ đồng cho Quỹ khuyến học của xã.",
            List.of(want(1.5e9, VND, EQ, INCREASE, "cho Quỹ khuyến học của xã"))),
        Arguments.of("Vận động Quỹ Vì người nghèo đạt 684.000.000đ.",
            List.of(want(6.84e8, VND, EQ, INCREASE, "Quỹ Vì người nghèo"))),
        Arguments.of("Tổng số tiền ủng hộ đạt 1 tỷ 200 triệu đồng.",
            List.of(want(1.2e9, VND, EQ, INCREASE, "Tổng số tiền ủng hộ"))),
        Arguments.of("Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 65% vào năm 2025 và 75% vào năm 2030.",
            List.of(want(65, PERCENT, EQ, INCREASE, 2025, "Tỷ lệ dịch vụ công trực tuyến toàn trình"),
                want(75, PERCENT, EQ, INCREASE, 2030, "Tỷ lệ dịch vụ công trực tuyến toàn trình"))),
        Arguments.of("Giảm tỷ suất tử vong mẹ xuống còn 45/100.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ em"
                + " dưới 1 tuổi xuống 12‰; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống còn 18 trẻ/1.000 trẻ đẻ sống.",
            List.of(want(45, PER_100000, LE, DECREASE, "tỷ suất tử vong mẹ"),
                want(12, PER_1000, LE, DECREASE, "tỷ suất tử vong trẻ em dưới 1 tuổi"),
                want(18, PER_1000, LE, DECREASE, "tỷ suất tử vong trẻ em dưới 5 tuổi"))),
        Arguments.of("Tỷ lệ nợ đọng thuế không quá 5% tổng thu ngân sách.",
            List.of(want(5, PERCENT, LE, DECREASE, "Tỷ lệ nợ đọng thuế"))),
        Arguments.of("Tỷ lệ thất nghiệp khu vực thành thị tối đa 3%.",
            List.of(want(3, PERCENT, LE, DECREASE, "Tỷ lệ thất nghiệp khu vực thành thị"))),
        Arguments.of("Tỷ lệ lây truyền viêm gan B từ mẹ sang con là dưới 2%.",
            List.of(want(2, PERCENT, LT, DECREASE, "Tỷ lệ lây truyền viêm gan B từ mẹ sang con"))),
        Arguments.of("Duy trì tỷ lệ trẻ em được tiêm chủng đầy đủ ở mức trên 95%.",
            List.of(want(95, PERCENT, GT, MAINTAIN, "tỷ lệ trẻ em được tiêm chủng đầy đủ"))),
        Arguments.of("Duy trì 100% trường học có nhà vệ sinh đạt chuẩn.",
            List.of(want(100, PERCENT, EQ, MAINTAIN, "trường học có nhà vệ sinh đạt chuẩn"))),
        Arguments.of("Tỷ lệ trẻ em đi học đúng độ tuổi đạt 98%, tỷ lệ học sinh bỏ học dưới 0,5%.",
            List.of(want(98, PERCENT, EQ, INCREASE, "Tỷ lệ trẻ em đi học đúng độ tuổi"),
                want(0.5, PERCENT, LT, DECREASE, "tỷ lệ học sinh bỏ học"))),
        Arguments.of("100% xã có tủ sách pháp luật, 90% thôn có loa truyền thanh.",
            List.of(want(100, PERCENT, EQ, INCREASE, "xã có tủ sách pháp luật"),
                want(90, PERCENT, EQ, INCREASE, "thôn có loa truyền thanh"))),
        Arguments.of("Tỷ lệ hộ dân dùng nước sạch tăng thêm 5-10%.",
            List.of(new Want(5, 10.0, PERCENT, RANGE, INCREASE, PLAN_YEAR, "Tỷ lệ hộ dân dùng nước sạch tăng thêm"))),
        Arguments.of("Tỷ lệ che phủ rừng duy trì từ 45% đến 50%.",
            List.of(new Want(45, 50.0, PERCENT, RANGE, MAINTAIN, PLAN_YEAR, "Tỷ lệ che phủ rừng"))),
        Arguments.of("Giảm tỷ lệ học sinh bỏ học từ 0,5% đến 0,2%/năm.",
            List.of(want(0.2, PERCENT, LE, DECREASE, "tỷ lệ học sinh bỏ học"))),
        Arguments.of("Giảm tỷ lệ người sử dụng ma túy từ 2% xuống còn 1%.",
            List.of(want(1, PERCENT, LE, DECREASE, "tỷ lệ người sử dụng ma túy"))),
        Arguments.of("Nâng tỷ lệ lao động qua đào tạo từ 60% lên 70%.",
            List.of(want(70, PERCENT, GE, INCREASE, "tỷ lệ lao động qua đào tạo"))),
        Arguments.of("Đến năm 2030, tỷ lệ lao động qua đào tạo có bằng cấp đạt 35%.",
            List.of(want(35, PERCENT, EQ, INCREASE, 2030, "tỷ lệ lao động qua đào tạo có bằng cấp"))),
        Arguments.of("Phấn đấu đến năm 2025:\n- 100% xã có điểm bưu điện văn hóa;\n- 80% hộ gia đình có internet cáp quang.",
            List.of(want(100, PERCENT, EQ, INCREASE, 2025, "xã có điểm bưu điện văn hóa"),
                want(80, PERCENT, EQ, INCREASE, 2025, "hộ gia đình có internet cáp quang"))),
        Arguments.of("Từng bước chấm dứt tình trạng học sinh bỏ học, giảm số học sinh bỏ học xuống dưới 1%.",
            List.of(want(1, PERCENT, LT, DECREASE, "số học sinh bỏ học"))),
        Arguments.of("Tỷ lệ giảm nghèo đa chiều đạt 2%/năm.",
            List.of(want(2, PERCENT, EQ, INCREASE, "Tỷ lệ giảm nghèo đa chiều"))),
        Arguments.of("Tăng cường giám sát 100% cơ sở kinh doanh thực phẩm.",
            List.of(want(100, PERCENT, EQ, INCREASE, "cơ sở kinh doanh thực phẩm"))),
        Arguments.of("Phấn đấu ít nhất 500 lượt người được khám sàng lọc miễn phí.",
            List.of(want(500, COUNT, GE, INCREASE, "lượt người được khám sàng lọc miễn phí"))),
        Arguments.of("Hỗ trợ phẫu thuật cho khoảng 120 trẻ em khuyết tật vận động.",
            List.of(want(120, COUNT, EQ, INCREASE, "trẻ em khuyết tật vận động"))),
        Arguments.of("Chỉ tiêu 2: 300 học sinh nghèo được nhận học bổng.",
            List.of(want(300, COUNT, EQ, INCREASE, "học sinh nghèo được nhận học bổng"))),
        Arguments.of("Tỷ lệ nhập học mầm non đạt 92% (≥ 95% theo chỉ tiêu tỉnh giao);",
            List.of(want(92, PERCENT, EQ, INCREASE, "Tỷ lệ nhập học mầm non"),
                want(95, PERCENT, GE, INCREASE, "Tỷ lệ nhập học mầm non"))),
        Arguments.of("Vận động Quỹ khuyến học toàn huyện đạt 500 triệu đồng; trong đó, cấp huyện là 200 triệu"
                + " đồng, cấp xã 15 triệu đồng/01 xã.",
            List.of(want(5e8, VND, EQ, INCREASE, "Quỹ khuyến học toàn huyện"),
                want(2e8, VND, EQ, INCREASE, "cấp huyện"),
                want(1.5e7, VND, EQ, INCREASE, "cấp xã"))),
        Arguments.of("Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.",
            List.of(want(6.5e7, VND, EQ, INCREASE, "Thu nhập bình quân đầu người"))),
        Arguments.of("Tỷ lệ hộ được dùng điện lưới đạt từ 99% trở lên, hơn 80% hộ có nhà vệ sinh hợp vệ sinh.",
            List.of(want(99, PERCENT, GE, INCREASE, "Tỷ lệ hộ được dùng điện lưới"),
                want(80, PERCENT, GT, INCREASE, "hộ có nhà vệ sinh hợp vệ sinh"))),
        Arguments.of("Năm 2023 tỷ lệ tiêm chủng đạt 85%; năm 2024 phấn đấu đạt 90%.",
            List.of(want(90, PERCENT, EQ, INCREASE, "tỷ lệ tiêm chủng"))),
        Arguments.of("a) Đến năm 2026:\n- 90% người dân có hồ sơ sức khỏe điện tử;\n- Giảm số ca mắc sốt xuất huyết."
                + "\n- Tỷ lệ hài lòng của người bệnh đạt 95%.\n2. Chỉ tiêu khác\n- Tỷ lệ giường bệnh đạt 30%.",
            List.of(want(90, PERCENT, EQ, INCREASE, 2026, "người dân có hồ sơ sức khỏe điện tử"),
                want(95, PERCENT, EQ, INCREASE, 2026, "Tỷ lệ hài lòng của người bệnh"),
                want(30, PERCENT, EQ, INCREASE, "Tỷ lệ giường bệnh"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void readsTheTargetsOfASentence(String sentence, List<Want> wanted) {
    List<Target> got = extractor.extract(sentence, 0, sentence.length(), PLAN_YEAR, PageLocator.none());
    assertEquals(wanted.stream().map(Want::toString).collect(Collectors.joining("\n")),
        got.stream().map(TargetExtractorTest::describe).collect(Collectors.joining("\n")));
  }

  private static String describe(Target t) {
    return new Want(t.value(), t.valueMax(), t.unit(), t.comparator(), t.direction(), t.year(), t.name()).toString();
  }

  /** Numbers that belong to names, contacts, documents, dates, labels, scope and frequencies. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Tổ chức tiêm chủng cho trẻ em dưới 5 tuổi, trẻ em từ 11 tuổi trở lên và trẻ em 5 tuổi.",
      "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; tiêm đủ 08 loại vắc xin.",
      "Quảng bá Tổng đài quốc gia bảo vệ trẻ em (111), đường dây tư vấn miễn phí (18001769).",
      "Số điện thoại: 0988.100.744; đường dây nóng của tỉnh (02713. 825.825).",
      "Thực hiện Kế hoạch số 43/KH-UBND ngày 16/02/2022 và Nghị định 56/2017/NĐ-CP.",
      "Triển khai Chương trình giai đoạn 2021-2030; báo cáo năm 2023 trước ngày 10/5, Ngày Quốc tế Thiếu nhi 1/6.",
      "Chỉ tiêu 5:\n1. Mục tiêu chung\n2.1. Về giáo dục\nc) Mục tiêu 3: giáo dục, văn hóa",
      "Phạm vi: trên địa bàn 02 huyện; mở rộng thêm 08 xã; gồm 04 mô hình; ở 6/6 huyện, thành phố; tại 10 xã.",
      "Cấp phường, xã có ít nhất 1 tin, bài/tuần phát trên hệ thống thông tin cơ sở.",
      "Báo cáo định kỳ 6 tháng, hằng quý và cả năm; tổ chức 2 lần/năm.",
      "Tổ chức 02 lớp tập huấn cho 100 cán bộ cấp xã; hỗ trợ 50 trẻ em có hoàn cảnh khó khăn.",
      "Tổng kinh phí thực hiện: 500 triệu đồng.",
      "Ngân sách hỗ trợ năm 2014: 684.000.000đ (Sáu trăm tám tư triệu đồng chẵn), trong đó:\n"
          + "+ Dự án 1: Truyền thông: 140.000.000đ\n\n+ Dự án 2: Nâng cao năng lực: 109.000.000đ",
      "Kinh phí hỗ trợ mỗi xã 20 triệu đồng/xã từ ngân sách huyện.",
      "Hỗ trợ mỗi trẻ em mồ côi 2.000.000 đồng/tháng; tặng 100 suất quà.",
      "Giữ tỷ số giới tính khi sinh 110 bé trai/100 bé gái.",
      "Tổ chức tối thiểu 02 lần/năm; mỗi lớp 40 học viên.",
      "Ngân sách tỉnh bảo đảm 70% kinh phí, xã hội hóa 30% kinh phí thực hiện."})
  void findsNothingWhereNothingIsCommitted(String sentence) {
    List<Target> got = extractor.extract(sentence, 0, sentence.length(), PLAN_YEAR, PageLocator.none());
    assertEquals("", got.stream().map(TargetExtractorTest::describe).collect(Collectors.joining("\n")));
  }

  @Test
  void readsOnlyTheRegionAndPutsSpansAndPagesInsideIt() {
    String head = "Năm 2023 tỷ lệ hộ nghèo đạt 4%.\n\n";
    String body = "I. MỤC TIÊU\n- Giảm tỷ lệ hộ nghèo xuống dưới 3%;\n- 95% hộ dân có nước sạch.\n";
    String text = head + body + "II. NHIỆM VỤ\nTỷ lệ hộ cận nghèo đạt 10%.";
    int from = head.length();
    int to = from + body.length();
    PageLocator pages = offset -> offset < from + 30 ? 1 : 2;
    List<Target> got = extractor.extract(text, from, to, PLAN_YEAR, pages);
    assertEquals(List.of(3.0, 95.0), got.stream().map(Target::value).toList());
    for (Target t : got) {
      assertTrue(t.span().start() >= from && t.span().end() <= to, "span inside the region: " + t.span());
      String spanned = text.substring(t.span().start(), t.span().end());
      assertTrue(spanned.contains("%"), "the span covers the value: " + spanned);
      assertTrue(t.text().contains(t.name()), "the name is read from the clause: " + t);
      assertEquals(pages.pageAt(t.span().start()), t.span().page());
    }
    assertEquals("Giảm tỷ lệ hộ nghèo xuống dưới 3%", got.get(0).text());
  }

  @Test
  void asksTheResolverForTheIndicatorOfEachName() {
    IndicatorResolver resolver = phrase -> Fold.fold(phrase).contains("ho ngheo") ? Optional.of("poverty_rate") : Optional.empty();
    String s = "Giảm tỷ lệ hộ nghèo xuống dưới 2%; 100% hộ dân có điện.";
    List<Target> got = new TargetExtractor(resolver).extract(s, 0, s.length(), null, PageLocator.none());
    assertEquals("poverty_rate", got.get(0).indicator());
    assertNull(got.get(1).indicator());
    assertNull(got.get(0).year(), "no due year and no plan year");
  }

  @Test
  void keepsNamesWithTheWordsTheFoldWouldMerge() {
    // "con" (child) must not be read as "còn" (down to), "giám" as "giảm", "đất" as "đạt"
    String s = "Tỷ lệ lây truyền từ mẹ sang con 5%; giám sát 100% cơ sở; diện tích đất 20%.";
    List<Target> got = extractor.extract(s, 0, s.length(), PLAN_YEAR, PageLocator.none());
    assertEquals(List.of("Tỷ lệ lây truyền từ mẹ sang con", "cơ sở", "diện tích đất"),
        got.stream().map(Target::name).toList());
    assertEquals(List.of(EQ, EQ, EQ), got.stream().map(Target::comparator).toList());
    assertEquals(List.of(INCREASE, INCREASE, INCREASE), got.stream().map(Target::direction).toList());
  }
}
