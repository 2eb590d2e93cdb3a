package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fires random paged text built from the pieces real documents are made of at every filter and at the
 * whole chain, and checks what must hold for any input: no exception, the page count kept, page starts in
 * order and inside the text, and the character filters idempotent. The seed is in every failure message.
 */
class TextFilterInvariantsTest {
  private static final String[] PIECES = {
    "Kế hoạch", "trẻ em", "Ủy ban nhân dân", "**", "*", "$\\geq 5\\%$", "$", "\\", "\uFFFD", "\u00A0", "\t",
    "\r\n", "\n", "\n\n", "\n\n\n", " ", "  ", "[footnoteRef:1]", "Nơi nhận:", "- ", "+ ", "1. ", "II. ",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND", "An Phú, ngày 2 tháng 3 năm 2024",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nguyễn Văn An", "2", "6,5% 1;", "1qua Phòng", "KH-", "UBND", "2021-",
    "ĐC", "BÀT", "P.T", "e\u0303", "\u00D0", "đạt 95%.", "như sau:", "Căn cứ", "x", "\u200B"
  };

  @Test
  void everyFilterKeepsThePageMapSound() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    List<TextFilter> filters = new ArrayList<>(StandardFilters.chain());
    Normalizer chain = Normalizer.standard();
    for (int round = 0; round < 300; round++) {
      PagedText in = randomText(r);
      String where = "seed " + seed + ", round " + round;
      for (TextFilter f : filters) {
        checkPages(in, f.apply(in), where + ", " + f.getClass().getSimpleName());
      }
      checkPages(in, chain.normalize(in), where + ", chain");
    }
  }

  @Test
  void characterFiltersAreIdempotent() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    List<TextFilter> filters = List.of(
        new NfcFilter(), new EthFilter(), new ReplacementCharFilter(), new WhitespaceFilter(), new BlankLineFilter());
    for (int round = 0; round < 300; round++) {
      PagedText in = randomText(r);
      for (TextFilter f : filters) {
        PagedText once = f.apply(in);
        assertEquals(once, f.apply(once), "seed " + seed + ", round " + round + ", " + f.getClass().getSimpleName());
      }
    }
  }

  private static void checkPages(PagedText in, PagedText out, String where) {
    assertEquals(in.pageCount(), out.pageCount(), where);
    int previous = 0;
    for (int p = 1; p <= out.pageCount(); p++) {
      int start = out.pageStart(p);
      assertTrue(start >= previous && start <= out.length(), where + ": page " + p + " starts at " + start);
      previous = start;
    }
  }

  private static PagedText randomText(Random r) {
    int pages = r.nextInt(4);
    List<String> list = new ArrayList<>();
    for (int p = 0; p < Math.max(pages, 1); p++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextBoolean()) {
          sb.append(' ');
        }
      }
      list.add(sb.toString());
    }
    return pages == 0 ? PagedText.unpaged(list.get(0)) : PagedText.ofPages(list);
  }
}
