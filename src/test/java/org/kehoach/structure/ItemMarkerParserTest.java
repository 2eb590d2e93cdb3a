package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehoach.model.ItemMarker;
import org.kehoach.text.RandomText;

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

  @Test
  void aLineWithoutANumberNearItsStartHoldsNoLabel() {
    RandomText random = new RandomText("Chỉ", "tiêu", "Dự án", "Mô hình", " ", "  ", "\t", "5", "12", ":", ".", "-",
        "–", "IV", "X", "v", "abcdefghij", "klmnopqrstu", "Đ", "\uD801\uDC00", "\uD835\uDC00");
    Random shapes = new Random(random.seed());
    for (int round = 0; round < 40_000; round++) {
      String s = round % 2 == 0 ? random.next(14, 30) : labelShaped(shapes);
      for (int from = 0; from < s.length(); from++) {
        if (!ItemMarkerParser.mayHoldLabelNumber(s, from)) {
          Matcher m = ItemMarkerParser.LABEL.matcher(s).region(from, s.length());
          assertFalse(m.lookingAt(), "seed " + random.seed() + ", from " + from + ", text '" + s + "'");
        }
      }
    }
  }

  /** Up to four words of up to 11 letters (often 9 to 11), spaced, then a number: labels near the bound. */
  private static String labelShaped(Random random) {
    String[] letters = {"a", "b", "đ", "ơ", "Đ", "I", "V", "X", "\uD801\uDC00"};
    String[] gaps = {" ", " ", " ", " ", "", "  ", "\t"};
    StringBuilder sb = new StringBuilder();
    int words = 1 + random.nextInt(4);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sb.append(gaps[random.nextInt(gaps.length)]);
      }
      int length = random.nextBoolean() ? 9 + random.nextInt(3) : 1 + random.nextInt(11);
      for (int i = 0; i < length; i++) {
        // mostly plain letters, so that the number decides; now and then a numeral letter or one outside the BMP
        sb.append(random.nextInt(8) == 0 ? letters[random.nextInt(letters.length)] : letters[random.nextInt(4)]);
      }
    }
    sb.append(gaps[random.nextInt(gaps.length)]).append(random.nextInt(30)).append(random.nextBoolean() ? ":" : " x");
    return sb.toString();
  }
}
