package org.kehoach.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Task;
import org.kehoach.structure.Segmenter;

/**
 * Task tables of other provinces, levels and domains, invented in the pattern of real plans and read
 * through the real segmenter.
 */
class TaskExtractorTest {
  private static TaskExtractor extractor;
  private static final Segmenter SEGMENTER = new Segmenter();

  @BeforeAll
  static void load() {
    extractor = new TaskExtractor(Gazetteers.loadDefault());
  }

  private static List<Task> tasks(String text) {
    return extractor.extract(text, SEGMENTER.segment(text), PageLocator.none());
  }

  private static Task task(List<Task> tasks, String number) {
    return tasks.stream().filter(t -> number.equals(t.number())).findFirst()
        .orElseThrow(() -> new AssertionError("no task " + number + " in " + tasks));
  }

  private static final String PROVINCE = """
      KẾ HOẠCH
      Triển khai chương trình chuyển đổi số tỉnh năm 2026

      Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
      I. MỤC ĐÍCH, YÊU CẦU
      1. Mục đích
      Nâng cao hiệu quả quản lý nhà nước trên môi trường số.
      II. NHIỆM VỤ CỤ THỂ
      1. Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh.
      - Cơ quan chủ trì: Sở Thông tin và Truyền thông.
      - Cơ quan phối hợp: Công an tỉnh, Sở Tư pháp, UBND các huyện, thành phố.
      - Thời gian thực hiện: Quý III năm 2026.
      2. Tập huấn kỹ năng số cho cán bộ, công chức cấp xã.
      - Đơn vị chủ trì: Sở Nội vụ, Sở TT&TT.
      - Đơn vị phối hợp: các sở, ban, ngành.
      - Thời gian thực hiện: Tháng 6 - tháng 9/2026.
      3. Rà soát hộ nghèo. Cơ quan chủ trì: Sở LĐ-TB&XH; cơ quan phối hợp: UBND các huyện, thành phố; thời gian hoàn thành: trước ngày 30/11/2026.
      III. TỔ CHỨC THỰC HIỆN
      Các sở, ban, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện.
      """;

  @Test
  void readsLabelledFieldsOfAProvincePlan() {
    List<Task> tasks = tasks(PROVINCE);
    assertEquals(List.of("1", "2", "3"), tasks.stream().map(Task::number).toList());
    Task first = task(tasks, "1");
    assertEquals("Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh.", first.text());
    assertEquals(List.of("Sở Thông tin và Truyền thông"), first.lead());
    assertEquals(List.of("Công an", "Sở Tư pháp", "Ủy ban nhân dân huyện"), first.partners());
    assertEquals("Quý III năm 2026", first.timeline());
    assertEquals(List.of("Sở Nội vụ", "Sở Thông tin và Truyền thông"), task(tasks, "2").lead(), "two leads, one abbreviated");
    assertEquals("Tháng 6 - tháng 9/2026", task(tasks, "2").timeline());
  }

  @Test
  void readsLabelsWrittenInsideOneParagraph() {
    Task third = task(tasks(PROVINCE), "3");
    assertEquals("Rà soát hộ nghèo.", third.text());
    assertEquals(List.of("Sở Lao động - Thương binh và Xã hội"), third.lead());
    assertEquals(List.of("Ủy ban nhân dân huyện"), third.partners());
    assertEquals("trước ngày 30/11/2026", third.timeline());
  }

  @Test
  void theTaskSpanCoversTheItemAndItsFields() {
    Task first = task(tasks(PROVINCE), "1");
    String covered = PROVINCE.substring(first.span().start(), first.span().end());
    assertTrue(covered.startsWith("1. Xây dựng"), covered);
    assertTrue(covered.endsWith("Quý III năm 2026."), covered);
  }

  private static final String COMMUNE = """
      KẾ HOẠCH
      Phòng, chống dịch bệnh trên địa bàn xã năm 2025
      I. MỤC ĐÍCH, YÊU CẦU
      Chủ động phòng, chống dịch bệnh.
      II. NỘI DUNG THỰC HIỆN
      1. Tuyên truyền phòng, chống dịch bệnh trên hệ thống loa truyền thanh.
      Đơn vị thực hiện: Đài Truyền thanh xã, Công chức Văn hóa - Xã hội.
      Thời gian: Thường xuyên.
      2. Tổ chức phun hóa chất khử khuẩn tại các thôn.
      Đơn vị chủ trì: Trạm Y tế xã; đơn vị phối hợp: Ban Chỉ huy Quân sự xã, Đoàn Thanh niên xã. Thời gian: tháng 4/2025.
      III. TỔ CHỨC THỰC HIỆN
      1. Trạm Y tế xã: Tham mưu UBND xã triển khai các biện pháp phòng dịch.
      """;

