package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosingParserTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Nguyễn Văn An                  | true
      PHẠM THỊ HOA                   | true
      Trần Hồng Nga                  | true
      Lê Thị Thu Hà                  | true
      Nguyễn                         | false
      Lưu: VT                        | false
      Văn phòng huyện                | false
      Đã ký                          | false
      Phòng Giáo Dục Và Đào Tạo Huyện| false
      Nguyễn Văn 2                   | false
      Lò Văn Hùng.                   | false
      """)
  void recognisesPersonalNames(String text, boolean name) {
    assertEquals(name, ClosingParser.isName(text.strip(), LineKind.BODY));
  }
}
