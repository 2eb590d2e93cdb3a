package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kehoach.gazetteer.SyllableTokenizer;
import org.kehoach.model.Span;

/** How issuing bodies are read from header lines, preamble sentences and titles. */
class BodyParserTest {
  private static BodyParser parser;

  @BeforeAll
  static void load() {
    parser = new BodyParser(new BodyLexicon(new SyllableTokenizer()));
  }

  /** The header lines of {@code text} (one per line) read as bodies, as "KIND tier unitWord|unitName". */
  private static List<String> header(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      lines.add(new Span(start, start + line.length(), null));
      start += line.length() + 1;
    }
    List<String> out = new ArrayList<>();
    for (BodyPhrase b : parser.headerBodies(text, lines)) {
      out.add(b.kind() + " " + b.tier() + " " + b.unitWord() + "|" + b.unitName());
    }
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ CẨM PHẢ;       COUNCIL CITY THÀNH PHỐ|CẨM PHẢ",
      "UBND TỈNH\\nQUẢNG NAM;                    COUNCIL PROVINCE TỈNH|QUẢNG NAM",
      "HUYỆN HỒNG NGỰ;                          UNIT DISTRICT HUYỆN|HỒNG NGỰ",
      "UBND HUYỆN BÙ GIA MẬP\\nTRƯỜNG TIỂU HỌC HAI BÀ TRƯNG; COUNCIL DISTRICT HUYỆN|BÙ GIA MẬP,SCHOOL NONE null|null",
      "UBND TỈNH BẮC NINH\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO; COUNCIL PROVINCE TỈNH|BẮC NINH,AGENCY PROVINCE null|null",
      "SỞ LAO ĐỘNG - THƯƠNG BINH\\nVÀ XÃ HỘI TỈNH ĐỒNG THÁP; AGENCY PROVINCE TỈNH|ĐỒNG THÁP",
      "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG;             AGENCY PROVINCE null|null",
      "UBND TP. HỒ CHÍ MINH;                    COUNCIL CITY TP|HỒ CHÍ MINH",
      "ỦY BAN NHÂN DÂN\\nXÃ TÂN PHÚ;               COUNCIL COMMUNE XÃ|TÂN PHÚ",
      "HUYỆN HỒNG NGỰ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; UNIT DISTRICT HUYỆN|HỒNG NGỰ",
      "UỶ BAN NHÂN DÂN\\nQUẬN 3;                   COUNCIL DISTRICT QUẬN|3",
      "ĐẢNG BỘ TỈNH TIỀN GIANG\\nHUYỆN ỦY CÁI BÈ;   PARTY PROVINCE TỈNH|TIỀN GIANG,PARTY DISTRICT null|null",
  })
  void readsHeaderIssuerLines(String lines, String expected) {
    assertEquals(List.of(expected.split(",")), header(lines.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "Căn cứ Chương trình số 417/CTr-UBND, Uỷ ban nhân dân tỉnh xây dựng kế hoạch thực hiện năm 2014 như sau: | Uỷ ban nhân dân tỉnh",
      "Ủy ban nhân dân thành phố xây dựng Kế hoạch công tác năm 2023 như sau:                               | Ủy ban nhân dân thành phố",
      "Để triển khai hiệu quả, Trường Tiểu học Lê Lợi ban hành Kế hoạch thực hiện năm 2025 như sau:          | Trường Tiểu học Lê Lợi",
      "Thực hiện Kế hoạch số 88/KH-SGDĐT của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo huyện Lục Ngạn xây dựng Kế hoạch như sau: | Phòng Giáo dục và Đào tạo huyện Lục Ngạn",
      "Thực hiện Kế hoạch số 252/KH-UBND của UBND huyện Bù Gia Mập về việc triển khai Đề án.                  | NULL",
      "Căn cứ Quyết định số 12/QĐ-UBND, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 5/KH-UBND.              | NULL",
      "Nhà trường xây dựng kế hoạch như sau:                                                                 | Nhà trường",
      "Phòng, chống dịch bệnh là nhiệm vụ trọng tâm, triển khai thường xuyên.                                 | NULL",
      "Ủy ban nhân dân các xã, thị trấn triển khai thực hiện Kế hoạch này.                                    | NULL",
  })
  void findsTheSubjectOfTheSentenceBuildingThePlan(String sentence, String expected) {
    BodyPhrase p = parser.subject(sentence, 0, sentence.length());
    assertEquals(expected, p == null ? null : p.text());
  }

  @Test
  void prefersTheSubjectFollowedByThePlanWord() {
    String t = "Căn cứ ý kiến chỉ đạo, UBND huyện giao Phòng Nội vụ tham mưu. Ủy ban nhân dân huyện Lý Sơn ban hành Kế hoạch như sau:";
    assertEquals("Ủy ban nhân dân huyện Lý Sơn", parser.subject(t, 0, t.length()).text());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "Triển khai Chương trình quốc gia bảo vệ trẻ em năm 2014 tỉnh Hà Nam      | tỉnh/Hà Nam",
      "Công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025                        | huyện/Lý Sơn",
      "PHÒNG, CHỐNG THIÊN TAI TRÊN ĐỊA BÀN THỊ XÃ QUẢNG YÊN                      | THỊ XÃ/QUẢNG YÊN",
      "Phát triển công tác xã hội năm 2024                                       | NULL",
      "Công tác trẻ em năm 2025                                                  | NULL",
  })
  void findsTheLastUnitATitleNames(String title, String expected) {
    BodyPhrase p = parser.lastUnit(title, 0, title.length());
    assertEquals(expected, p == null ? null : p.unitWord() + "/" + p.unitName());
  }

  @Test
  void aBareOpeningWordIsNotABody() {
    String t = "Phòng xây dựng kế hoạch.";
    assertNull(parser.subject(t, 0, t.length()));
    BodyPhrase p = parser.parse("Phòng Nội vụ", 0, 12);
    assertNotNull(p);
    assertEquals(BodyKind.AGENCY, p.kind());
  }
}
