package org.kehoach.extract.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;

/**
 * {@link VietDates#find} tries its patterns only where a date can start; it must find what trying them at
 * every position finds ({@link Matcher#find()}), here written out as the reference, over the corpus and over
 * random text made of dates, their words in any case and their neighbours.
 */
class VietDatesScanTest {
  private static final String[] PIECES = {
    "ngày", "Ngày", "NGÀY", "ngay", "tháng", "THÁNG", "năm", "Năm", "15", "02", "2", "2024", "2025", "1/6", "10/5",
    "30/6/2024", "16-02-2022", "16.02.2022", "6,5", "1.000", "/", ".", "-", ",", "…", "_", " ", "\n", "hằng năm",
    "trước", "số", "43/KH-UBND", "12/5/20245", "3/4/5", "ngàyy", "nNgày", "\u00A0"};

  /** The dates as the extractor found them before it skipped positions. */
  private static List<VietDates.Found> reference(String text, int from, int to) {
    List<VietDates.Found> out = new ArrayList<>();
    CharSequence region = text.subSequence(from, to);
    Matcher m = VietDates.WORDS.matcher(region);
    while (m.find()) {
      out.add(new VietDates.Found(new PartialDate(Integer.valueOf(m.group(3)), number(m.group(2)),
          number(m.group(1))), from + m.start(), from + m.end(), true));
    }
    m = VietDates.NUMERIC.matcher(region);
    while (m.find()) {
      if (!overlaps(out, from + m.start(), from + m.end())) {
        out.add(new VietDates.Found(new PartialDate(Integer.valueOf(m.group(4)), Integer.valueOf(m.group(3)),
            Integer.valueOf(m.group(1))), from + m.start(), from + m.end(), true));
      }
    }
    for (Pattern p : List.of(VietDates.DAY_MONTH_WORDS, VietDates.DAY_MONTH)) {
      m = p.matcher(region);
      while (m.find()) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (!overlaps(out, from + m.start(), from + m.end()) && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
          out.add(new VietDates.Found(new PartialDate(null, month, day), from + m.start(), from + m.end(), false));
        }
      }
    }
    out.sort(Comparator.comparingInt(VietDates.Found::start));
    return out;
  }

  private static boolean overlaps(List<VietDates.Found> found, int start, int end) {
    return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
  }

  private static Integer number(String s) {
    String t = s.trim();
    return t.isEmpty() || !Character.isDigit(t.charAt(0)) ? null : Integer.valueOf(t);
  }

  @Test
  void findsWhatTryingEveryPositionFinds() {
    for (String text : GateTexts.corpus()) {
      assertEquals(reference(text, 0, text.length()), VietDates.find(text, 0, text.length()));
      int mid = text.length() / 3;
      assertEquals(reference(text, mid, text.length()), VietDates.find(text, mid, text.length()));
    }
  }

  @Test
  void randomTextFindsWhatTryingEveryPositionFinds() {
    long seed = System.nanoTime();
    System.out.println("VietDatesScanTest seed " + seed);
    Random random = new Random(seed);
    for (String text : GateTexts.random(random, PIECES, 2000, 30)) {
      int from = text.isEmpty() ? 0 : random.nextInt(Math.min(3, text.length()) + 1);
      assertEquals(reference(text, from, text.length()), VietDates.find(text, from, text.length()), text);
    }
  }

  @Test
  void ngayTestAgreesWithTheRegexEngineOnEveryCharacter() {
    Pattern ngay = Pattern.compile("(?iu)ngày");
    for (int at = 0; at < 4; at++) {
      for (char c = 0; c < Character.MAX_VALUE; c++) {
        StringBuilder b = new StringBuilder("xngày").append(' ');
        b.setCharAt(1 + at, c);
        String s = b.toString();
        assertEquals(ngay.matcher(s).region(1, s.length()).lookingAt(), VietDates.startsNgay(s.toCharArray(), 1), s);
      }
    }
    assertEquals(false, VietDates.startsNgay("ngà".toCharArray(), 0));
  }
}