  @Test
  void readsACommunePlanWithUnbulletedLabels() {
    List<Task> tasks = tasks(COMMUNE);
    Task first = task(tasks, "1");
    assertEquals(List.of("Đài Truyền thanh", "Công chức Văn hóa - Xã hội"), first.lead(),
        "'Đơn vị thực hiện' is the lead when no 'chủ trì' is given; an unknown name is kept as written");
    assertEquals("Thường xuyên", first.timeline());
    Task second = task(tasks, "2");
    assertEquals(List.of("Trạm Y tế"), second.lead());
    assertEquals(List.of("Ban Chỉ huy Quân sự", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"), second.partners());
    assertEquals("tháng 4/2025", second.timeline());
  }

  private static final String EDUCATION = """
      KẾ HOẠCH
      Nâng cao chất lượng giáo dục năm học 2025-2026
      I. MỤC TIÊU
      Nâng cao chất lượng dạy và học.
      II. NHIỆM VỤ VÀ GIẢI PHÁP
      1. Nâng cao chất lượng giáo dục mũi nhọn. Phòng GD&ĐT chủ trì, phối hợp với Trung tâm Y tế, Phòng Văn hóa và Thông tin tổ chức bồi dưỡng học sinh giỏi.
      2. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng GD&ĐT bố trí kinh phí mua sắm thiết bị.
      3. Tăng cường phối hợp với Công an huyện bảo đảm an toàn trường học; bàn giao cho Phòng Y tế danh sách học sinh.
      4. Nhóm nhiệm vụ về truyền thông
      4.1. Sản xuất phóng sự về gương người tốt.
      - Đơn vị chủ trì: Đài Truyền thanh - Truyền hình huyện.
      - Thời gian: Quý II/2026.
      4.2. Tổ chức hội thi.
      - Đơn vị chủ trì: Huyện đoàn.
      - Thời gian: Quý III/2026.
      III. KINH PHÍ
      Ngân sách huyện.
      """;

  @Test
  void readsLeadsAndPartnersFromTheWording() {
    List<Task> tasks = tasks(EDUCATION);
    Task first = task(tasks, "1");
    assertEquals(List.of("Phòng Giáo dục và Đào tạo"), first.lead());
    assertEquals(List.of("Trung tâm Y tế", "Phòng Văn hóa và Thông tin"), first.partners());
    assertNull(first.timeline());
    Task second = task(tasks, "2");
    assertEquals(List.of("Phòng Tài chính - Kế hoạch"), second.lead());
    assertEquals(List.of("Phòng Giáo dục và Đào tạo"), second.partners());
  }

  @Test
  void aPartnerWithoutALeadOrAHandOverIsNoLead() {
    Task third = task(tasks(EDUCATION), "3");
    assertEquals(List.of(), third.lead(), "'phối hợp với Công an' names no lead; 'bàn giao cho' is not 'giao cho'");
    assertEquals(List.of(), third.partners());
  }

  private static final String NAMES_WITH_GIAO = """
      KẾ HOẠCH
      Bảo đảm an toàn cho học sinh năm 2026
      I. MỤC TIÊU
      Không để xảy ra tai nạn thương tích trong trường học.
      II. NHIỆM VỤ
      1. Kiểm tra bếp ăn bán trú, Sở Giáo dục và Đào tạo, Sở Y tế thực hiện; phối hợp với Công an tỉnh.
      2. Tuyên truyền an toàn khi tham gia giao thông, Sở Giao thông vận tải, Tỉnh đoàn thực hiện; phối hợp với Sở Tư pháp.
      3. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Giao thông vận tải tổ chức ngoại khóa.
      III. KINH PHÍ
      Ngân sách tỉnh.
      """;

  @Test
  void giaoInsideAnAgencyNameHandsNothingOver() {
    List<Task> tasks = tasks(NAMES_WITH_GIAO);
    for (String n : List.of("1", "2")) {
      Task t = task(tasks, n);
      assertEquals(List.of(), t.lead(), "'Giáo' of 'Sở Giáo dục', 'Giao' of 'Sở Giao thông' are not the verb 'giao'");
      assertEquals(List.of(), t.partners(), "a partner counts only beside a lead");
    }
    Task third = task(tasks, "3");
    assertEquals(List.of("Sở Giáo dục và Đào tạo"), third.lead());
    assertEquals(List.of("Sở Giao thông vận tải"), third.partners());
  }

  @Test
  void subItemsWithTheirOwnLeadsAreTasks() {
    List<Task> tasks = tasks(EDUCATION);
    assertEquals(List.of("1", "2", "3", "4.1", "4.2"), tasks.stream().map(Task::number).toList());
    assertEquals(List.of("Đài Truyền thanh"), task(tasks, "4.1").lead());
    assertEquals(List.of("Đoàn Thanh niên Cộng sản Hồ Chí Minh"), task(tasks, "4.2").lead());
    assertEquals("Quý III/2026", task(tasks, "4.2").timeline());
  }

  private static final String ASSIGNMENT_TABLE = """
      KẾ HOẠCH
      Thực hiện công tác phòng, chống thiên tai năm 2026
      I. MỤC ĐÍCH, YÊU CẦU
      Chủ động ứng phó.
      II. PHÂN CÔNG NHIỆM VỤ
      1. Kiểm tra hệ thống đê điều trước mùa mưa bão.
      - Cơ quan chủ trì: Phòng Nông nghiệp và PTNT.
      - Cơ quan phối hợp: Ban Chỉ huy Quân sự huyện, UBND các xã.
      - Thời gian thực hiện: trước ngày 15/5/2026.
      2. Sơ tán dân khỏi vùng nguy hiểm.
      - Cơ quan chủ trì: UBND các xã, thị trấn.
      - Thời gian thực hiện: Khi có bão.
      """;

  @Test
  void readsLabelledTasksOfAPlanWithoutATasksSection() {
    List<Task> tasks = tasks(ASSIGNMENT_TABLE);
    assertEquals(List.of("1", "2"), tasks.stream().map(Task::number).toList());
    assertEquals(List.of("Phòng Nông nghiệp và Phát triển nông thôn"), task(tasks, "1").lead());
    assertEquals(List.of("Ban Chỉ huy Quân sự", "Ủy ban nhân dân các xã, phường, thị trấn"), task(tasks, "1").partners());
    assertEquals("trước ngày 15/5/2026", task(tasks, "1").timeline());
    assertEquals("Khi có bão", task(tasks, "2").timeline());
  }

  @Test
  void keepsCollectivePartnersAsWritten() {
    String plan = """
        KẾ HOẠCH
        Tổ chức Tháng hành động vì trẻ em năm 2026
        I. NHIỆM VỤ
        1. Tổ chức lễ phát động.
        - Cơ quan chủ trì: Phòng Y tế.
        - Cơ quan, đơn vị phối hợp thực hiện: Các phòng, ban, ngành; Hội, đoàn thể huyện và các trường học.
        - Thời gian thực hiện: Tháng 6/2026.
        """;
    Task t = task(tasks(plan), "1");
    assertEquals(List.of("Các phòng, ban, ngành", "Hội, đoàn thể huyện", "các trường học"), t.partners());
  }

  @Test
  void readsATaskTableWithOneCellPerLine() {
    // as the DOCX reader gives a table: a tab before each cell, a bare tab for an empty cell, a second
    // paragraph of a cell on its own line, a blank line after each row; a merged group row has fewer cells
    String plan = "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nGiảm số trẻ em bị đuối nước.\n"
        + "II. NHIỆM VỤ CỤ THỂ\n"
        + "\tTT\n\tNội dung nhiệm vụ\n\tCơ quan chủ trì\n\tCơ quan phối hợp\n\tThời gian thực hiện\n\n"
        + "\tI\n\tNhóm nhiệm vụ truyền thông\n\n"
        + "\t1\n\tTuyên truyền phòng, chống đuối nước.\n\tPhòng Văn hóa và Thông tin\n\tPhòng GD&ĐT, Huyện đoàn\n\tQuý II/2026\n\n"
        + "\t2\n\tTổ chức lớp dạy bơi miễn phí.\nƯu tiên trẻ em vùng ven biển.\n\tHuyện đoàn\n\t\n\tTháng 6 - 8/2026\n\n"
        + "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin: Chủ trì theo dõi.\n";
    List<Task> tasks = tasks(plan);
    assertEquals(List.of("1", "2"), tasks.stream().map(Task::number).toList());
    Task first = task(tasks, "1");
    assertEquals("Tuyên truyền phòng, chống đuối nước.", first.text());
    assertEquals(List.of("Phòng Văn hóa và Thông tin"), first.lead());
    assertEquals(List.of("Phòng Giáo dục và Đào tạo", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"), first.partners());
    assertEquals("Quý II/2026", first.timeline());
    Task second = task(tasks, "2");
    assertEquals("Tổ chức lớp dạy bơi miễn phí. Ưu tiên trẻ em vùng ven biển.", second.text());
    assertEquals(List.of(), second.partners());
    assertEquals("Tháng 6 - 8/2026", second.timeline());
    String row = plan.substring(second.span().start(), second.span().end());
    assertTrue(row.startsWith("2") && row.endsWith("8/2026"), row);
  }

  @Test
  void readsATaskTableWithOneRowPerLineInAnAnnex() {
    String plan = "KẾ HOẠCH\nKhám sức khỏe học sinh năm học 2026-2027\nI. MỤC ĐÍCH, YÊU CẦU\nBảo vệ sức khỏe học sinh.\n"
        + "II. TỔ CHỨC THỰC HIỆN\nCác bộ phận thực hiện theo phụ lục kèm theo./.\n"
        + "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n"
        + "STT\tNội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành\tGhi chú\n"
        + "1\tKhám sức khỏe định kỳ cho học sinh\tTrạm Y tế xã\tTháng 9/2026\tMiễn phí\n"
        + "2\tTuyên truyền phòng bệnh học đường\tTổ chuyên môn, Liên đội\tThường xuyên\t-\n";
    List<Task> tasks = tasks(plan);
    assertEquals(List.of("1", "2"), tasks.stream().map(Task::number).toList());
    assertEquals(List.of("Trạm Y tế"), task(tasks, "1").lead(), "'Đơn vị thực hiện' is the lead column");
    assertEquals("Tháng 9/2026", task(tasks, "1").timeline());
    assertEquals(List.of("Tổ chuyên môn", "Liên đội Thiếu niên Tiền phong Hồ Chí Minh"), task(tasks, "2").lead());
  }

  @Test
  void aTableWithoutALeadColumnIsNoTaskTable() {
    String plan = "KẾ HOẠCH\nThống kê năm 2026\nI. MỤC TIÊU\n"
        + "TT\tChỉ tiêu\tNăm 2025\tNăm 2026\n"
        + "1\tTỷ lệ trẻ em được tiêm chủng\t95%\t97%\n";
    assertEquals(List.of(), tasks(plan));
  }

  @Test
  void readsALeadFieldWrittenAsWordingAndALeadOnTheLinesBelowItsLabel() {
    String plan = """
        KẾ HOẠCH
        Bảo đảm an toàn thực phẩm năm 2026
        I. NHIỆM VỤ
        1. Kiểm tra an toàn thực phẩm tại bếp ăn tập thể.
        - Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Sở Công Thương, Công an tỉnh.
        - Thời gian: Tháng Hành động vì an toàn thực phẩm.
        2. Truyền thông về an toàn thực phẩm.
        - Cơ quan chủ trì:
        + Đài Phát thanh và Truyền hình tỉnh;
        + Báo Nhân Dân Tây Nguyên.
        - Thời gian: Quý I/2026.
        """;
    List<Task> tasks = tasks(plan);
    assertEquals(List.of("Sở Y tế"), task(tasks, "1").lead());
    assertEquals(List.of("Sở Công Thương", "Công an"), task(tasks, "1").partners());
    assertEquals(List.of("Đài Phát thanh và Truyền hình tỉnh", "Báo Nhân Dân Tây Nguyên"), task(tasks, "2").lead());
    assertEquals("Quý I/2026", task(tasks, "2").timeline());
  }

  @Test
  void aPlanWithoutTasksHasNone() {
    String plan = """
        KẾ HOẠCH
        Kiểm tra công tác văn thư năm 2026
        I. MỤC ĐÍCH, YÊU CẦU
        Đánh giá việc chấp hành quy định.
        II. KINH PHÍ
        Ngân sách huyện.
        """;
    assertEquals(List.of(), tasks(plan));
  }
}
