package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingPatternsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      II. NHIỆM VỤ                 | II   | 2
      IV- TỔ CHỨC THỰC HIỆN        | IV   | 4
      I.MỤC TIÊU                   | I    | 1
      IX. KHEN THƯỞNG              | IX   | 9
      XII) KIỂM TRA                | XII  | 12
      HI. KINH PHÍ THỰC HIỆN       | III  | 3
      Il. NHIỆM VỤ                 | II   | 2
      """)
  void readsRomanNumbers(String line, String number, int value) {
    HeadingPatterns.Numbered n = HeadingPatterns.romanHeading(line);
    assertNotNull(n, line);
    assertEquals(number, n.number());
    assertEquals(value, n.value());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"IIII. SAI", "VX. SAI", "I 2024", "II.5 triệu", "HI. Kinh phí thực hiện", "Ii. Nhiệm vụ", "C. NỘI DUNG"})
  void rejectsWhatIsNotARomanHeading(String line) {
    assertNull(HeadingPatterns.romanHeading(line));
  }

  @Test
  void readsPartsLettersAndArabicNumbers() {
    assertEquals(1, HeadingPatterns.partHeading("PHẦN I. ĐÁNH GIÁ KẾT QUẢ").value());
    assertEquals(2, HeadingPatterns.partHeading("Phần thứ hai: NHIỆM VỤ").value());
    assertEquals("A", HeadingPatterns.letterHeading("A. MỤC TIÊU").number());
    assertNull(HeadingPatterns.letterHeading("A. Mục tiêu của xã"));
    assertEquals(3, HeadingPatterns.arabicHeading("3. TỔ CHỨC THỰC HIỆN").value());
    assertNull(HeadingPatterns.arabicHeading("3.1. Phòng Nội vụ"));
  }

  @Test
  void cutsSameLineContentAfterTheHeading() {
    String a = "KINH PHÍ THỰC HIỆN: Từ nguồn ngân sách";
    assertEquals(a.indexOf(':'), HeadingDetector.contentCut(a, 0));
    String b = "KINH PHÍ THỰC HIỆN Từ nguồn ngân sách tỉnh";
    assertEquals(b.indexOf("Từ"), HeadingDetector.contentCut(b, 0));
    String c = "Kinh phí. Ngân sách tỉnh bố trí";
    assertEquals(c.indexOf('.'), HeadingDetector.contentCut(c, 0));
    assertEquals(-1, HeadingDetector.contentCut("MỤC ĐÍCH, YÊU CẦU", 0));
    assertEquals(-1, HeadingDetector.contentCut("TỔ CHỨC THỰC HIỆN:", 0));
    assertEquals(-1, HeadingDetector.contentCut("Nhiệm vụ và giải pháp", 0));
  }
}
