package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Target;

/** Random sentences made of target vocabulary: the extractor must not fail and its output must hold. */
class TargetFuzzTest {
  private static final String[] PIECES = {
      "giảm", "tỷ lệ", "trẻ em", "dưới", "5", "tuổi", "xuống", "còn", "6,5", "trẻ", "/", "1.000", "100.000",
      "%", "đạt", "trở lên", "từ", "đến", "-", "năm", "2025", "vào", "và", ",", ";", ":", ".", "(", ")",
      "≥", "duy trì", "phấn đấu", "Chỉ tiêu", "3", "300", "triệu", "đồng", "đ", "684.000.000", "khoảng",
      "hộ", "Quỹ", "kinh phí", "không quá", "tối đa", "\n", "\n\n", "- ", "lên", "0,01", "09", "xã", "‰"};

  @Test
  void randomSentencesKeepTheInvariants() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    TargetExtractor extractor = new TargetExtractor(IndicatorResolver.none());
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder("Mở đầu. ");
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.append(" Kết thúc.").toString();
      int from = 8;
      int to = text.length() - 10;
      String where = "seed " + seed + ", round " + round + ": " + text;
      List<Target> got = assertDoesNotThrow(() -> extractor.extract(text, from, to, 2024, PageLocator.none()), where);
      for (Target t : got) {
        assertTrue(t.span().start() >= from && t.span().end() <= to && t.span().length() > 0, where);
        assertTrue(!t.name().isBlank() && !t.text().isBlank(), where);
        assertTrue(t.valueMax() == null || t.valueMax() >= t.value(), where);
        assertTrue(t.year() != null && t.year() >= 2024, where);
      }
    }
  }
}
