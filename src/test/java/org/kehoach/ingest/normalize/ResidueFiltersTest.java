package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Converter residue: Markdown emphasis and inline LaTeX. */
class ResidueFiltersTest {
  private static String emphasis(String s) {
    return new MarkdownEmphasisFilter().apply(PagedText.unpaged(s)).text();
  }

  private static String latex(String s) {
    return new LatexMathFilter().apply(PagedText.unpaged(s)).text();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chủ đề **“Vì trẻ em”**; tổ chức | chủ đề “Vì trẻ em”; tổ chức",
        "gửi **trước ngày 15/4/2024** (qua phòng) | gửi trước ngày 15/4/2024 (qua phòng)",
        "phong trào “*Toàn dân tham gia*” gắn với | phong trào “Toàn dân tham gia” gắn với",
        "(*kèm theo phụ lục 02*); | (kèm theo phụ lục 02);",
        "***Lưu ý:*** gửi sớm | Lưu ý: gửi sớm",
      })
  void emphasisMarkersGoAndWordsStay(String in, String expected) {
    assertEquals(expected, emphasis(in));
  }

  @Test
  void boldMayWrapOverALine() {
    assertEquals("KẾ HOẠCH\nPhòng chống đuối nước năm 2024\n\nCăn cứ", emphasis("**KẾ HOẠCH\nPhòng chống đuối nước năm 2024**\n\nCăn cứ"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "* Mô hình 2: Hỗ trợ trẻ em",
        "tại xã An Bình, Tân Phú * Mô hình 3: Can thiệp",
        "diện tích 2*3*4 mét",
        "ghi chú * chưa có số liệu",
        "**Chưa đóng",
      })
  void bulletsProductsAndUnpairedStarsStay(String in) {
    assertEquals(in, emphasis(in));
  }

  @Test
  void emphasisNeverCrossesABlankLine() {
    String in = "* Mô hình 1: dạy bơi\n\nđạt 100%* theo kế hoạch";
    assertEquals(in, emphasis(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "đạt 91% ($\\geq 95\\%$ theo QĐ) | đạt 91% (≥ 95% theo QĐ)",
        "tỷ lệ $\\leq 2\\%$ | tỷ lệ ≤ 2%",
        "diện tích $3 \\times 4$ m | diện tích 3 × 4 m",
        "đạt $\\ge$90% | đạt ≥90%",
        "khoảng \\(\\approx 5\\)% | khoảng ≈ 5%",
        "chỉ số $\\text{HDI}^{2}$ | chỉ số HDI^2",
      })
  void inlineLatexBecomesPlainCharacters(String in, String expected) {
    assertEquals(expected, latex(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "giá 5$ và 10$ mỗi suất",
        "hỗ trợ $ 100 cho mỗi em",
        "mã $ABC$ của dự án",
      })
  void dollarsWithoutLatexStay(String in) {
    assertEquals(in, latex(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "I.MỤC TIÊU | I. MỤC TIÊU",
        "2.1.Mục tiêu cụ thể | 2.1. Mục tiêu cụ thể",
        "III.Tổ chức thực hiện | III. Tổ chức thực hiện",
        "TP.HCM, ngày 5 | TP.HCM, ngày 5",
        "1.000 trẻ em | 1.000 trẻ em",
        "giảm 2.Ba | giảm 2.Ba",
      })
  void gluedItemNumbersGetTheirSpace(String in, String expected) {
    assertEquals(expected, new ItemMarkerSpacingFilter().apply(PagedText.unpaged(in)).text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tân Hội, ngày ˆ tháng 3 năm 2024 | Tân Hội, ngày tháng 3 năm 2024",
        "´ Tổ chức | Tổ chức",
        "giá 5^2 và x ^ y | giá 5^2 và x y",
        "Việt Nam | Việt Nam",
      })
  void loneAccentsGo(String in, String expected) {
    assertEquals(expected, new StrayAccentFilter().apply(PagedText.unpaged(in)).text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "H. NỘI DUNG THỰC HIỆN | II. NỘI DUNG THỰC HIỆN",
        "HI. TỔ CHỨC THỰC HIỆN | III. TỔ CHỨC THỰC HIỆN",
        "VH. KINH PHÍ | VII. KINH PHÍ",
        "H. Nguyễn Văn An | H. Nguyễn Văn An",
        "HIV. PHÒNG CHỐNG | HIV. PHÒNG CHỐNG",
        "II. NHIỆM VỤ | II. NHIỆM VỤ",
      })
  void romanNumbersReadWithAnHAreRepaired(String in, String expected) {
    assertEquals(expected, new OcrRomanNumeralFilter().apply(PagedText.unpaged(in)).text());
  }
}
