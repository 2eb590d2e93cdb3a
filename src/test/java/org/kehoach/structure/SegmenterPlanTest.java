package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.model.SectionKind.BUDGET;
import static org.kehoach.model.SectionKind.OBJECTIVES;
import static org.kehoach.model.SectionKind.ORGANIZATION;
import static org.kehoach.model.SectionKind.PURPOSE;
import static org.kehoach.model.SectionKind.REPORTING;
import static org.kehoach.model.SectionKind.TASKS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.model.Item;
import org.kehoach.model.ItemMarker;
import org.kehoach.model.Section;
import org.kehoach.model.StructureWarning;

/** Whole invented plans of other domains, laid out the usual way. */
class SegmenterPlanTest extends SegmenterTestSupport {
  /** A district poverty-reduction plan with every zone present. */
  static final String POVERTY = """
      UỶ BAN NHÂN DÂN
      HUYỆN MƯỜNG LA
      -------
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      ---------------
      Số: 58/KH-UBND
      Mường La, ngày 10 tháng 3 năm 2024

      KẾ HOẠCH
      Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững
      trên địa bàn huyện năm 2024

      Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình;
      Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2024 của UBND tỉnh Sơn La;
      Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:
      I. MỤC ĐÍCH YÊU CẦU
      1. Mục đích
      - Tổ chức thực hiện hiệu quả các dự án giảm nghèo.
      2. Yêu cầu
      - Bám sát mục tiêu, chỉ tiêu được giao.
      II. MỤC TIÊU.
      1. Mục tiêu chung
      Giảm nghèo bền vững, hạn chế tái nghèo.
      2. Mục tiêu cụ thể
      - Chỉ tiêu 1: Tỷ lệ hộ nghèo giảm 4%.
      - Chỉ tiêu 2: 100% hộ nghèo được hỗ trợ bảo hiểm y tế.
      III. NHIỆM VỤ VÀ GIẢI PHÁP
      1. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội
      a) Nội dung: Đầu tư 12 công trình giao thông nông thôn.
      b) Đơn vị thực hiện: Ban Quản lý dự án huyện.
      2. Dự án 2: Đa dạng hóa sinh kế
      - Hỗ trợ giống cây trồng, vật nuôi cho 350 hộ.
      + Ưu tiên hộ có phụ nữ làm chủ hộ.
      - Tập huấn kỹ thuật cho 20 lớp.
      IV. KINH PHÍ THỰC HIỆN: Tổng kinh phí 15.600 triệu đồng từ ngân sách trung ương và địa phương.
      V. TỔ CHỨC THỰC HIỆN
      1. Phòng Lao động - Thương binh và Xã hội: chủ trì, tham mưu tổ chức thực hiện.
      2. Phòng Tài chính - Kế hoạch: bố trí kinh phí.
      3. UBND các xã: xây dựng kế hoạch, báo cáo kết quả trước ngày 15/12/2024.
      VI. CHẾ ĐỘ BÁO CÁO
      Định kỳ 6 tháng, năm báo cáo kết quả về UBND huyện (qua Phòng Lao động - Thương binh và Xã hội).
      Trên đây là Kế hoạch thực hiện Chương trình giảm nghèo bền vững năm 2024 của UBND huyện Mường La./.
      Nơi nhận:
      - UBND tỉnh (b/c);
      - TT Huyện ủy, HĐND huyện;
      - Các phòng, ban liên quan;
      - UBND các xã, thị trấn;
      - Lưu: VT.
      TM. ỦY BAN NHÂN DÂN
      CHỦ TỊCH
      (Đã ký)
      Lò Văn Hùng
      """;

