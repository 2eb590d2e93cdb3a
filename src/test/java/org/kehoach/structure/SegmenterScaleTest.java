package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kehoach.model.PlanStructure;

/** Large and degenerate inputs stay fast: every step is linear in the number of lines. */
class SegmenterScaleTest {
  private static final Segmenter SEGMENTER = new Segmenter();

  @Test
  void segmentsAHugePlanQuickly() {
    StringBuilder sb = new StringBuilder("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2024\n");
    for (int s = 1; s <= 30; s++) {
      sb.append(HeadingPatternsRoman.of(s)).append(". NHIỆM VỤ\n");
      for (int i = 1; i <= 600; i++) {
        sb.append(i % 99 + 1).append(". Nhiệm vụ số ").append(i).append(" của đơn vị\n");
        sb.append("- Nội dung chi tiết thực hiện nhiệm vụ với nhiều chữ để dài dòng hơn một chút;\n");
        sb.append("+ Bước thực hiện cụ thể.\n");
      }
    }
    String text = sb.toString();
    PlanStructure s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SEGMENTER.segment(text));
    assertEquals(30, s.sections().size());
    assertEquals(600, s.sections().get(0).items().size());
  }

  @Test
  void survivesOneEnormousLine() {
    String line = "Số: " + "1 ".repeat(400_000) + "Hà Nội, ngày 1 tháng 1 năm 2024 " + "Trang chủ > ".repeat(50_000);
    PlanStructure s = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SEGMENTER.segment(line));
    StructureInvariants.check(line, s);
  }

  /** Roman numerals for the generator above. */
  private static final class HeadingPatternsRoman {
    static String of(int n) {
      String[] tens = {"", "X", "XX", "XXX"};
      String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
      return tens[n / 10] + ones[n % 10];
    }
  }
}
