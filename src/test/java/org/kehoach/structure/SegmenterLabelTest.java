package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kind every line ends up with once the state machines have run over a whole plan. */
class SegmenterLabelTest {
  @Test
  void labelsEveryLineOfAPlan() {
    String plan = """
        Trang chủ > Văn bản
        SỞ THÔNG TIN VÀ TRUYỀN THÔNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 88/KH-STTTT
        Cần Thơ, ngày 9 tháng 1 năm 2025
        KẾ HOẠCH
        Chuyển đổi số năm 2025
        Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;
        I. MỤC TIÊU
        Hoàn thành các chỉ tiêu chuyển đổi số.
        II. NHIỆM VỤ
        1. Phát triển hạ tầng số
        - Nâng cấp trung tâm dữ liệu.
        Trên đây là Kế hoạch chuyển đổi số năm 2025./.
        Nơi nhận:
        - UBND thành phố;
        - Lưu: VT.
        GIÁM ĐỐC
        Đặng Minh Quân
        Phụ lục kèm theo
        """;
    List<Segmenter.LabelledLine> lines = new Segmenter().label(plan);
    String kinds = lines.stream().map(l -> l.kind().name()).collect(Collectors.joining(" "));
    assertEquals(String.join(" ",
        "BOILERPLATE", "HEADER_ISSUER", "MOTTO", "MOTTO", "NUMBER", "PLACE_DATE", "DOC_TYPE", "TITLE", "PREAMBLE",
        "SECTION_HEADING", "BODY", "SECTION_HEADING", "ITEM", "ITEM", "CLOSING", "RECIPIENTS_HEADING", "RECIPIENT",
        "RECIPIENT", "SIGNER_TITLE", "SIGNER_NAME", "TRAILER"), kinds);
  }
}
