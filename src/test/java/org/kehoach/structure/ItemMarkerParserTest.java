package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehoach.model.ItemMarker;

class ItemMarkerParserTest {
  private static final ItemMarkerParser PARSER = new ItemMarkerParser(Vocabulary.standard().itemLabels());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
      1. Phòng Nội vụ: chủ trì                   | NUMBER     | 1     | ~           | Phòng Nội vụ: chủ trì
      2) Nội dung truyền thông                   | NUMBER     | 2     | ~           | Nội dung truyền thông
      3. 100% hộ nghèo được hỗ trợ               | NUMBER     | 3     | ~           | 100% hộ nghèo được hỗ trợ
      1.1. Mục tiêu chung                        | MULTILEVEL | 1.1   | ~           | Mục tiêu chung
      2.3 Về giáo dục nghề nghiệp                | MULTILEVEL | 2.3   | ~           | Về giáo dục nghề nghiệp
      1.2.1. Tuyên truyền                        | MULTILEVEL | 1.2.1 | ~           | Tuyên truyền
      a) Mục tiêu 1: giảm nghèo                  | LETTER     | a     | Mục tiêu 1  | Mục tiêu 1: giảm nghèo
      đ) Hỗ trợ nhà ở                            | LETTER     | đ     | ~           | Hỗ trợ nhà ở
      b/ Nội dung                                | LETTER     | b     | ~           | Nội dung
      c. Đối với cấp xã                          | LETTER     | c     | ~           | Đối với cấp xã
      - Tuyên truyền chính sách                  | DASH       | ~     | ~           | Tuyên truyền chính sách
      -Tổ chức tập huấn                          | DASH       | ~     | ~           | Tổ chức tập huấn
      – Phối hợp với Công an                     | DASH       | ~     | ~           | Phối hợp với Công an
      + Dự án 1: Hỗ trợ sinh kế                  | PLUS       | ~     | Dự án 1     | Dự án 1: Hỗ trợ sinh kế
      * Mô hình 2: Câu lạc bộ số                 | STAR       | ~     | Mô hình 2   | Mô hình 2: Câu lạc bộ số
      • Tập huấn kỹ năng số                      | BULLET     | ~     | ~           | Tập huấn kỹ năng số
      Chỉ tiêu 5: tỷ lệ hộ nghèo giảm 1,5%       | LABEL      | 5     | Chỉ tiêu 5  | Chỉ tiêu 5: tỷ lệ hộ nghèo giảm 1,5%
      Dự án1: Truyền thông về giảm nghèo         | LABEL      | 1     | Dự án1      | Dự án1: Truyền thông về giảm nghèo
      Tiểu dự án 2. Hỗ trợ việc làm              | LABEL      | 2     | Tiểu dự án 2| Tiểu dự án 2. Hỗ trợ việc làm
      """)
  void recognisesMarkers(String line, ItemMarker type, String number, String label, String text) {
    Marker m = PARSER.parse(line);
    assertNotNull(m, line);
    assertEquals(type, m.type());
    assertEquals(number, m.number());
    assertEquals(label, m.label());
    assertEquals(text, line.substring(m.textStart()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "2020. Ủy ban nhân dân huyện xây dựng",
    "1/6 hằng năm tổ chức Ngày Quốc tế Thiếu nhi",
    "3%. Giảm số hộ cận nghèo",
    "1.000 người tham gia tập huấn",
    "25/12/2023 của Bộ Chính trị về tăng cường",
    "06 tháng đầu năm báo cáo sơ kết",
    "6,5 trẻ/1.000 trẻ đẻ ra sống",
    "----------",
    "Mục tiêu: nâng cao nhận thức",
    "Nguyễn Văn An",
    "2.5 triệu đồng mỗi hộ",
    "1. của các sở, ngành"
  })
  void ignoresNumbersInsideSentences(String line) {
    assertNull(PARSER.parse(line), line);
  }
}
