package org.kehoach.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz checks of {@link Targets} on seeded random input built from the pieces plan text is made of
 * (section numbers, type words, dates, amounts, legacy-font bytes, combining marks, tabs, stray control and
 * surrogate characters). This is the short run in every {@code mvn test}; {@link TextFuzzTest} is the
 * coverage-guided one. Every failure message carries the seed and the case number, so it can be replayed:
 * {@code -Dkehoach.fuzz.seed=N}.
 */
class RandomTextTest {
  private static final long SEED = Long.getLong("kehoach.fuzz.seed", 20_241_122L);
  private static final int CASES = Integer.getInteger("kehoach.fuzz.cases", 300);

  private static final String[] PIECES = {
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "Kế hoạch", "I.", "II.", "III", "IV.", "1.", "2.1.", "a)", "b)", "-", "+", "*", "•",
    "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "KINH PHÍ", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
    "Số: 43/KH-UBND", "Căn cứ", "ngày", "tháng", "năm", "12", "02", "2024", "16/02/2022", "10/5", "31.12.2025",
    "100%", "95,5%", "684.000.000", "1.5", "6,5", "đồng", "triệu", "tỷ", "Sáu trăm tám tư triệu đồng chẵn",
    "mười lăm", "hai mươi mốt", "không trăm linh năm", "trẻ em", "Ủy", "Uỷ", "hoà", "hòa", "Đ", "Ð", "\u0303",
    "\u0309", "e\u0302\u0301", "\uFFFD", "\u00AD", "Thùc hiÖn", "Ch\u00ADing tr×nh", "Thöïc hieän", "\t", "\n",
    "\n\n", "\r\n", "\f", " ", "  ", "…", "\"", "(", ")", ":", ";", "$\\geq 95\\%$", "**", "[footnoteRef:1]",
    "\u0000", "\uD83D\uDE00", "\uD800", "\uDC00", "\u200B", "\u00A0", "Page 3", "- 3 -"
  };

  @Test
  void theTextComponentsKeepTheirInvariantsOnRandomPlanLikeText() {
    Random seeds = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      try {
        String text = text(r, r.nextInt(400));
        List<String> pages = new ArrayList<>();
        for (int p = r.nextInt(4); p >= 0; p--) {
          pages.add(text(r, r.nextInt(80)));
        }
        Targets.normalizer(pages, r.nextBoolean());
        Targets.legacy(bytes(r, r.nextInt(600)), text);
        Targets.segmenter(text);
        Targets.values(text, r.nextInt(), r.nextInt());
        Targets.values(PIECES[r.nextInt(PIECES.length)], r.nextInt(), r.nextInt());
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("case " + i + " (seed " + seed + ", run seed " + SEED + "): " + e, e);
      }
    }
  }

  private static String text(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (r.nextInt(10) == 0) {
        sb.append((char) r.nextInt(0x2000));
      } else {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  /** Bytes that look like legacy-font text most of the time: ASCII letters and high Latin-1 bytes. */
  private static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(4);
      b[i] = (byte) (k == 0 ? 0x80 + r.nextInt(0x80) : k == 1 ? r.nextInt(0x100) : 'a' + r.nextInt(26));
    }
    return b;
  }
}
