package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.model.SectionKind.BUDGET;
import static org.kehoach.model.SectionKind.OBJECTIVES;
import static org.kehoach.model.SectionKind.ORGANIZATION;
import static org.kehoach.model.SectionKind.PURPOSE;
import static org.kehoach.model.SectionKind.TASKS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.model.DecisionPart;
import org.kehoach.model.DocType;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.StructureWarning;

/** Layouts that readers and web pages produce: decisions with annexes, chrome, hard wraps, glued cells. */
class SegmenterLayoutTest extends SegmenterTestSupport {
  static final String DECISION = """
      ỦY BAN NHÂN DÂN
      XÃ TÂN PHÚ
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Số: 15/QĐ-UBND
      Tân Phú, ngày 02 tháng 02 năm 2024

      QUYẾT ĐỊNH
      Về việc ban hành Kế hoạch chuyển đổi số xã Tân Phú năm 2024
      CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ

      Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
      Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
      Xét đề nghị của Công chức Văn phòng - Thống kê xã.

      QUYẾT ĐỊNH:
      Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số xã Tân Phú năm 2024.
      Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
      Điều 3. Văn phòng UBND xã và các ban, ngành đoàn thể chịu trách nhiệm thi hành Quyết định này./.
      Nơi nhận:
      - Như Điều 3;
      - Lưu: VT.
      CHỦ TỊCH
      Trần Thị Mai

      ỦY BAN NHÂN DÂN
      XÃ TÂN PHÚ
      KẾ HOẠCH
      Chuyển đổi số xã Tân Phú năm 2024
      (Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/02/2024 của UBND xã)

      1. MỤC ĐÍCH, YÊU CẦU
      1.1. Mục đích
      Phát triển chính quyền số, kinh tế số, xã hội số.
      1.2. Yêu cầu
      Bảo đảm an toàn thông tin.
      2. NHIỆM VỤ, GIẢI PHÁP
      2.1. Phát triển hạ tầng số
      - Phủ sóng 4G tại 100% thôn.
      2.2. Phát triển dữ liệu số
      - Số hóa 100% hồ sơ thủ tục hành chính.
      3. KINH PHÍ
      Ngân sách xã bố trí 200 triệu đồng.
      4. TỔ CHỨC THỰC HIỆN
      4.1. Văn phòng - Thống kê: tham mưu triển khai.
      4.2. Tổ công nghệ số cộng đồng: hướng dẫn người dân.
      """;

  @Test
  void readsADecisionAndTheAnnexedPlan() {
    segment(DECISION);
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ"), s.header().issuer().stream().map(this::cut).toList());
    assertEquals("Số: 15/QĐ-UBND", cut(s.header().number()));
    DecisionPart d = s.decision();
    assertNotNull(d, this::dump);
    assertEquals(DocType.DECISION, d.title().type());
    assertEquals("Về việc ban hành Kế hoạch chuyển đổi số xã Tân Phú năm 2024", cut(d.title().title()));
    assertEquals(3, d.preamble().size(), this::dump);
    assertTrue(cut(d.preamble().get(0)).startsWith("Căn cứ Luật"));
    assertEquals(3, d.articles().size());
    assertTrue(cut(d.articles().get(2)).startsWith("Điều 3."));
    assertEquals("Trần Thị Mai", cut(d.closing().signature().name()));
    assertEquals(2, d.closing().recipients().size());
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ"), d.annexHeader().issuer().stream().map(this::cut).toList());
    assertEquals(DocType.PLAN, s.title().type());
    assertEquals("Chuyển đổi số xã Tân Phú năm 2024", cut(s.title().title()));
    assertTrue(cut(s.title().note()).startsWith("(Ban hành kèm theo Quyết định số 15/QĐ-UBND"));
    assertEquals(List.of(PURPOSE, TASKS, BUDGET, ORGANIZATION), kinds(), this::dump);
    assertEquals(List.of("1", "2", "3", "4"), numbers());
    assertEquals(2, s.sections().get(3).items().size());
    assertTrue(s.preamble().isEmpty());
  }

