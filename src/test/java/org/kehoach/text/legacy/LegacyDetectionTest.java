package org.kehoach.text.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kehoach.model.LegacyEncoding;

/**
 * detect + convert on invented text, encoded with our own encoder and read back as ISO-8859-1, which is
 * what Tika returns for a document set in a .VnTime or VNI font.
 */
class LegacyDetectionTest {
  /** Invented plan sentences; only ASCII or TCVN3-encodable capitals, so TCVN3 loses nothing here. */
  private static final String PLAN_TEXT =
      "Trường tiểu học phối hợp với trạm y tế kiểm tra sức khỏe định kỳ cho các em.\n"
          + "Phấn đấu đến cuối năm giảm tỷ lệ trẻ em suy dinh dưỡng xuống dưới mười phần trăm.\n"
          + "Sở Giáo dục và Đào tạo hướng dẫn các huyện triển khai kế hoạch này; Ban chỉ đạo tổng hợp kết quả.";

  /** Tika's reading of legacy bytes: one Latin-1 character per byte. */
  private static String asTika(String unicode, LegacyEncoding enc) {
    return new String(LegacyDecoder.encode(unicode, enc), StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void detectsAndConvertsInventedPlanText(LegacyEncoding enc) {
    String mojibake = asTika(PLAN_TEXT, enc);
    assertEquals(Optional.of(enc), LegacyDecoder.detect(mojibake));
    assertEquals(PLAN_TEXT, LegacyDecoder.convert(mojibake, enc));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ông bà nội của em sống ở một làng quê yên bình bên dòng sông.",
        "Ủy ban mặt trận tổ quốc xã vận động nhân dân quyên góp ủng hộ đồng bào vùng lũ.",
        "Chương trình bảo vệ trẻ em giai đoạn mới được triển khai đồng bộ ở các ấp."
      })
  void detectsSingleSentencesInEachEncoding(String sentence) {
    for (LegacyEncoding enc : LegacyEncoding.values()) {
      assertEquals(Optional.of(enc), LegacyDecoder.detect(asTika(sentence, enc)), enc + ": " + sentence);
    }
  }

  @Test
  void detectsTheExamplesTikaIsKnownToReturn() {
    assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyDecoder.detect("Thùc hiÖn Ch­¬ng tr×nh"));
    assertEquals(Optional.of(LegacyEncoding.VNI), LegacyDecoder.detect("Thöïc hieän Chöông trình"));
    assertEquals("Thực hiện Chương trình", LegacyDecoder.convert("Thùc hiÖn Ch­¬ng tr×nh", LegacyEncoding.TCVN3));
    assertEquals("Thực hiện Chương trình", LegacyDecoder.convert("Thöïc hieän Chöông trình", LegacyEncoding.VNI));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Unicode Vietnamese, including words made of Latin-1 letters only ("và", "có", "chính", "nhân")
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.",
        "Tài chính và nhân dân có trách nhiệm; các đơn vị báo cáo kết quả trước ngày 15 tháng 12.",
        "Tài chính và nhân dân có trách nhiệm",
        // decomposed (NFD) Vietnamese
        "Vie\u0323\u0302t Nam va\u0300 nha\u0302n da\u0302n",
        // English, and text with a few stray Latin-1 characters
        "The committee approved the plan for child protection in 2020.",
        "The café is open at 25°C. Naïve résumé, déjà vu, Zürich, São Paulo, ½ price, © 2020.",
        "Le thé est né à Paris. Été très chaud, où est la bibliothèque?",
        // mixed: Unicode Vietnamese with an English phrase and symbols
        "Kế hoạch (Plan) số 43/KH-UBND ngày 5/3/2024 – nhiệt độ 30°C, tỷ lệ ≥ 95%.",
        ""
      })
  void doesNotFireOnUnicodeVietnameseEnglishOrStrayLatin1(String text) {
    assertEquals(Optional.empty(), LegacyDecoder.detect(text));
  }

  @Test
  void doesNotFireOnTooLittleEvidence() {
    assertEquals(Optional.empty(), LegacyDecoder.detect(asTika("Đi học", LegacyEncoding.TCVN3)));
  }

  @Test
  void convertsOnlyTheLegacyLinesOfAMixedDocument() {
    String unicode = "Tài chính: Ủy ban nhân dân huyện cấp kinh phí.";
    String legacy = asTika("Phòng giáo dục hướng dẫn các trường thực hiện.", LegacyEncoding.TCVN3);
    String mixed = unicode + "\n" + legacy + "\n" + "Tài chính và nhân sự";
    assertEquals(
        unicode + "\nPhòng giáo dục hướng dẫn các trường thực hiện.\nTài chính và nhân sự",
        LegacyDecoder.convert(mixed, LegacyEncoding.TCVN3));
  }

  @Test
  void keepsLineBreaksAndWindowsLineEnds() {
    String text = "Kế hoạch\r\n\r\nthực hiện\n";
    assertEquals(text, LegacyDecoder.convert(asTika(text, LegacyEncoding.VNI), LegacyEncoding.VNI));
  }

  @Test
  void readsSymbolFontPrivateUseCharacters() {
    StringBuilder pua = new StringBuilder();
    for (byte b : LegacyDecoder.encode("Người dân hưởng ứng phong trào", LegacyEncoding.TCVN3)) {
      int v = b & 0xFF;
      pua.append(v >= 0x80 ? (char) (0xF000 + v) : (char) v);
    }
    assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyDecoder.detect(pua.toString()));
    assertEquals("Người dân hưởng ứng phong trào", LegacyDecoder.convert(pua.toString(), LegacyEncoding.TCVN3));
  }

  @Test
  void restoresHeadingCapitalsLostByTcvn3() {
    String heading = "KẾ HOẠCH\nPHÒNG CHỐNG ĐUỐI NƯỚC CHO TRẺ EM NĂM 2024\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH";
    String mojibake = asTika(heading, LegacyEncoding.TCVN3);
    assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyDecoder.detect(mojibake));
    assertEquals(heading, LegacyDecoder.convert(mojibake, LegacyEncoding.TCVN3));
  }
}