  @Test
  void readsEveryZoneOfAnOrdinaryPlan() {
    segment(POVERTY);
    assertEquals(List.of("UỶ BAN NHÂN DÂN", "HUYỆN MƯỜNG LA"), s.header().issuer().stream().map(this::cut).toList());
    assertEquals(2, s.header().motto().size());
    assertEquals("Số: 58/KH-UBND", cut(s.header().number()));
    assertEquals("Mường La, ngày 10 tháng 3 năm 2024", cut(s.header().placeDate()));
    assertEquals("KẾ HOẠCH", cut(s.title().typeWord()));
    assertEquals("Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn huyện năm 2024",
        flat(s.title().title()));
    assertEquals(2, s.title().titleLines().size());
    assertEquals(3, s.preamble().size());
    assertTrue(cut(s.preamble().get(2)).endsWith("như sau:"));
    assertEquals(List.of(PURPOSE, OBJECTIVES, TASKS, BUDGET, ORGANIZATION, REPORTING), kinds(), this::dump);
    assertEquals(List.of("I", "II", "III", "IV", "V", "VI"), numbers());
    assertEquals("MỤC TIÊU", s.sections().get(1).heading(), "trailing dot is not part of the heading");
    assertTrue(s.warnings().isEmpty(), () -> s.warnings().toString());
  }

  @Test
  void separatesHeadingFromContentOnTheSameLine() {
    segment(POVERTY);
    Section budget = s.sections().get(3);
    assertEquals("KINH PHÍ THỰC HIỆN", budget.heading());
    assertEquals("IV. KINH PHÍ THỰC HIỆN", text.substring(budget.span().start(), budget.headingSpan().end()));
    assertTrue(cut(budget.body()).startsWith("Tổng kinh phí 15.600 triệu đồng"));
    assertTrue(budget.items().isEmpty());
  }

  @Test
  void nestsItemsByMarkerStyle() {
    segment(POVERTY);
    List<Item> tasks = s.sections().get(2).items();
    assertEquals(2, tasks.size(), this::dump);
    Item first = tasks.get(0);
    assertEquals(ItemMarker.NUMBER, first.marker());
    assertEquals("1", first.number());
    assertEquals("Dự án 1", first.label());
    assertEquals(List.of("a", "b"), first.children().stream().map(Item::number).toList());
    Item second = tasks.get(1);
    assertEquals(List.of(ItemMarker.DASH, ItemMarker.DASH), second.children().stream().map(Item::marker).toList());
    assertEquals(List.of("Ưu tiên hộ có phụ nữ làm chủ hộ."), own(second.children().get(0).children()));
    List<Item> objectives = s.sections().get(1).items();
    assertEquals(List.of("Chỉ tiêu 1", "Chỉ tiêu 2"),
        objectives.get(1).children().stream().map(Item::label).toList());
    assertEquals("Mục tiêu chung Giảm nghèo bền vững, hạn chế tái nghèo.", flat(objectives.get(0).text()),
        "unmarked paragraphs under an item are its own text");
  }

  @Test
  void readsTheClosingPart() {
    segment(POVERTY);
    var c = s.closing();
    assertTrue(cut(c.statement()).startsWith("Trên đây là Kế hoạch"));
    assertEquals("Nơi nhận", cut(c.recipientsHeading()));
    assertEquals(List.of("UBND tỉnh (b/c)", "TT Huyện ủy, HĐND huyện", "Các phòng, ban liên quan",
        "UBND các xã, thị trấn", "Lưu: VT"), c.recipients().stream().map(this::cut).toList());
    assertEquals(List.of("TM. ỦY BAN NHÂN DÂN"), c.signature().authority().stream().map(this::cut).toList());
    assertEquals(List.of("CHỦ TỊCH"), c.signature().title().stream().map(this::cut).toList());
    assertEquals("Lò Văn Hùng", cut(c.signature().name()));
    assertTrue(c.trailing().isEmpty());
    assertTrue(s.sections().get(5).span().end() <= c.span().start());
  }