  @Test
  void skipsWebPageChromeBeforeTheHeaderAndKeepsFooterAsTrailing() {
    segment("""
        Cổng thông tin điện tử huyện Tuy Phước
        Trang chủ
        Giới thiệu
        Tin tức - Sự kiện
        Thứ Ba, 12/03/2024 08:15
        Trang chủ > Văn bản chỉ đạo điều hành > Kế hoạch
        Kế hoạch phòng, chống dịch bệnh cho gia súc, gia cầm năm 2024
        Lượt xem: 1234

        UBND HUYỆN TUY PHƯỚC
        PHÒNG NÔNG NGHIỆP VÀ PTNT
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 21/KH-NN
        Tuy Phước, ngày 8 tháng 3 năm 2024
        KẾ HOẠCH
        Phòng, chống dịch bệnh cho gia súc, gia cầm năm 2024
        Thực hiện Kế hoạch số 30/KH-UBND ngày 01/3/2024 của UBND huyện;
        I. MỤC TIÊU
        - Không để dịch bệnh lớn xảy ra.
        II. NHIỆM VỤ
        - Tiêm phòng vắc xin cho đàn gia súc.
        III. TỔ CHỨC THỰC HIỆN
        - Các xã, thị trấn triển khai.
        TRƯỞNG PHÒNG
        Nguyễn Văn Bình
        Chia sẻ
        Bản in
        Các tin khác
        """);
    assertNotNull(s.boilerplate());
    assertTrue(cut(s.boilerplate()).startsWith("Cổng thông tin"));
    assertTrue(cut(s.boilerplate()).endsWith("Lượt xem: 1234"));
    assertEquals(List.of("UBND HUYỆN TUY PHƯỚC", "PHÒNG NÔNG NGHIỆP VÀ PTNT"),
        s.header().issuer().stream().map(this::cut).toList());
    assertEquals(StructureWarning.Code.BOILERPLATE_SKIPPED, s.warnings().get(0).code());
    assertEquals(List.of(OBJECTIVES, TASKS, ORGANIZATION), kinds(), this::dump);
    assertEquals("Nguyễn Văn Bình", cut(s.closing().signature().name()), this::dump);
    assertEquals(List.of("Chia sẻ", "Bản in", "Các tin khác"), s.closing().trailing().stream().map(this::cut).toList());
    assertTrue(s.sections().get(2).items().size() == 1, "the signer title is not section text");
  }

