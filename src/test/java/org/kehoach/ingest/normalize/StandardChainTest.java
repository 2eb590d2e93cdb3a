package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.ingest.RawDocument;
import org.kehoach.ingest.RawPage;
import org.kehoach.model.SourceFormat;

/** The whole chain on an invented plan that has every defect the readers produce, page by page. */
class StandardChainTest {
  private static final List<String> PDF_PAGES = List.of(
      String.join("\n",
          "UBND HUYỆN AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "PHÒNG GIÁO DỤC Độc lập - Tự do - Hạnh phúc",
          "Số: 21/KH-PGD An Phú, ngày 04 tháng 3 năm 2024",
          "KẾ HOẠCH",
          "Phòng, chống đuối nước cho học sinh",
          "Căn cứ Kế hoạch số 75/KH-UBND ngày 12/02/2024 của Ủy ban nhân dân huyện về",
          "phòng, chống tai nạn thương tích cho trẻ em giai đoạn 2021-",
          "2025, Phòng Giáo dục xây dựng kế hoạch như sau:",
          "I. MỤC TIÊU",
          "- Giảm tỷ lệ học sinh bị đuối nước xuống dưới 0,5% 1; 100% trường học có",
          "**nội dung** giáo dục kỹ năng an toàn trong nước ($\\geq 2$ tiết mỗi năm học) và",
          "1theo Nghị quyết của Huyện ủy"),
      String.join("\n",
          "2",
          "tổ chức dạy bơi cho học sinh tiểu học trên địa bàn các xã, thị trấn của huyện",
          "XA ĐC",
          "BÀT",
          "theo hướng dẫn của Sở Giáo dục và Đào tạo tỉnh.",
          "2. Phòng Giáo dục và Đào tạo chủ trì, hướng d\u00E2\u0303n các trường thực hiện./.",
          "Nơi nhận:",
          "KT. TRƯỞNG PHÒNG",
          "- UBND huyện (b/c);",
          "PHÓ TRƯỞNG PHÒNG",
          "- Các trường học;",
          "- Lưu: VT.",
          "Trần Thị \u00D0ào"));

  private static final String EXPECTED = String.join("\n",
      "UBND HUYỆN AN PHÚ",
      "PHÒNG GIÁO DỤC",
      "Số: 21/KH-PGD",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "An Phú, ngày 04 tháng 3 năm 2024",
      "KẾ HOẠCH",
      "Phòng, chống đuối nước cho học sinh",
      "Căn cứ Kế hoạch số 75/KH-UBND ngày 12/02/2024 của Ủy ban nhân dân huyện về phòng, chống tai nạn thương"
          + " tích cho trẻ em giai đoạn 2021-2025, Phòng Giáo dục xây dựng kế hoạch như sau:",
      "I. MỤC TIÊU",
      "- Giảm tỷ lệ học sinh bị đuối nước xuống dưới 0,5%; 100% trường học có nội dung giáo dục kỹ năng an toàn"
          + " trong nước (≥ 2 tiết mỗi năm học) và tổ chức dạy bơi cho học sinh tiểu học trên địa bàn các xã, thị"
          + " trấn của huyện theo hướng dẫn của Sở Giáo dục và Đào tạo tỉnh.",
      "2. Phòng Giáo dục và Đào tạo chủ trì, hướng dẫn các trường thực hiện./.",
      "Nơi nhận:",
      "- UBND huyện (b/c);",
      "- Các trường học;",
      "- Lưu: VT.",
      "KT. TRƯỞNG PHÒNG",
      "PHÓ TRƯỞNG PHÒNG",
      "Trần Thị Đào",
      "",
      "theo Nghị quyết của Huyện ủy");

  @Test
  void aScrambledPdfComesOutClean() {
    RawDocument raw = new RawDocument(SourceFormat.PDF, "application/pdf",
        List.of(new RawPage(1, PDF_PAGES.get(0), false), new RawPage(2, PDF_PAGES.get(1), false)), true, null);
    NormalizedText out = Normalizer.standard().normalize(raw);
    assertEquals(EXPECTED, out.value());
    assertNull(out.encoding());
    PagedText t = out.text();
    assertEquals(1, t.pageAt(t.text().indexOf("Căn cứ")));
    assertEquals(2, t.pageAt(t.text().indexOf("2. Phòng")));
    assertEquals(2, t.pageAt(t.text().indexOf("Trần Thị")));
  }

  @Test
  void theSameTextFromAWordFileComesOutAsTheSameLines() {
    String docx = String.join("\n",
        "2",
        "\tUBND HUYỆN AN PHÚ",
        "PHÒNG GIÁO DỤC",
        "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "\tSố: 21/KH-PGD",
        "\tAn Phú, ngày 04 tháng 3 năm 2024",
        "KẾ HOẠCH",
        "Phòng, chống đuối nước cho học sinh",
        "Căn cứ Kế hoạch số 75/KH-UBND ngày 12/02/2024 của Ủy ban nhân dân huyện về phòng, chống tai nạn thương"
            + " tích cho trẻ em giai đoạn 2021-2025, Phòng Giáo dục xây dựng kế hoạch như sau:",
        "I. MỤC TIÊU",
        "- Giảm tỷ lệ học sinh bị đuối nước xuống dưới 0,5% [footnoteRef:1]; 100% trường học có **nội dung**"
            + " giáo dục kỹ năng an toàn trong nước ($\\geq 2$ tiết mỗi năm học) và tổ chức dạy bơi cho học sinh"
            + " tiểu học trên địa bàn các xã, thị trấn của huyện theo hướng dẫn của Sở Giáo dục và Đào tạo tỉnh.",
        "theo Nghị quyết của Huyện ủy",
        "2. Phòng Giáo dục và Đào tạo chủ trì, hướng dẫn các trường thực hiện./.",
        "\tNơi nhận:",
        "- UBND huyện (b/c);",
        "- Các trường học;",
        "- Lưu: VT.",
        "\tKT. TRƯỞNG PHÒNG",
        "PHÓ TRƯỞNG PHÒNG",
        "",
        "Trần Thị Đào");
    RawDocument raw = new RawDocument(SourceFormat.DOCX, "application/x-docx",
        List.of(new RawPage(1, docx, false)), false, null);
    // the same lines; blank lines only where the Word file had them
    assertEquals(EXPECTED.replace("\n\n", "\n"), Normalizer.standard().normalize(raw).value().replace("\n\n", "\n"));
  }
}
