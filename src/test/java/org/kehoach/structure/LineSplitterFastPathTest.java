package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kehoach.text.RandomText;
import org.kehoach.util.TestTexts;

/**
 * {@link LineSplitter} finds a cell's end and its glued-cell candidates in one walk, and {@link LineTable}
 * takes the wrap width from plain loops; both must give what the straightforward way gives, on random lines
 * and on the corpus plans. The seed is printed on failure (-Dkehoach.seed=N replays).
 */
class LineSplitterFastPathTest {
  private static final String[] PIECES = {
    "CỘNG", "CỘN", "CỘNG HÒA XÃ HỘI", "Độc lập", "độc", "ĐỘC", "Đô", "Đ", "đ", "ộc", "Nơi nhận:", "Nơi", "Nơ",
    "TM.", "KT. CHỦ TỊCH", "TL.", "Q.", "M", ".", " ", "  ", "\t", "\t\t", "\u00A0", "\r", "\u2003", "x",
    "Hồng Ngự, ngày 3", "Số: 12/KH-UBND", "các đơn vị", "C", "N"
  };

  @Test
  void oneWalkFindsTheTabAndWhatTheCellMayHold() {
    RandomText random = new RandomText(PIECES);
    for (int round = 0; round < 30_000; round++) {
      assertScanAgrees(random.next(12, 25), "seed " + random.seed());
    }
  }

  @Test
  void oneWalkAgreesOnTheCorpusLines() throws IOException {
    for (Map.Entry<String, String> plan : TestTexts.corpusPlans().entrySet()) {
      for (String line : plan.getValue().split("\n", -1)) {
        assertScanAgrees(line, plan.getKey());
      }
    }
  }

  /** Every cell start of the line: the walk stops at the next tab and answers as mayHold on the trimmed cell. */
  private static void assertScanAgrees(String line, String where) {
    String text = "a\n" + line + "\nb";
    int from = 2;
    int end = from + line.length();
    for (int start = from; start <= end; start++) {
      long scan = LineSplitter.scanCell(text, start, end);
      int tab = text.indexOf('\t', start);
      int expectedEnd = tab < 0 || tab > end ? end : tab;
      int[] cell = LineSplitter.trim(text, start, expectedEnd);
      int expected = cell == null ? 0 : LineSplitter.mayHold(text, cell[0], cell[1]);
      assertEquals(expectedEnd, (int) scan, where + ", line '" + line + "' from " + start);
      if (cell != null) {
        assertEquals(expected, (int) (scan >>> 32), where + ", line '" + line + "' from " + start);
      }
    }
  }

  @Test
  void wrapWidthIsThePercentileRuleOnSortedLengths() throws IOException {
    List<String> texts = new ArrayList<>(TestTexts.corpusPlans().values());
    RandomText random = new RandomText("x", "xxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", " ", "\n",
        "\n\n", "\t", "Mục tiêu ", "các đơn vị thực hiện ");
    for (int i = 0; i < 3_000; i++) {
      texts.add(random.next(60, 1000));
    }
    for (String text : texts) {
      LineTable table = new LineSplitter().split(text);
      assertEquals(straightforwardWrapWidth(table.all()), table.wrapWidth(), "seed " + random.seed());
    }
  }

  /** The rule as first written: a sorted stream of the physical lengths. */
  private static int straightforwardWrapWidth(List<Line> lines) {
    int[] lengths = lines.stream().filter(Line::lineStart).filter(l -> !l.isBlank())
        .mapToInt(Line::physicalLength).sorted().toArray();
    int n = lengths.length;
    if (n < 12) {
      return 0;
    }
    int p90 = lengths[(int) (n * 0.9)];
    int max = lengths[n - 1];
    long near = Arrays.stream(lengths).filter(x -> x >= p90 * 0.8 && x <= p90 * 1.05).count();
    boolean wrapped = p90 >= 40 && p90 <= 140 && max <= p90 * 1.25 && near >= 0.4 * n;
    return wrapped ? p90 : 0;
  }
}
