package org.kehoach.extract.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.Agency;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Span;
import org.kehoach.model.Task;
import org.kehoach.structure.Segmenter;

/** Organisation sections of other provinces, levels and domains, invented in the pattern of real plans. */
class AgencyExtractorTest {
  private static AgencyExtractor extractor;
  private static final Segmenter SEGMENTER = new Segmenter();

  @BeforeAll
  static void load() {
    extractor = new AgencyExtractor(Gazetteers.loadDefault());
  }

  private static List<Agency> agencies(String text, List<Task> tasks) {
    return extractor.extract(text, SEGMENTER.segment(text), tasks, PageLocator.none());
  }

  private static List<String> names(List<Agency> agencies) {
    return agencies.stream().map(Agency::name).toList();
  }

  private static Agency named(List<Agency> agencies, String name) {
    return agencies.stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no agency " + name + " in " + names(agencies)));
  }

  private static final String DISTRICT = """
      KẾ HOẠCH
      Thực hiện Chương trình giảm nghèo bền vững huyện năm 2026
      I. MỤC TIÊU
      Giảm tỷ lệ hộ nghèo.
      II. TỔ CHỨC THỰC HIỆN
      1. Phòng LĐ-TB&XH
      - Chủ trì, phối hợp với Phòng Y tế tổ chức triển khai Kế hoạch.
      - Tổng hợp kết quả, báo cáo UBND huyện.
      2. Các phòng: Tư pháp, Văn hóa và Thông tin, Tài chính - Kế hoạch căn cứ chức năng, nhiệm vụ phối hợp thực hiện.
      3. Đề nghị Ủy ban MTTQ và các đoàn thể huyện
      - Hội Nông dân huyện: vận động hội viên tham gia.
      - Huyện đoàn: tổ chức diễn đàn trẻ em.
      4. Phòng Lao động - Thương binh và Xã hội định kỳ báo cáo Sở LĐ-TB&XH.
      """;

  @Test
  void readsEveryHeadingFormOfADistrictPlan() {
    assertEquals(List.of(
        "Phòng Lao động - Thương binh và Xã hội", "Phòng Tư pháp", "Phòng Văn hóa và Thông tin",
        "Phòng Tài chính - Kế hoạch", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Nông dân",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh"), names(agencies(DISTRICT, List.of())),
        "no Phòng Y tế (named inside duties), no UBND huyện or Sở (reported to), no 'các đoàn thể' (a group)");
  }

  @Test
  void mergesSpellingsOfOneAgencyWithEveryMentionAndDuty() {
    Agency labour = named(agencies(DISTRICT, List.of()), "Phòng Lao động - Thương binh và Xã hội");
    assertEquals(List.of("Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội"),
        labour.spans().stream().map(s -> DISTRICT.substring(s.start(), s.end())).toList());
    assertEquals(List.of(
        "Chủ trì, phối hợp với Phòng Y tế tổ chức triển khai Kế hoạch.",
        "Tổng hợp kết quả, báo cáo UBND huyện.",
        "Phòng Lao động - Thương binh và Xã hội định kỳ báo cáo Sở LĐ-TB&XH."), labour.responsibilities());
  }

  @Test
  void dutiesOfSubItemsGoToTheOrganisationTheyName() {
    List<Agency> found = agencies(DISTRICT, List.of());
    assertEquals(List.of("vận động hội viên tham gia."), named(found, "Hội Nông dân").responsibilities());
    assertEquals(List.of("căn cứ chức năng, nhiệm vụ phối hợp thực hiện."), named(found, "Phòng Tư pháp").responsibilities());
  }

