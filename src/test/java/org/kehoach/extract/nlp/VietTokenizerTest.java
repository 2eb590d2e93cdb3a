package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VietTokenizerTest {
  private final VietTokenizer tokenizer = new VietTokenizer();

  private String words(String s) {
    return tokenizer.tokenize(s).stream().map(CoreLabel::word).collect(Collectors.joining("|"));
  }

  @Test
  void keepsVietnameseNumbersWhole() {
    assertEquals("giảm|xuống|550|/|100.000|trẻ|em", words("giảm xuống 550/100.000 trẻ em"));
    assertEquals("6,5|trẻ|/|1.000", words("6,5 trẻ/1.000"));
    assertEquals("đạt|99,5|%|.", words("đạt 99,5%."));
    assertEquals("684.000.000|đ", words("684.000.000đ"));
    assertEquals("5|-|10|%", words("5-10%"));
  }

  @Test
  void splitsCodesAndAbbreviationsAtSymbols() {
    assertEquals("43|/|KH|-|UBND", words("43/KH-UBND"));
    assertEquals("Phòng|LĐ|-|TB|&|XH", words("Phòng LĐ-TB&XH"));
  }

  @Test
  void offsetsPointIntoTheTextAndLemmaIsFolded() {
    String s = "  Tỷ lệ ĐẠT 91%";
    List<CoreLabel> t = tokenizer.tokenize(s);
    CoreLabel dat = t.get(2);
    assertEquals("ĐẠT", s.substring(dat.beginPosition(), dat.endPosition()));
    assertEquals("dat", dat.lemma());
    assertEquals(TokenShape.NUMBER.name(), t.get(3).get(CoreAnnotations.ShapeAnnotation.class));
  }

  @Test
  void keepsDecomposedSyllablesInOneToken() {
    assertEquals(1, tokenizer.tokenize("gio\u0309i").size());
  }

  @Test
  void lemmaIsTheFoldOfTheToken() {
    for (char c = 0; c < 0x2000; c++) {
      String w = String.valueOf(c);
      assertEquals(org.kehoach.text.Fold.fold(w), VietTokenizer.lemma(w), "char " + (int) c);
    }
    String viet = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐÐð0123456789-/&";
    String marks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 20000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(10);
        sb.append(pick < 7 ? viet.charAt(random.nextInt(viet.length()))
            : pick < 8 ? marks.charAt(random.nextInt(marks.length())) : (char) random.nextInt(0x2000));
      }
      String w = sb.toString();
      assertEquals(org.kehoach.text.Fold.fold(w), VietTokenizer.lemma(w), w);
      // read from inside a longer text: the fold, or null when the word is its own fold
      String around = "Kế " + w + " hoạch";
      String inText = VietTokenizer.lemma(around, 3, 3 + w.length());
      assertEquals(org.kehoach.text.Fold.fold(w), inText == null ? w : inText, w);
      assertTrue(inText == null || !inText.equals(w), w);
    }
    assertEquals("dat", VietTokenizer.lemma("ĐẠT"));
    assertEquals("qd19", VietTokenizer.lemma("QĐ19"));
    assertEquals("uy", VietTokenizer.lemma("Uỷ"));
  }

  @Test
  void characterClassesAreThoseOfCharacter() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int cls = VietTokenizer.classOf(c);
      assertEquals(Character.isWhitespace(c), (cls & VietTokenizer.WHITESPACE) != 0, "whitespace " + i);
      assertEquals(Character.isLetter(c), (cls & VietTokenizer.LETTER) != 0, "letter " + i);
      assertEquals(Character.isDigit(c), (cls & VietTokenizer.DIGIT) != 0, "digit " + i);
      assertEquals(Character.isLetterOrDigit(c), (cls & (VietTokenizer.LETTER | VietTokenizer.DIGIT)) != 0, "alnum " + i);
      assertEquals(Character.getType(c) == Character.NON_SPACING_MARK, (cls & VietTokenizer.MARK) != 0, "mark " + i);
    }
  }
}
