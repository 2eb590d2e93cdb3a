package org.kehoach.extract.legal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.nlp.PhraseLexicon;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.model.PageLocator;

/**
 * The gate of {@code legal-basis.rules} drops no match: the extractor runs with an engine that also runs the
 * rules ungated and fails on any difference, over the corpus and over random text made of document types,
 * names, "số" and document numbers.
 */
class LegalGatesTest {
  private static final String[] PIECES = {
    "Căn cứ", "Kế hoạch", "Quyết định", "Thông tư liên tịch", "Nghị định", "Luật", "Công văn", "Chỉ thị", "Trẻ em",
    "phê duyệt", "của", "Ủy ban nhân dân", "tỉnh", "số", "Số", ":", "56/KH - UBND", "10/KH-SLĐTBXH", "102/2016/QH13",
    "05/2015/TTLT-BTP-BCA-BYT", "26-NQ/TU", "2011-2015", "267", "TE&BDG", "ngày", "31/12/2024", "ngày 22 tháng 02 năm 2011",
    ",", ";", ".", "về việc", "thực hiện", "năm 2025", "\n", "\n\n", "- ", "(", ")"};

  private final LegalBasisExtractor checked = new LegalBasisExtractor(
      new RuleEngine(List.of(LegalBasisExtractor.NUMBER_RULES, LegalBasisExtractor.RULES), LegalBasisExtractor.GATE)
          .verifying(),
      PhraseLexicon.fromResource(LegalBasisExtractor.TYPES));

  @Test
  void corpusPlansGiveTheSameMatchesWithAndWithoutTheGate() {
    for (String text : GateTexts.corpus()) {
      assertDoesNotThrow(() -> checked.extract(text, 0, text.length(), PageLocator.none()));
    }
  }

  @Test
  void randomTextGivesTheSameMatchesWithAndWithoutTheGate() {
    long seed = System.nanoTime();
    System.out.println("LegalGatesTest seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 400, 40)) {
      assertDoesNotThrow(() -> checked.extract(text, 0, text.length(), PageLocator.none()), text);
    }
  }
}