  @Test
  void readsAssignmentParagraphsOfASectionWithoutItems() {
    String plan = """
        KẾ HOẠCH
        Thực hiện công tác dân số năm 2026
        I. MỤC TIÊU
        Giảm tỷ số giới tính khi sinh.
        II. TỔ CHỨC THỰC HIỆN
        Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện tốt các nội dung sau:
        Giao Sở Y tế chủ trì, phối hợp với Sở Tư pháp, Hội Liên hiệp Phụ nữ tỉnh hướng dẫn các huyện triển khai Kế hoạch; định kỳ báo cáo Bộ Y tế.
        Giao Sở Tài chính: bố trí kinh phí thực hiện.
        """;
    List<Agency> found = agencies(plan, List.of());
    assertEquals(List.of("Sở Y tế", "Sở Tài chính"), names(found),
        "the issuer hands duties out ('yêu cầu'); partners and report addressees inside duties are left out");
    assertEquals(List.of("bố trí kinh phí thực hiện."), named(found, "Sở Tài chính").responsibilities());
  }

  @Test
  void readsTheBodiesOfASchool() {
    String plan = """
        KẾ HOẠCH
        Tổ chức Tuần lễ học tập suốt đời năm học 2025-2026
        I. MỤC ĐÍCH, YÊU CẦU
        Xây dựng xã hội học tập.
        II. TỔ CHỨC THỰC HIỆN
        1. Hiệu trưởng: Chỉ đạo chung.
        2. Tổ chuyên môn, Tổ Văn phòng: Xây dựng kế hoạch chi tiết.
        3. Đề nghị Công đoàn trường, Chi đoàn giáo viên phối hợp tổ chức các hoạt động.
        4. Giáo viên chủ nhiệm: Tuyên truyền đến học sinh.
        """;
    assertEquals(List.of("Hiệu trưởng", "Tổ chuyên môn", "Tổ Văn phòng", "Công đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        names(agencies(plan, List.of())), "a teacher role is not an organisation");
  }

  @Test
  void readsACommunePlanWithSchoolsAndOfficials() {
    String plan = """
        KẾ HOẠCH
        Phòng chống tai nạn thương tích trẻ em xã Tân Lập năm 2026
        I. MỤC ĐÍCH
        Giảm tai nạn.
        II. TỔ CHỨC THỰC HIỆN
        1. Công chức Văn hóa - Xã hội: Tham mưu UBND xã triển khai Kế hoạch.
        2. Trạm Y tế xã: Sơ cứu, cấp cứu ban đầu.
        3. Công an xã, Ban Chỉ huy Quân sự xã: Bảo đảm an ninh.
        4. Trưởng thôn, Bí thư chi bộ các thôn: tuyên truyền đến hộ gia đình.
        5. Trường Mầm non, Trường Tiểu học và Trường THCS: Giáo dục kỹ năng an toàn cho học sinh.
        6. Chủ tịch UBND xã yêu cầu các bộ phận nghiêm túc thực hiện.
        """;
    assertEquals(List.of("Công chức Văn hóa - Xã hội", "Trạm Y tế", "Công an xã, phường, thị trấn", "Ban Chỉ huy Quân sự",
        "Trường Mầm non", "Trường Tiểu học", "Trường THCS"), names(agencies(plan, List.of())),
        "village heads are people, not organisations; the commune chairman hands duties out");
  }

  @Test
  void readsLetteredSubItemsUnderAGroupingItem() {
    String plan = """
        KẾ HOẠCH
        Thực hiện Chương trình hành động vì trẻ em tỉnh năm 2026
        I. MỤC TIÊU
        Giảm tỷ lệ trẻ em bị xâm hại.
        II. TỔ CHỨC THỰC HIỆN
        1. Trách nhiệm của các sở, ban, ngành
        a) Sở Lao động - Thương binh và Xã hội (cơ quan thường trực)
        - Chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn triển khai Kế hoạch.
        b) Giám đốc Sở Giáo dục và Đào tạo: chỉ đạo các trường học.
        c) Đài Phát thanh và Truyền hình tỉnh, Báo Hà Giang: tăng cường tuyên truyền.
        d) Các sở, ban, ngành khác: căn cứ chức năng, nhiệm vụ phối hợp thực hiện.
        2. Ủy ban nhân dân các huyện, thành phố
        - Chỉ đạo Ủy ban nhân dân cấp xã thực hiện.
        """;
    List<Agency> found = agencies(plan, List.of());
    assertEquals(List.of("Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo",
        "Đài Phát thanh và Truyền hình tỉnh", "Báo Hà Giang", "Ủy ban nhân dân huyện"), names(found));
    assertEquals(List.of("Chỉ đạo Ủy ban nhân dân cấp xã thực hiện."),
        named(found, "Ủy ban nhân dân huyện").responsibilities());
  }

  @Test
  void aHeadingLineIsReadWhenTheColonBelowItEndsASentence() {
    String plan = """
        KẾ HOẠCH
        Phòng, chống dịch bệnh năm 2026
        I. MỤC ĐÍCH
        Chủ động phòng dịch.
        II. TỔ CHỨC THỰC HIỆN
        1. Phòng Y tế
        Tham mưu UBND huyện triển khai các nội dung sau: giám sát dịch, cấp phát hóa chất.
        """;
    List<Agency> found = agencies(plan, List.of());
    assertEquals(List.of("Phòng Y tế"), names(found));
    assertEquals(List.of("Tham mưu UBND huyện triển khai các nội dung sau: giám sát dịch, cấp phát hóa chất."),
        found.get(0).responsibilities());
  }

  @Test
  void addsLeadsAndPartnersOfTasksButNotGroups() {
    String plan = """
        KẾ HOẠCH
        Phòng, chống dịch sốt xuất huyết năm 2026
        I. NHIỆM VỤ
        1. Giám sát ổ dịch.
        - Cơ quan chủ trì: Sở Y tế, Trung tâm Điều phối ghép tạng tỉnh.
        - Cơ quan phối hợp: các sở, ban, ngành; Hội, đoàn thể tỉnh; Bệnh viện Đa khoa tỉnh.
        """;
    int start = plan.indexOf("1. Giám");
    Task task = new Task("1", "Giám sát ổ dịch.", List.of("Sở Y tế", "Trung tâm Điều phối ghép tạng tỉnh"),
        List.of("Các phòng, ban, ngành", "Hội, đoàn thể tỉnh", "Bệnh viện Đa khoa tỉnh"), null,
        new Span(start, plan.length() - 1, null));
    List<Agency> found = agencies(plan, List.of(task));
    assertEquals(List.of("Sở Y tế", "Trung tâm Điều phối ghép tạng tỉnh", "Bệnh viện Đa khoa tỉnh"), names(found));
    Agency named = named(found, "Trung tâm Điều phối ghép tạng tỉnh");
    assertEquals(List.of("Giám sát ổ dịch."), named.responsibilities());
    assertEquals("Trung tâm Điều phối ghép tạng tỉnh",
        plan.substring(named.spans().get(0).start(), named.spans().get(0).end()));
  }

  @Test
  void spansLieInsideTheTextAndCarryThePage() {
    List<Agency> found = extractor.extract(DISTRICT, SEGMENTER.segment(DISTRICT), List.of(), offset -> 3);
    for (Agency a : found) {
      assertTrue(!a.spans().isEmpty(), a.name());
      for (Span s : a.spans()) {
        assertTrue(s.start() >= 0 && s.end() <= DISTRICT.length() && s.start() < s.end(), a + " " + s);
        assertEquals(3, s.page());
      }
    }
  }

  @Test
  void aPlanWithoutOrganisationSectionOrTasksHasNoAgencies() {
    String plan = """
        KẾ HOẠCH
        Kiểm tra công tác văn thư năm 2026
        I. MỤC ĐÍCH, YÊU CẦU
        Phòng Nội vụ phối hợp với Văn phòng HĐND và UBND huyện kiểm tra.
        """;
    assertEquals(List.of(), agencies(plan, List.of()));
  }

  @Test
  void namesTheMissingArgument() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> extractor.extract("x", SEGMENTER.segment("x"), null, PageLocator.none()));
    assertEquals("tasks", e.getMessage());
  }
}
