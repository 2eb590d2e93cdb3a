package org.kehoach.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.kehoach.text.Fold;
import org.kehoach.text.SyllableChecker;

class AbbreviationsTest {
  @Test
  void parsesRulesAndSkipsComments() throws Exception {
    Abbreviations a = Abbreviations.parse(new StringReader("# c\n\nABC => a bờ cờ\n  XYZ=>ích\n"), "t");
    assertEquals(2, a.rules().size());
    assertEquals("a bờ cờ", a.rules().get(0).expansion());
    assertEquals(4, a.rules().get(1).line());
  }

  @Test
  void malformedRuleNamesSourceAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Abbreviations.parse(new StringReader("ABC => x\nno arrow here\n"), "list.txt"));
    assertTrue(e.getMessage().startsWith("list.txt:2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Abbreviations.parse(new StringReader("ABC => x, y\n"), "list.txt"));
    assertThrows(IllegalArgumentException.class,
        () -> Abbreviations.parse(new StringReader(" => x\n"), "list.txt"));
  }

  @Test
  void oneAbbreviationWithTwoExpansionsIsRejected() throws Exception {
    Abbreviations a = Abbreviations.parse(new StringReader("ABC => một\nabc => hai\n"), "t");
    assertThrows(IllegalArgumentException.class,
        () -> new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, a).close());
  }

  @Test
  void noShippedAbbreviationFoldsToAVietnameseWord() {
    // rules match after folding, so an abbreviation that is also a word would rewrite ordinary text
    SyllableChecker checker = SyllableChecker.standard();
    assertTrue(checker.isSyllable("te", 0, 2), "the check must be able to fail");
    for (Abbreviations.Rule r : Abbreviations.standard().rules()) {
      String[] parts = Fold.fold(r.abbreviation()).split("[^\\p{L}\\p{N}]+");
      boolean allWords = true;
      for (String part : parts) {
        allWords &= checker.isSyllable(part, 0, part.length());
      }
      assertFalse(allWords, () -> "abbreviation '" + r.abbreviation() + "' folds to Vietnamese words");
    }
  }

  @Test
  void emptyListLeavesTextAlone() {
    try (Analyzer a = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, Abbreviations.none())) {
      TokenStreams.assertAnalyzesTo(a, "TNTT", "tntt");
    }
  }
}
