package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.nlp.RuleEngine;
import org.kehoach.model.PageLocator;

/**
 * The gates of {@code values.rules} and {@code cues.rules} drop no match: the extractor runs with engines
 * that also run the rules ungated and fail on any difference, over the corpus and over random text made of
 * numbers, units, cue words and the words around them.
 */
class TargetGatesTest {
  private static final String[] PIECES = {
    "giảm", "tỷ lệ", "tỉ suất", "trẻ em", "dưới", "5", "tuổi", "xuống", "còn", "6,5", "trẻ", "/", "1.000", "1000",
    "100.000", "%", "phần trăm", "‰", "đạt", "trở lên", "trở xuống", "từ", "đến", "tới", "-", "–", "năm", "2025", "2030",
    "vào", "hết", "cuối", "và", ",", ";", ":", ".", "(", ")", "≥", "≤", ">", "<", "=", "duy trì", "giữ", "ổn định",
    "phấn đấu", "Chỉ tiêu", "mục tiêu", "3", "300", "triệu", "tỷ", "nghìn", "đồng", "đ", "VNĐ", "684.000.000", "khoảng",
    "gần", "xấp xỉ", "hộ", "người", "ca", "học sinh", "gia đình", "Quỹ", "ủng hộ", "kinh phí", "ngân sách", "không quá",
    "không vượt quá", "không dưới", "ít nhất", "tối thiểu", "tối đa", "là", "bằng", "ở mức", "mức", "lên", "tăng",
    "nâng cao", "tăng cường", "giảm nghèo", "hạ tầng", "kéo giảm", "giảm thiểu", "xóa bỏ", "xoá bỏ", "huy động",
    "xã hội hóa", "lần", "buổi", "tuần", "tháng", "quý", "số", "chỉ số", "trên", "hơn", "bé trai", "bé gái", "0,01",
    "09", "xã", "\n", "\n\n", "- ", "1. ", "a) ", "trong đó", "có", "đảm bảo"};

  private final TargetExtractor checked = new TargetExtractor(IndicatorResolver.none(),
      new RuleEngine(TargetExtractor.VALUES_RULES, TargetExtractor.VALUES_GATE).verifying(),
      new RuleEngine(TargetExtractor.CUES_RULES, TargetExtractor.CUES_GATE).verifying());

  @Test
  void corpusPlansGiveTheSameMatchesWithAndWithoutTheGates() {
    for (String text : GateTexts.corpus()) {
      assertDoesNotThrow(() -> checked.extract(text, 0, text.length(), 2024, PageLocator.none()));
    }
  }

  @Test
  void randomTextGivesTheSameMatchesWithAndWithoutTheGates() {
    long seed = System.nanoTime();
    System.out.println("TargetGatesTest seed " + seed);
    for (String text : GateTexts.random(new Random(seed), PIECES, 400, 50)) {
      assertDoesNotThrow(() -> checked.extract(text, 0, text.length(), 2024, PageLocator.none()), text);
    }
  }
}
