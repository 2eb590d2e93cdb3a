package org.kehoach.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kehoach.extract.nlp.GateTexts;
import org.kehoach.extract.tasks.TaskTables.Cell;
import org.kehoach.extract.tasks.TaskTables.Row;

/**
 * {@link TaskTables#rows}, which splits only the lines holding a tab into cells, finds the rows that splitting
 * every line finds, on the corpus (whole plans and ranges starting and ending anywhere) and on random text of
 * cells, tabs, blank lines and words.
 */
class TaskTableRowsTest {
  private static final String[] PIECES = {
    "\t", "\t", "\n", "\n", "\n\n", " ", "  \n", "\t\n", "1", "2.", "1.2", "I", "Nội dung", "Cơ quan chủ trì",
    "Đơn vị phối hợp", "Thời gian", "Sở Y tế", "Quý II năm 2025", "\u00A0", "\r\n", "x"};

  /** The rows as read before the fast path: every line split at its tabs. */
  private static List<Row> rowsSplittingEveryLine(String text, int from, int to) {
    List<Row> out = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    int pos = from;
    while (pos < to) {
      int lineEnd = text.indexOf('\n', pos);
      lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
      String line = text.substring(pos, lineEnd);
      List<Cell> inLine = cells(text, pos, lineEnd);
      if (line.isBlank() && !line.startsWith("\t")) {
        flush(out, cells);
      } else if (inLine.size() >= 2) {
        flush(out, cells);
        out.add(new Row(pos, lineEnd, inLine));
      } else if (line.charAt(0) == '\t') {
        cells.add(inLine.isEmpty() ? new Cell(lineEnd, lineEnd) : inLine.get(0));
      } else if (!cells.isEmpty()) {
        Cell last = cells.remove(cells.size() - 1);
        int start = pos;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        int end = lineEnd;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        cells.add(new Cell(last.start() == last.end() ? start : last.start(), end));
      }
      pos = lineEnd + 1;
    }
    flush(out, cells);
    return out;
  }

  private static void flush(List<Row> out, List<Cell> cells) {
    if (!cells.isEmpty()) {
      int start = cells.get(0).start();
      out.add(new Row(start, Math.max(start, cells.get(cells.size() - 1).end()), List.copyOf(cells)));
      cells.clear();
    }
  }

  private static List<Cell> cells(String text, int from, int to) {
    List<Cell> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '\t') {
        String cell = text.substring(start, i);
        String stripped = cell.strip();
        if (!stripped.isEmpty()) {
          int s = start + cell.indexOf(stripped);
          out.add(new Cell(s, s + stripped.length()));
        }
        start = i + 1;
      }
    }
    return out;
  }

  @Test
  void tabLedCellsAndTabSeparatedLinesAreRows() {
    String text = "Intro\n\tTT\n\tNội dung\n\tCơ quan chủ trì\n\n\t1\n\tTuyên truyền\n\tSở Y tế\n\nSTT\tNội dung\tChủ trì\n";
    List<Row> rows = TaskTables.rows(text, 0, text.length());
    assertEquals(3, rows.size());
    assertEquals(3, rows.get(2).cells().size());
    assertEquals(rowsSplittingEveryLine(text, 0, text.length()), rows);
  }

  @Test
  void corpusRowsAreThoseOfSplittingEveryLine() {
    for (String plan : GateTexts.corpus()) {
      assertEquals(rowsSplittingEveryLine(plan, 0, plan.length()), TaskTables.rows(plan, 0, plan.length()));
      for (int k = 1; k < 8; k++) {
        int from = plan.length() * k / 9;
        int to = Math.min(plan.length(), from + plan.length() / 5);
        assertEquals(rowsSplittingEveryLine(plan, from, to), TaskTables.rows(plan, from, to));
      }
    }
  }

  @Test
  void randomTextRowsAreThoseOfSplittingEveryLine() {
    long seed = System.nanoTime();
    System.out.println("TaskTableRowsTest seed " + seed);
    Random random = new Random(seed);
    for (String text : GateTexts.random(random, PIECES, 2000, 40)) {
      assertEquals(rowsSplittingEveryLine(text, 0, text.length()), TaskTables.rows(text, 0, text.length()), text);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      assertEquals(rowsSplittingEveryLine(text, from, to), TaskTables.rows(text, from, to), text);
    }
  }
}
