package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllableTokenizerTest {
  private final SyllableTokenizer tok = new SyllableTokenizer();

  @Test
  void keysIgnoreTonesCaseAndPunctuation() {
    assertEquals(List.of("phong", "ld", "tb", "xh"), tok.keys("Phòng LĐ-TB&XH"));
    assertEquals(List.of("tp", "cam", "pha"), tok.keys("TP. CẨM PHẢ"));
    assertEquals(tok.keys("TP Cẩm Phả"), tok.keys("tp.cẩm phả"));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Giao  Phòng LĐ-TB&XH (chủ trì).";
    List<Token> tokens = tok.tokenize(text);
    assertEquals(7, tokens.size());
    for (Token t : tokens) {
      String surface = text.substring(t.start(), t.end());
      assertEquals(tok.keys(surface), List.of(t.key()), surface);
    }
    assertEquals("LĐ", text.substring(tokens.get(2).start(), tokens.get(2).end()));
  }

  @Test
  void decomposedInputKeepsMarksInsideTheToken() {
    String nfd = Normalizer.normalize("Huyện Lý Sơn", Normalizer.Form.NFD);
    List<Token> tokens = tok.tokenize(nfd);
    assertEquals(List.of("huyen", "li", "son"), tok.keys(nfd));
    assertEquals(nfd.length(), tokens.get(2).end());
  }

  @Test
  void freeYAndISpellingsShareAKey() {
    assertEquals(tok.keys("tỉ lệ"), tok.keys("tỷ lệ"));
    assertEquals(tok.keys("Lí Sơn"), tok.keys("Lý Sơn"));
    assertEquals(tok.keys("Qui Nhơn"), tok.keys("Quy Nhơn"));
    // "uy" after h/th is a different rhyme and stays as written
    assertEquals(List.of("thuy", "huy"), tok.keys("Thủy Huy"));
  }

  @Test
  void leadingZerosAreDroppedFromNumbers() {
    assertEquals(List.of("8", "loai"), tok.keys("08 loại"));
    assertEquals(List.of("0"), tok.keys("000"));
    assertEquals(List.of("q1"), tok.keys("Q1"));
  }

  @Test
  void ocrEthReadsAsD() {
    assertEquals(tok.keys("Đoàn"), tok.keys("Ðoàn"));
  }
}