  /** A school plan: no header block, title on the type line, sentence-case headings, odd numbering. */
  static final String SCHOOL = """
      KẾ HOẠCH Tổ chức các hoạt động giáo dục kỹ năng sống năm học 2024-2025

      Thực hiện Công văn số 1234/SGDĐT-GDTrH ngày 05/9/2024 của Sở Giáo dục và Đào tạo về hướng dẫn nhiệm vụ năm học;

      I. Mục đích, yêu cầu
      Giúp học sinh hình thành kỹ năng sống cơ bản.
      II. Nội dung hoạt động
      1. Hoạt động ngoại khóa
      a) Tổ chức chuyên đề phòng chống đuối nước.
      b) Tổ chức ngày hội đọc sách.
      2. Hoạt động trải nghiệm
      - Tham quan di tích lịch sử địa phương.
      III. Kinh phí thực hiện. Từ nguồn kinh phí chi thường xuyên của nhà trường.
      V. TỔ CHỨC THỰC HIỆN
      1. Ban giám hiệu: chỉ đạo chung.
      2. Giáo viên chủ nhiệm: phối hợp với phụ huynh.
      V. CHẾ ĐỘ BÁO CÁO
      Các tổ chuyên môn báo cáo kết quả trước ngày 20/5/2025.
      Trên đây là kế hoạch tổ chức các hoạt động giáo dục kỹ năng sống năm học 2024-2025 của nhà trường./.
      Nơi nhận:
      - Phòng GD&ĐT (b/c);
      - Các tổ chuyên môn;
      - Lưu: VT.
      """;

  @Test
  void survivesNoHeaderSkippedAndDuplicatedNumbers() {
    segment(SCHOOL);
    assertNull(s.header());
    assertNull(s.boilerplate());
    assertEquals("Tổ chức các hoạt động giáo dục kỹ năng sống năm học 2024-2025", cut(s.title().title()));
    assertEquals(List.of(PURPOSE, TASKS, BUDGET, ORGANIZATION, REPORTING), kinds(), this::dump);
    assertEquals(List.of("I", "II", "III", "V", "V"), numbers());
    assertEquals("Kinh phí thực hiện", s.sections().get(2).heading());
    assertEquals("Từ nguồn kinh phí chi thường xuyên của nhà trường.", cut(s.sections().get(2).body()));
    assertEquals(List.of(StructureWarning.Code.SKIPPED_SECTION_NUMBER, StructureWarning.Code.DUPLICATE_SECTION_NUMBER),
        s.warnings().stream().map(StructureWarning::code).toList());
    assertNull(s.closing().signature(), "the plan is not signed");
    assertEquals(3, s.closing().recipients().size());
  }

  /** Unnumbered capital headings, as some commune plans use. */
  @Test
  void findsUnnumberedHeadings() {
    segment("""
        KẾ HOẠCH
        Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024

        MỤC ĐÍCH, YÊU CẦU
        - Chủ động phòng ngừa, ứng phó kịp thời.
        NHIỆM VỤ
        1. Kiện toàn Ban chỉ huy phòng chống thiên tai.
        2. Diễn tập phòng chống lụt bão tại 02 thôn.
        KINH PHÍ
        Ngân sách xã bố trí.
        TỔ CHỨC THỰC HIỆN
        - Các thôn triển khai thực hiện.
        """);
    assertEquals(List.of(PURPOSE, TASKS, BUDGET, ORGANIZATION), kinds(), this::dump);
    assertEquals(java.util.Arrays.asList(null, null, null, null), numbers());
    assertEquals(2, s.sections().get(1).items().size());
  }

  @Test
  void arabicNumbersAreTopLevelOnlyWithoutRomanNumerals() {
    segment("""
        KẾ HOẠCH
        Chuyển đổi số trong trường học năm 2025

        1. MỤC ĐÍCH, YÊU CẦU
        1.1. Mục đích: nâng cao chất lượng dạy học.
        2. NHIỆM VỤ
        2.1. Số hóa học liệu
        - 100% giáo viên sử dụng học bạ số.
        2.2. Tập huấn kỹ năng số
        3. Tổ chức thực hiện
        1. Hiệu trưởng: chỉ đạo chung.
        2. Tổ chuyên môn: triển khai.
        """);
    assertEquals(List.of(PURPOSE, TASKS, ORGANIZATION), kinds(), this::dump);
    assertEquals(List.of("1", "2", "3"), numbers());
    assertEquals(2, s.sections().get(2).items().size(), "numbers restarting at 1 are items, not sections");
  }
}
