package org.kehoach.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
