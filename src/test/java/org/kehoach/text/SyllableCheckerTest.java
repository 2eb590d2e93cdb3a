package org.kehoach.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyllableCheckerTest {
  private final SyllableChecker checker = SyllableChecker.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Việt", "nghiêng", "giếng", "quyết", "quỳnh", "quốc", "gìn", "giữ", "khuỷu", "thuở", "người", "rượu",
        "hòa", "hoà", "Ủy", "ĐỒNG", "khoảng", "tốt", "học", "ạ", "yêu", "chuyện",
        "xoong", "tuyển", "huynh", "oai"
      })
  void acceptsWellFormedSyllables(String word) {
    assertTrue(checker.isSyllable(word), word);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // stop finals only take the acute or the dot below
        "tồt", "tôt", "hoc", "bảc",
        // mojibake of TCVN3 and VNI, and wrong readings of them
        "hiÖn", "Thöïc", "Thửùc", "cafộ", "chớnh", "trỡnh", "Baûo",
        // foreign words, acronyms, two tones, impossible rhymes
        "café", "résumé", "LĐVP", "UBND", "hóà", "ươê", "qa", "strong"
      })
  void rejectsWhatNoVietnameseSyllableLooksLike(String word) {
    assertFalse(checker.isSyllable(word), word);
  }
}
