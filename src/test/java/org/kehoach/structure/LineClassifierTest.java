package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {
  private static final LineClassifier CLASSIFIER = new LineClassifier(Vocabulary.standard());

  private static LineKind kind(String text) {
    return CLASSIFIER.classify(new Line(0, 0, text.length(), text, TextShape.key(text), true, true, text.length()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ỦY BAN NHÂN DÂN                                   | HEADER_ISSUER
      UỶ BAN NHÂN DÂN TỈNH QUẢNG NAM                    | HEADER_ISSUER
      UBND HUYỆN ĐIỆN BIÊN ĐÔNG                         | HEADER_ISSUER
      SỞ GIÁO DỤC VÀ ĐÀO TẠO                            | HEADER_ISSUER
      TRƯỜNG THCS NGUYỄN DU                             | HEADER_ISSUER
      HUYỆN HỒNG NGỰ                                    | HEADER_ISSUER
      BAN CHỈ ĐẠO GIẢM NGHÈO BỀN VỮNG                   | HEADER_ISSUER
      BAN HÀNH KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI            | BODY
      Uỷ ban nhân dân huyện tăng cường chỉ đạo          | BODY
      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM                | MOTTO
      Độc lập – Tự do – Hạnh phúc                       | MOTTO
      Số: 125/KH-UBND                                   | NUMBER
      Số 07/KH-SGDĐT                                    | NUMBER
      Số:        /KH-UBND                               | NUMBER
      Số lượng hộ nghèo giảm 2%                         | BODY
      Tam Kỳ, ngày 05 tháng 3 năm 2024                  | PLACE_DATE
      TP. Hồ Chí Minh, ngày … tháng … năm 2023          | PLACE_DATE
      thị xã Sơn Tây, ngày 2 tháng 5 năm 2021           | PLACE_DATE
      Điện Biên Phủ, ngày    tháng    năm 2025          | PLACE_DATE
      Thứ Hai, ngày 04 tháng 3 năm 2024                 | BODY
      Thực hiện Kế hoạch ngày 12 tháng 3 năm 2024       | PREAMBLE
      KẾ HOẠCH                                          | DOC_TYPE
      KẾ HOẠCH Chuyển đổi số năm 2024                   | DOC_TYPE
      K Ế  H O Ạ C H                                    | DOC_TYPE
      Kế hoạch này thay thế Kế hoạch số 12/KH-UBND      | BODY
      QUYẾT ĐỊNH                                        | DOC_TYPE
      QUYẾT ĐỊNH:                                       | OPERATIVE
      Điều 1. Ban hành kèm theo Quyết định này Kế hoạch | ARTICLE
      Căn cứ Luật Tổ chức chính quyền địa phương        | PREAMBLE
      Trên đây là Kế hoạch giảm nghèo năm 2024          | CLOSING
      Nơi nhận:                                         | RECIPIENTS_HEADING
      TM. ỦY BAN NHÂN DÂN                               | SIGNATURE_AUTHORITY
      KT. GIÁM ĐỐC                                      | SIGNATURE_AUTHORITY
      Q. HIỆU TRƯỞNG                                    | SIGNATURE_AUTHORITY
      TL. CHỦ TỊCH                                      | SIGNATURE_AUTHORITY
      PHÓ CHỦ TỊCH                                      | SIGNER_TITLE
      HIỆU TRƯỞNG                                       | SIGNER_TITLE
      CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH                     | SIGNER_TITLE
      ----------------                                  | SEPARATOR
      ---o0o---                                         | SEPARATOR
      - Tuyên truyền về giảm nghèo                      | BODY
      Trang chủ > Văn bản > Kế hoạch                    | BOILERPLATE
      Trang chủ                                         | BOILERPLATE
      Nguyễn Văn An                                     | BODY
      """)
  void classifiesOneLine(String text, LineKind expected) {
    assertEquals(expected, kind(text.strip()));
  }
}
