package org.kehoach.extract.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.model.LegalReference;
import org.kehoach.model.PageLocator;

class LegalBasisExtractorTest {
  private final LegalBasisExtractor extractor = new LegalBasisExtractor();

  private List<LegalReference> refs(String text) {
    return extractor.extract(text, 0, text.length(), PageLocator.none());
  }

  /** One citation per sentence: type, number, ISO date (empty for null). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Căn cứ Công văn số 1234/SLĐTBXH-BTXH ngày 05 tháng 3 năm 2024 của Sở Lao động.|Công văn|1234/SLĐTBXH-BTXH|2024-03-05",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh về chuyển đổi số;|Kế hoạch|12/KH-UBND|2024-01-10",
    "Căn cứ Kế hoạch số 07/KH - UBND ngày 3/4/2022 của UBND huyện Mường Tè;|Kế hoạch|07/KH-UBND|2022-04-03",
    "Thực hiện Kế hoạch 21 /KH-SGDĐT ngày 14/8/2023 về giáo dục mầm non;|Kế hoạch|21/KH-SGDĐT|2023-08-14",
    "Căn cứ Nghị quyết số 35-NQ/TU ngày 20/7/2021 của Tỉnh ủy;|Nghị quyết|35-NQ/TU|2021-07-20",
    "Căn cứ Nghị quyết số 12/2023/NQ-HĐND ngày 14 tháng 7 năm 2023 của HĐND tỉnh Sơn La;|Nghị quyết|12/2023/NQ-HĐND|2023-07-14",
    "Thực hiện Thông tư liên tịch số 02/2019/TTLT-BGDĐT-BYT ngày 12/3/2019 của liên Bộ;|Thông tư liên tịch|02/2019/TTLT-BGDĐT-BYT|2019-03-12",
    "Căn cứ Chỉ thị số 15-CT/TW ngày 5/6/2022 của Ban Bí thư;|Chỉ thị|15-CT/TW|2022-06-05",
    "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về giảm nghèo;|Quyết định|90/QĐ-TTg|2022-01-18",
    "Căn cứ Chương trình số 05/CTr-UBND ngày 31 tháng 02 năm 2022 của UBND tỉnh;|Chương trình|05/CTr-UBND|",
    "Thực hiện Hướng dẫn số 88/HD-SNV của Sở Nội vụ về cải cách hành chính;|Hướng dẫn|88/HD-SNV|",
    "Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;|Luật|43/2019/QH14|2019-06-14",
    "Thực hiện Công văn 456/UBND-VX ngày 02/02/2024 của UBND thành phố;|Công văn|456/UBND-VX|2024-02-02",
    "Căn cứ Thông báo kết luận số 77-TB/TU ngày 9/9/2020;|Thông báo kết luận|77-TB/TU|2020-09-09",
    "Căn cứ văn bản số 310/STTTT-CĐS ngày 01/3/2024 của Sở Thông tin và Truyền thông;|Văn bản|310/STTTT-CĐS|2024-03-01",
    "Thực hiện kế hoạch số 15/KH-PGDĐT của Phòng Giáo dục;|Kế hoạch|15/KH-PGDĐT|",
    "Căn cứ Quyết định số 90/Q\u00D0-TTg ngày 18/01/2022 (văn bản quét);|Quyết định|90/QĐ-TTg|2022-01-18",
    "Căn cứ Quyết định số 1719/QĐ–TTg ngày 14/10/2021;|Quyết định|1719/QĐ-TTg|2021-10-14",
    "Căn cứ ý kiến chỉ đạo tại số 45/TB-UBND ngày 4/5/2024 của UBND tỉnh;||45/TB-UBND|2024-05-04"
  })
  void readsOneCitation(String sentence, String type, String number, String date) {
    List<LegalReference> r = refs(sentence);
    assertEquals(1, r.size(), () -> "citations in: " + sentence + " -> " + r);
    assertEquals(type, r.get(0).type());
    assertEquals(number, r.get(0).number());
    assertEquals(date, r.get(0).date());
  }

  @Test
  void listsEveryCitationOfAListOnce() {
    String text = "Căn cứ các Kế hoạch của UBND tỉnh: Kế hoạch số 31/KH-UBND ngày 2/3/2021 về giảm nghèo bền vững;"
        + " Kế hoạch số 44/KH-UBND ngày 17/03/2021 về chuyển đổi số; Kế hoạch số 31/KH - UBND ngày 2/3/2021"
        + " (được nhắc lại); Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.";
    assertEquals(List.of("31/KH-UBND", "44/KH-UBND", "1719/QĐ-TTg"), numbers(refs(text)));
  }

  @Test
  void readsCitationsNestedInOneSentence() {
    String text = "Thực hiện Kế hoạch số 118/KH-UBND ngày 20/12/2023 của UBND huyện Krông Nô về việc triển khai"
        + " Kế hoạch số 40/KH-UBND ngày 01/3/2022 của UBND tỉnh về thực hiện Nghị quyết số 08/2021/NQ-HĐND"
        + " ngày 10/12/2021 của HĐND tỉnh Đắk Nông, Trường THCS Lê Lợi xây dựng kế hoạch như sau:";
    List<LegalReference> r = refs(text);
    assertEquals(List.of("118/KH-UBND", "40/KH-UBND", "08/2021/NQ-HĐND"), numbers(r));
    assertEquals("2021-12-10", r.get(2).date());
  }

  @Test
  void citationSpreadOverWrappedLinesKeepsNumberAndDate() {
    String text = "Căn cứ Kế hoạch 09/KH-SYT ngày 31\ntháng 5 năm 2024 của Sở Y tế\ntỉnh Gia Lai, Ủy ban nhân dân";
    List<LegalReference> r = refs(text);
    assertEquals(1, r.size());
    assertEquals("2024-05-31", r.get(0).date());
    assertEquals("Kế hoạch 09/KH-SYT ngày 31\ntháng 5 năm 2024",
        text.substring(r.get(0).span().start(), r.get(0).span().end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Thực hiện Quyết định 267 của Thủ tướng Chính phủ về chương trình giai đoạn 2021-2025.",
    "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
    "Tổng đài điện thoại quốc gia bảo vệ trẻ em (số 111), đường dây nóng 0213.3825.825.",
    "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;",
    "Căn cứ Kế hoạch 5 năm 2021-2025 của tỉnh về chuyển đổi số, Sở Lao động - Cẩm Phả xây dựng kế hoạch."
  })
  void takesNoNumberWithoutACode(String sentence) {
    assertEquals(List.of(), refs(sentence));
  }

  @Test
  void readsOnlyTheGivenRangeAndSpansStayInside() {
    String text = "KẾ HOẠCH\nThực hiện Kế hoạch số 3/KH-UBND ngày 4/1/2024.\nI. MỤC TIÊU\n"
        + "Triển khai Quyết định số 8/QĐ-UBND ngày 5/1/2024.";
    int from = text.indexOf("Thực hiện");
    int to = text.indexOf("I. MỤC TIÊU");
    List<LegalReference> r = extractor.extract(text, from, to, offset -> 1);
    assertEquals(List.of("3/KH-UBND"), numbers(r));
    assertTrue(r.get(0).span().start() >= from && r.get(0).span().end() <= to);
    assertEquals(1, r.get(0).span().page());
  }

  @Test
  void numberWithoutDateHasNullDate() {
    assertNull(refs("Căn cứ Quyết định số 19/QĐ-UBND của UBND tỉnh Lào Cai;").get(0).date());
  }

  private static List<String> numbers(List<LegalReference> refs) {
    return refs.stream().map(LegalReference::number).collect(Collectors.toList());
  }
}
