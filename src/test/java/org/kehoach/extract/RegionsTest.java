package org.kehoach.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.model.Span;
import org.kehoach.text.Fold;

/**
 * {@link Regions#foldStartsWith} answers as folding the whole slice and testing its start does, on every line
 * and paragraph of the corpus and on random texts mixing toned words, spaces, marks and characters the fold
 * table lacks.
 */
class RegionsTest {
  private static final String[] PIECES = {
    "Mục", "mục", "MỤC", "tiêu", "TIÊU", "Tiêu", "muc", "tieu", "Mục tiêu", "mục tiêu:", "1.1.", "a)", " ", "  ", "\n",
    "\t", "\u00A0", "\u2003", "u\u0300", "\u0301", "Đ", "đ", "Σ", "ς", "\u0903", "\uD835\uDC00", "ｍ", "İ", "chung", ":",
    "-", "\u2013", "giảm", "tỷ lệ", "m", "mu", "muc t", "c t"};
  private static final String[] PREFIXES = {"muc tieu", "muc", "m", "muc tieu ", " muc", "", "c t", "mu c"};

  private static void check(String text) {
    for (int start = 0; start <= text.length(); start += 1 + start / 7) {
      for (int end = start; end <= text.length(); end += 1 + (end - start) / 3) {
        Span span = new Span(start, end, null);
        for (String prefix : PREFIXES) {
          assertEquals(Fold.fold(text.substring(start, end)).startsWith(prefix),
              Regions.foldStartsWith(text, span, prefix), () -> "'" + prefix + "' in '" + span + "' of " + text);
        }
      }
    }
  }

  @Test
  void objectiveHeadsAreFoundWhateverTheirSpelling() {
    String text = "  MỤC   TIÊU: giảm\n1.1. Mục\u00A0tiêu cụ thể\nMục tiểu";
    assertTrue(Regions.foldStartsWith(text, new Span(0, 20, null), "muc tieu"));
    assertTrue(Regions.foldStartsWith(text, new Span(24, 40, null), "muc tieu"));
    assertFalse(Regions.foldStartsWith(text, new Span(4, 20, null), "muc tieu"));
    assertFalse(Regions.foldStartsWith(text, new Span(0, 8, null), "muc tieu"));
    assertFalse(Regions.foldStartsWith(text, null, "muc tieu"));
  }

  @Test
  void corpusLinesGiveWhatTheWholeFoldGives() {
    for (String plan : GateTexts.corpus()) {
      int lineStart = 0;
      for (int i = 0; i <= plan.length(); i++) {
        if (i == plan.length() || plan.charAt(i) == '\n') {
          Span line = new Span(lineStart, i, null);
          for (String prefix : PREFIXES) {
            assertEquals(Fold.fold(plan.substring(lineStart, i)).startsWith(prefix),
                Regions.foldStartsWith(plan, line, prefix), plan.substring(lineStart, i));
          }
          lineStart = i + 1;
        }
      }
      for (int[] p : GateTexts.paragraphs(plan)) {
        Span para = new Span(p[0], p[1], null);
        assertEquals(Fold.fold(plan.substring(p[0], p[1])).startsWith("muc tieu"),
            Regions.foldStartsWith(plan, para, "muc tieu"));
      }
    }
  }

  @Test
  void randomTextsGiveWhatTheWholeFoldGives() {
    long seed = System.nanoTime();
    System.out.println("RegionsTest seed " + seed);
    List<String> texts = GateTexts.random(new Random(seed), PIECES, 400, 8);
    texts.forEach(RegionsTest::check);
  }
}
