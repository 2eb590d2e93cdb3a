package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  /** {@link SyllableTokenizer#encode} builds no key strings; it must split and key exactly as tokenize does. */
  @Test
  void encodeAgreesWithTokenizeOnRandomText() {
    String[] pieces = {"Phòng", "LĐ", "TB&XH", "tỷ", "Quy", "thủy", "Ðoàn", "08", "000", "Q1", "y", "ngày",
        Normalizer.normalize("Huyện Lý", Normalizer.Form.NFD), "UBND", "Ω", "中", "\u00A0", "-", ", ", "(", ")",
        "\u0301", "ﬁ", "Ǆ", "2024", " ", "\n", "xã", "ĐẮK", "ờ"};
    long seed = 20261122L;
    Random random = new Random(seed);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 25; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      List<Token> tokens = tok.tokenize(text);
      List<String> known = new ArrayList<>();
      for (Token t : tokens) {
        if (random.nextBoolean() && !known.contains(t.key())) {
          known.add(t.key());
        }
      }
      SyllableCodes codes = new SyllableCodes(known);
      CodedTokens coded = tok.encode(text, codes);
      assertEquals(tokens.size(), coded.size(), "seed " + seed + ": " + text);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        assertEquals(t.start(), coded.start(i), "seed " + seed + ": " + text);
        assertEquals(t.end(), coded.end(i), "seed " + seed + ": " + text);
        assertEquals(known.indexOf(t.key()), coded.code(i), "seed " + seed + ": " + text);
      }
    }
  }
}