  @Test
  void splitsHeaderCellsThatAPdfPutOnOneBaseline() {
    segment("""
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN KRÔNG BÚK Độc lập - Tự do - Hạnh phúc
        Số: 45/KH-UBND Krông Búk, ngày 12 tháng 4 năm 2024
        KẾ HOẠCH
        Phát triển văn hóa đọc năm 2024
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao văn hóa đọc.
        """);
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG BÚK"), s.header().issuer().stream().map(this::cut).toList());
    assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
        s.header().motto().stream().map(this::cut).toList());
    assertEquals("Số: 45/KH-UBND", cut(s.header().number()));
    assertEquals("Krông Búk, ngày 12 tháng 4 năm 2024", cut(s.header().placeDate()));
  }

  @Test
  void readsATabInterleavedClosing() {
    segment("""
        KẾ HOẠCH
        Tiêm chủng mở rộng năm 2024
        I. MỤC TIÊU
        - 98% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.
        Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
        - Sở Y tế;\tKT. CHỦ TỊCH
        - Trung tâm Y tế huyện;\tPHÓ CHỦ TỊCH
        - Lưu: VT.
        \tNguyễn Văn Tâm
        """);
    var c = s.closing();
    assertEquals(List.of("Sở Y tế", "Trung tâm Y tế huyện", "Lưu: VT"), c.recipients().stream().map(this::cut).toList());
    assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), c.signature().authority().stream().map(this::cut).toList());
    assertEquals(List.of("PHÓ CHỦ TỊCH"), c.signature().title().stream().map(this::cut).toList());
    assertEquals("Nguyễn Văn Tâm", cut(c.signature().name()));
    assertEquals(1, s.sections().get(0).items().size());
  }

  @Test
  void readsASignatureThatComesBeforeTheRecipients() {
    segment("""
        KẾ HOẠCH
        Phòng chống sốt xuất huyết năm 2024
        I. NHIỆM VỤ
        1. Diệt lăng quăng tại các hộ gia đình.
        Trên đây là kế hoạch phòng chống sốt xuất huyết năm 2024./.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        (Đã ký)
        Hoàng Thị Lan
        Nơi nhận:
        - Sở Y tế;
        - Trung tâm Y tế huyện;
        - Lưu: VT.
        """);
    var c = s.closing();
    assertEquals("Hoàng Thị Lan", cut(c.signature().name()), this::dump);
    assertEquals(3, c.recipients().size(), this::dump);
    assertTrue(c.trailing().isEmpty(), this::dump);
  }

  @Test
  void keepsMarkersOfAHardWrappedTextApartFromWrappedHyphens() {
    StringBuilder body = new StringBuilder();
    body.append("KẾ HOẠCH\nThực hiện chuyển đổi số xã Phú Lộc năm 2024\n\n");
    body.append(wrap("Căn cứ Kế hoạch số 12/KH-UBND ngày 15 tháng 01 năm 2024 của Ủy ban nhân dân huyện về chuyển "
        + "đổi số, Ủy ban nhân dân xã xây dựng kế hoạch thực hiện như sau:"));
    body.append("\nI. MỤC TIÊU\n\n");
    body.append(wrap("- Phấn đấu đến cuối năm 2024 tỷ lệ người dân có tài khoản thanh toán điện tử đạt 80%; 100% "
        + "cán bộ, công chức xã sử dụng chữ ký số trong xử lý văn bản theo hướng dẫn của Sở Thông tin và Truyền "
        + "thông| - Sở Nội vụ và các cơ quan có liên quan của tỉnh trong năm 2024."));
    body.append("\n");
    body.append(wrap("- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 50% trở lên "
        + "trong năm 2024, gắn với việc số hóa kết quả giải quyết thủ tục hành chính theo quy định hiện hành."));
    body.append("\nII. NHIỆM VỤ\n\n");
    body.append(wrap("1. Phát triển hạ tầng số, bảo đảm phủ sóng di động băng rộng tại tất cả các thôn, xóm và "
        + "các điểm phục vụ của Bộ phận tiếp nhận và trả kết quả theo chỉ tiêu giai đoạn 2021 -| 2025. Ủy ban "
        + "nhân dân xã phối hợp các doanh nghiệp viễn thông thực hiện."));
    body.append("\n");
    body.append(wrap("2. Phát triển công dân số, tổ chức tập huấn kỹ năng số cơ bản cho người dân, trước hết là "
        + "đoàn viên thanh niên, hội viên phụ nữ và thành viên các tổ công nghệ số cộng đồng trên địa bàn xã."));
    body.append("\nIII. TỔ CHỨC THỰC HIỆN\n\n");
    body.append(wrap("Công chức Văn phòng - Thống kê chủ trì, phối hợp với các ban, ngành đoàn thể của xã tham mưu "
        + "Ủy ban nhân dân xã triển khai, kiểm tra, đôn đốc việc thực hiện kế hoạch này trong năm 2024 và báo "
        + "cáo kết quả định kỳ về Ủy ban nhân dân huyện theo quy định hiện hành./."));
    PlanStructure out = segment(body.toString());
    assertTrue(SEGMENTER_LINES(text).wrapWidth() > 0, "premise: the text must look hard-wrapped");
    assertEquals(List.of(OBJECTIVES, TASKS, ORGANIZATION), kinds(), this::dump);
    assertEquals(2, out.sections().get(0).items().size(), this::dump);
    assertTrue(flat(out.sections().get(0).items().get(0).text()).contains("thông - Sở Nội vụ"));
    assertEquals(2, out.sections().get(1).items().size(), this::dump);
    assertEquals(1, out.preamble().size());
    assertNull(out.closing(), "a ./. paragraph right under its heading is that section's content");
    assertTrue(cut(out.sections().get(2).body()).endsWith("hiện hành./."));
  }

  @Test
  void keepsAPlanNameInCapitalsInsideTheDecisionTitle() {
    segment("""
        UBND TỈNH BẾN TRE
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 5/QĐ-UBND
        Bến Tre, ngày 4 tháng 1 năm 2024
        QUYẾT ĐỊNH
        BAN HÀNH
        KẾ HOẠCH PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH NĂM 2024
        ỦY BAN NHÂN DÂN TỈNH BẾN TRE
        Căn cứ Luật Phòng, chống bạo lực gia đình năm 2022;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống bạo lực gia đình năm 2024.
        Điều 2. Quyết định có hiệu lực từ ngày ký./.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn Hải
        KẾ HOẠCH
        Phòng, chống bạo lực gia đình năm 2024
        (Kèm theo Quyết định số 5/QĐ-UBND ngày 04/01/2024 của UBND tỉnh)
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao nhận thức về phòng, chống bạo lực gia đình.
        II. NHIỆM VỤ, GIẢI PHÁP
        - Tuyên truyền tại cộng đồng.
        """);
    assertEquals("BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH NĂM 2024", flat(s.decision().title().title()),
        this::dump);
    assertEquals(List.of("Căn cứ Luật Phòng, chống bạo lực gia đình năm 2022;"),
        s.decision().preamble().stream().map(this::cut).toList(), "the authority line is not preamble");
    assertEquals(2, s.decision().articles().size());
    assertEquals("Nguyễn Văn Hải", cut(s.decision().closing().signature().name()));
    assertEquals("Phòng, chống bạo lực gia đình năm 2024", cut(s.title().title()));
    assertEquals(List.of(PURPOSE, TASKS), kinds(), this::dump);
  }

  @Test
  void readsRecipientsWhoseDashWasLost() {
    segment("""
        KẾ HOẠCH
        Kiểm kê tài sản công năm 2024
        I. NHIỆM VỤ
        - Kiểm kê toàn bộ tài sản.
        Nơi nhận:
        Sở Tài chính;
        Các phòng chuyên môn;
        Lưu: VT, KH.
        GIÁM ĐỐC
        Vũ Thị Hạnh
        """);
    assertEquals(List.of("Sở Tài chính", "Các phòng chuyên môn", "Lưu: VT, KH"),
        s.closing().recipients().stream().map(this::cut).toList(), this::dump);
    assertEquals("Vũ Thị Hạnh", cut(s.closing().signature().name()));
  }

  @Test
  void readsADecisionWithoutAnAnnexTitleAndASignatureWithoutAuthority() {
    segment("""
        ỦY BAN NHÂN DÂN TỈNH
        QUẢNG NAM

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        QUYẾT ĐỊNH
        Về việc ban hành Kế hoạch phát triển du lịch cộng đồng năm 2024
        Căn cứ Luật Du lịch năm 2017;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kế hoạch phát triển du lịch cộng đồng với các nội dung sau:
        I. MỤC TIÊU
        - Đón 50.000 lượt khách.
        II. NHIỆM VỤ
        - Xây dựng 05 điểm du lịch cộng đồng.
        Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
        CHỦ TỊCH
        Lê Văn Dũng
        """);
    assertEquals(List.of("ỦY BAN NHÂN DÂN TỈNH", "QUẢNG NAM"), s.header().issuer().stream().map(this::cut).toList(),
        "a short capitals line under an issuer line continues it");
    assertNotNull(s.decision());
    assertNull(s.title());
    assertTrue(s.warnings().stream().anyMatch(w -> w.code() == StructureWarning.Code.NO_PLAN_AFTER_DECISION));
    assertEquals(List.of(OBJECTIVES, TASKS), kinds(), this::dump);
    assertEquals("Lê Văn Dũng", cut(s.closing().signature().name()), this::dump);
  }

  @Test
  void aTitleDoesNotSwallowAPreambleSentenceRunOnUnderIt() {
    segment("""
        KẾ HOẠCH
        Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024
        Ủy ban nhân dân huyện ban hành Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm năm 2024 như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao nhận thức của người sản xuất, kinh doanh thực phẩm.
        """);
    assertEquals("Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024", cut(s.title().title()));
    assertEquals(1, s.preamble().size());
  }

  @Test
  void keepsTheLastArticleOfADecisionAsAnArticle() {
    segment(DECISION);
    assertEquals(3, s.decision().articles().size());
    assertTrue(cut(s.decision().articles().get(2)).endsWith("thi hành Quyết định này./."));
    assertNull(s.decision().closing().statement(), "an article ending with ./. is not a closing statement");
  }

  @Test
  void reportsWhatIsMissingInsteadOfThrowing() {
    PlanStructure empty = segment("");
    assertNull(empty.title());
    assertTrue(empty.sections().isEmpty());
    assertFalse(empty.warnings().isEmpty());
    PlanStructure prose = segment("Một đoạn văn bản bất kỳ không có cấu trúc kế hoạch.\nDòng thứ hai.");
    assertNull(prose.title());
    assertNull(prose.closing());
    assertTrue(prose.warnings().stream().anyMatch(w -> w.code() == StructureWarning.Code.NO_SECTIONS));
  }

  @Test
  void carriesPagesIntoSpans() {
    String t = SegmenterPlanTest.POVERTY;
    int secondPage = t.indexOf("III. NHIỆM VỤ");
    PlanStructure p = SEGMENTER.segment(t, offset -> offset < secondPage ? 1 : 2);
    assertEquals(1, p.header().span().page());
    assertEquals(2, p.sections().get(2).span().page());
    assertEquals(2, p.closing().signature().name().page());
  }

  private static LineTable SEGMENTER_LINES(String text) {
    return new LineSplitter().split(text);
  }

  /** Hard-wraps a paragraph at 72 columns like a typewritten text; '|' forces a break. */
  static String wrap(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String piece : paragraph.split("\\|")) {
      StringBuilder line = new StringBuilder();
      for (String w : piece.strip().split(" ")) {
        if (line.length() > 0 && line.length() + 1 + w.length() > 72) {
          out.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(w);
      }
      out.add(line.toString());
    }
    return String.join("\n", out) + "\n";
  }
}
