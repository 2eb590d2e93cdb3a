package org.kehoach.extract.deadlines;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.model.PageLocator;

/**
 * The gate of {@code deadlines.rules} drops no match: the extractor runs with an engine that also runs the
 * rules ungated and fails on any difference, over the corpus and over random text made of dates, cues,
 * document numbers and the nouns the rules look for. Nor does skipping the paragraphs that cannot hold a due
 * date: the extractor gives what it gives when it matches every paragraph that holds a date.
 */
class DeadlineGatesTest {
  private static final String[] PIECES = {
    "trước", "ngày", "10/5", "30/6/2024", "ngày 15 tháng 12 năm 2024", "15/3", "chậm nhất", "muộn nhất", "là", "vào",
    "trong", "xong", ":", ",", ";", "và", "hoặc", "hạn chót", "hạn cuối", "hạn nộp", "thời hạn", "Thời hạn", "hoàn thành",
    "17", "giờ", "30", "phút", "16h00", "h", "đến", "tới", "hết", "-", "–", "từ", "tính", "tính đến", "Quyết định",
    "2996/QĐ-UBND", "05/2015/TTLT-BTP-BCA-BYT", "số", "43/KH-UBND", "26-NQ/TU", "QĐ", "UBND", "/", "báo cáo", "kế hoạch",
    "hồ sơ", "danh sách", "dự toán", "đề xuất", "gửi", "nộp", "Sở Y tế", "thực hiện", "kéo dài", "\n", "\n\n", "- ",
    "năm 2025", "2025", "(", ")", "."};

  private final DeadlineExtractor checked =
      new DeadlineExtractor(new RuleEngine(List.of(DeadlineExtractor.NUMBER_RULES, DeadlineExtractor.RULES),
          DeadlineExtractor.GATE).verifying());

  @Test
  void corpusPlansGiveTheSameMatchesWithAndWithoutTheGate() {
    for (String text : GateTexts.corpus()) {
      assertDoesNotThrow(() -> checked.extract(text, 0, text.length(), 2024, PageLocator.none()));
    }
  }

  @Test
  void randomTextGivesTheSameMatchesWithAndWithoutTheGate() {
    long seed = System.nanoTime();
    System.out.println("DeadlineGatesTest seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 400, 50)) {
      assertDoesNotThrow(() -> checked.extract(text, 0, text.length(), 2024, PageLocator.none()), text);
    }
  }

  private final DeadlineExtractor everyParagraph = new DeadlineExtractor(
      new RuleEngine(List.of(DeadlineExtractor.NUMBER_RULES, DeadlineExtractor.RULES), DeadlineExtractor.GATE), true);
  private final DeadlineExtractor skipping = new DeadlineExtractor();

  @Test
  void corpusPlansGiveTheSameDeadlinesWhenParagraphsWithoutCuesAreSkipped() {
    for (String text : GateTexts.corpus()) {
      assertEquals(everyParagraph.extract(text, 0, text.length(), 2024, PageLocator.none()),
          skipping.extract(text, 0, text.length(), 2024, PageLocator.none()));
    }
  }

  @Test
  void randomTextGivesTheSameDeadlinesWhenParagraphsWithoutCuesAreSkipped() {
    long seed = System.nanoTime();
    System.out.println("DeadlineGatesTest skip seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 1000, 50)) {
      assertEquals(everyParagraph.extract(text, 0, text.length(), 2024, PageLocator.none()),
          skipping.extract(text, 0, text.length(), 2024, PageLocator.none()), text);
    }
  }

  @Test
  void cuesAsFarBeforeTheirDateAsTheRulesAllowAreNotSkipped() {
    for (String text : List.of("Báo cáo gửi chậm nhất là vào 17 giờ 30 phút, ngày 10/5.",
        "Thời hạn nộp hồ sơ dự thi: ngày 30/9.", "Đợt 1 thực hiện từ ngày 15/3 đến hết ngày 15/4.",
        "Kế hoạch kéo dài đến hết ngày 30/6.")) {
      List<?> found = skipping.extract(text, 0, text.length(), 2024, PageLocator.none());
      assertFalse(found.isEmpty(), text);
      assertEquals(everyParagraph.extract(text, 0, text.length(), 2024, PageLocator.none()), found, text);
    }
  }
}
