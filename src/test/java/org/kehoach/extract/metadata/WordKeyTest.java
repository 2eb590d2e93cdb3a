package org.kehoach.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.gazetteer.SyllableTokenizer;
import org.kehoach.text.ToneNormalizer;

/**
 * {@link Word#key}, which leaves plain ASCII words to lower-casing alone, gives the tone-normalised lower case
 * of every word of the corpus and of random words mixing ASCII, toned vowels and combining marks.
 */
class WordKeyTest {
  private static String byDefinition(String written) {
    return ToneNormalizer.normalize(written).toLowerCase(Locale.ROOT);
  }

  @Test
  void keysMoveTonesAndLowerCase() {
    assertEquals("ủy", Word.key("Uỷ"));
    assertEquals("ubnd", Word.key("UBND"));
    assertEquals("hòa", Word.key("Hoà"));
  }

  @Test
  void corpusWordsKeyAsByDefinition() {
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    for (String plan : GateTexts.corpus()) {
      for (Word w : Word.split(tokenizer, plan, 0, plan.length())) {
        assertEquals(byDefinition(plan.substring(w.start(), w.end())), w.key());
      }
    }
  }

  @Test
  void randomWordsKeyAsByDefinition() {
    long seed = System.nanoTime();
    System.out.println("WordKeyTest seed " + seed);
    Random random = new Random(seed);
    String letters = "aAeEiIoOuUyYdDgGhHnNqQtTcC0123456789áàảãạÁÀăắằẳẵặâấầẩẫậđĐêếềểễệíìỉĩịôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ"
        + "\u0300\u0301\u0303\u0309\u0323İ";
    for (int k = 0; k < 50000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int n = 1 + random.nextInt(7); n > 0; n--) {
        sb.append(letters.charAt(random.nextInt(letters.length())));
      }
      String w = sb.toString();
      assertEquals(byDefinition(w), Word.key(w), w);
    }
  }
}
