package org.kehoach.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kehoach.index.analysis.TokenStreams.assertAnalyzesTo;
import static org.kehoach.index.analysis.TokenStreams.terms;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
  private static VietnameseAnalyzer folded;
  private static VietnameseAnalyzer exact;

  @BeforeAll
  static void build() {
    folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, Abbreviations.standard());
    exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, Abbreviations.standard());
  }

  @AfterAll
  static void close() {
    folded.close();
    exact.close();
  }

  @Test
  void foldedDropsDiacriticsAndCase() {
    assertAnalyzesTo(folded, "Tiêm chủng đầy đủ", "tiem", "chung", "day", "du");
    assertAnalyzesTo(folded, "TIÊM CHỦNG", "tiem", "chung");
    assertAnalyzesTo(folded, "tiem chung", "tiem", "chung");
  }

  @Test
  void dStrokeFoldsToD() {
    assertAnalyzesTo(folded, "Đuối nước đường", "duoi", "nuoc", "duong");
    // OCR reads Đ as the Icelandic eth
    assertAnalyzesTo(folded, "Ðuối", "duoi");
    assertAnalyzesTo(exact, "ĐUỐI nước", "đuối", "nước");
  }

  @Test
  void tonePlacementIsUnifiedInBothForms() {
    assertEquals(terms(exact, "hòa nhập"), terms(exact, "hoà nhập"));
    assertEquals(terms(exact, "Ủy ban"), terms(exact, "Uỷ ban"));
    assertEquals(terms(exact, "khỏe mạnh"), terms(exact, "khoẻ mạnh"));
    assertAnalyzesTo(exact, "hoà", "hòa");
    assertAnalyzesTo(exact, "UỶ", "ủy");
    assertAnalyzesTo(folded, "Uỷ hoà", "uy", "hoa");
  }

  @Test
  void decomposedInputMeetsComposed() {
    String nfd = java.text.Normalizer.normalize("trẻ em được tiêm chủng", java.text.Normalizer.Form.NFD);
    assertEquals(terms(exact, "trẻ em được tiêm chủng"), terms(exact, nfd));
    assertEquals(terms(folded, "tre em duoc tiem chung"), terms(folded, nfd));
  }

  @Test
  void exactKeepsDiacriticsSoDifferentWordsStayApart() {
    // folded, "trẻ" (child) and "tre" (bamboo) meet; the exact field keeps them apart
    assertNotEquals(terms(exact, "trẻ"), terms(exact, "tre"));
    assertEquals(terms(folded, "trẻ"), terms(folded, "tre"));
  }

  @Test
  void yAndIAfterAnOnsetAreOneSpellingFolded() {
    assertEquals(terms(folded, "tỉ lệ"), terms(folded, "tỷ lệ"));
    assertAnalyzesTo(folded, "Tỷ lệ", "ti", "le");
    // y as a word of its own is not a spelling variant
    assertAnalyzesTo(folded, "y tế", "y", "te");
  }

  @Test
  void leadingZerosAreDroppedFolded() {
    assertAnalyzesTo(folded, "08 loại vắc xin", "8", "loai", "vac", "xin");
    assertAnalyzesTo(folded, "0", "0");
    assertAnalyzesTo(folded, "6,5 trẻ/1.000", "6,5", "tre", "1.000");
  }

  @Test
  void abbreviationExpandsWithOffsetsOfTheAbbreviation() {
    assertAnalyzesTo(folded, "trẻ em bị TNTT giảm",
        new String[] {"tre", "em", "bi", "tai", "nan", "thuong", "tich", "giam"},
        new int[] {0, 4, 7, 10, 10, 10, 10, 15},
        new int[] {3, 6, 9, 14, 14, 14, 14, 19},
        new int[] {1, 1, 1, 1, 1, 1, 1, 1});
  }

  @Test
  void abbreviationMatchesTheFullFormInEitherCaseAndForm() {
    assertEquals(terms(folded, "tai nạn thương tích"), terms(folded, "TNTT"));
    assertEquals(terms(folded, "tai nạn thương tích"), terms(folded, "tntt"));
    assertEquals(terms(exact, "tai nạn thương tích"), terms(exact, "TNTT"));
    assertEquals(terms(folded, "suy dinh dưỡng thể thấp còi"), terms(folded, "SDD thể thấp còi"));
    assertEquals(terms(folded, "trẻ em có hoàn cảnh đặc biệt"), terms(folded, "trẻ em có HCĐB"));
    assertEquals(terms(folded, "trẻ em có hoàn cảnh đặc biệt"), terms(folded, "tre em co HCDB"));
    assertEquals(terms(exact, "công tác bảo vệ chăm sóc trẻ em"), terms(exact, "công tác BVCSTE"));
  }

  @Test
  void abbreviationSplitByTheTokenizerIsMatchedOverSeveralTokens() {
    assertEquals(terms(folded, "Phòng lao động thương binh xã hội"), terms(folded, "Phòng LĐ-TB&XH"));
    assertEquals(terms(folded, "Phòng lao động thương binh xã hội"), terms(folded, "Phòng LĐTBXH"));
    assertEquals(terms(folded, "Sở lao động thương binh xã hội"), terms(folded, "Sở LĐTB&XH"));
  }

  @Test
  void wordsThatOnlyContainAnAbbreviationAreLeftAlone() {
    assertAnalyzesTo(folded, "SDDX", "sddx");
    assertAnalyzesTo(folded, "y tế", "y", "te");
  }

  @Test
  void normalizeFoldsSingleTermsForWildcardsAndPrefixes() {
    assertEquals("tiem", folded.normalize("f", "TIÊM").utf8ToString());
    assertEquals("hòa", exact.normalize("f", "HOÀ").utf8ToString());
  }

  @Test
  void foldingAgreesWithTheProjectFoldOnVietnameseWords() {
    long seed = System.nanoTime();
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữự"
        + "ÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ";
    for (int i = 0; i < 5000; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + r.nextInt(7); k > 0; k--) {
        w.append(letters.charAt(r.nextInt(letters.length())));
      }
      w.append('n'); // no final y: the y/i rule is the filter's own
      String word = r.nextBoolean() ? w.toString() : java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD);
      assertEquals(org.kehoach.text.Fold.fold(word), VietnameseFoldingFilter.key(word),
          () -> "seed " + seed + ": '" + word + "'");
    }
  }

  @Test
  void randomInputKeepsTheStreamContract() {
    long seed = System.nanoTime();
    TokenStreams.checkRandomData(folded, seed, 500);
    TokenStreams.checkRandomData(exact, seed, 500);
  }
}
