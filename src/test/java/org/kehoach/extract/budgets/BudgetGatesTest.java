package org.kehoach.extract.budgets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.model.PageLocator;

/**
 * {@code budgets.rules} run rule by rule on the tokens each rule can use, and its rule anchored at the end of
 * the sequence ("Tổng: 300 triệu") on the whole of it, give what the whole extractor gives: the extractor
 * runs with an engine that checks so, over the corpus and over random text made of amounts and sources.
 */
class BudgetGatesTest {
  private static final String[] PIECES = {
    "Tổng kinh phí", "kinh phí", "thực hiện", "Dự kiến", "dự toán", "Tổng cộng", ":", "300", "triệu", "tỷ", "nghìn", "đồng",
    "đ", "VNĐ", "684.000.000", "1,5", "1.250.000.000", "(", ")", ".", ",", ";", "trong đó", "bao gồm", "cụ thể", "chi tiết",
    "phân bổ như sau", "ngân sách", "Trung ương", "tỉnh", "huyện", "xã", "cấp", "và", "các nguồn", "huy động", "hợp pháp",
    "khác", "xã hội hóa", "nguồn", "tài trợ", "vốn ODA", "hoạt động", "thường xuyên", "sự nghiệp", "phấn đấu", "đạt", "đất",
    "\n", "\n+ ", "\n- ", "a)", "05 đồng chí", "/người"};

  private final BudgetExtractor checked = new BudgetExtractor(new RuleEngine(BudgetExtractor.RULES).verifying());

  @Test
  void corpusPlansGiveTheSameMatchesAsTheWholeExtractor() {
    for (String text : GateTexts.corpus()) {
      assertDoesNotThrow(() -> checked.findings(text, 0, text.length(), PageLocator.none()));
    }
  }

  @Test
  void randomTextGivesTheSameMatchesAsTheWholeExtractor() {
    long seed = System.nanoTime();
    System.out.println("BudgetGatesTest seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 400, 40)) {
      assertDoesNotThrow(() -> checked.findings(text, 0, text.length(), PageLocator.none()), text);
    }
  }
}
