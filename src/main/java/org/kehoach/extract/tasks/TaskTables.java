package org.kehoach.extract.tasks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kehoach.extract.tasks.TaskLabels.Label;
import org.kehoach.text.ToneNormalizer;

/**
 * Finds task tables as the Office readers give them: one cell per line, each cell line starting with a tab
 * (a second paragraph of a cell follows on its own line without a tab), an empty cell as a bare tab, a blank
 * line after each row; or one row per line with its cells separated by tabs. A table starts at a header row
 * with a task column ("Nội dung", "Nhiệm vụ") and a lead column ("Cơ quan chủ trì", "Đơn vị thực hiện");
 * lead, partner and timeline headers are recognised by {@link TaskLabels} as if they ended with ':'. The rows
 * after it with as many cells as the header are its rows; it ends at the first line that is not part of a
 * row. Immutable and thread-safe.
 */
final class TaskTables {
  static final String COLUMNS = "org/kehoach/extract/tasks/table-columns.txt";
  /** A number cell of a task row: "1", "2.", "1.2", "1.2."; group rows ("I", "A") have none. */
  private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");
  /** Words of a header cell, split on anything that is not a letter or digit: "Số TT" → [số, tt]. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

  /** What a column holds. */
  enum Column { NUMBER, CONTENT, LEAD, EXECUTOR, PARTNER, TIMELINE, OTHER }

  /** One cell: the half-open range of its text, trimmed. */
  record Cell(int start, int end) {}

  /** One row with its cells. */
  record Row(int start, int end, List<Cell> cells) {}

  /** A table: what each column holds and the rows under the header. */
  record Table(int start, int end, List<Column> columns, List<Row> rows) {}

  private final TaskLabels labels;
  private final Map<Column, List<List<String>>> headers;

  TaskTables(TaskLabels labels) {
    this.labels = Objects.requireNonNull(labels, "labels");
    this.headers = loadHeaders();
  }

  /** The task tables of {@code text[from, to)}, in text order. */
  List<Table> find(String text, int from, int to) {
    List<Row> rows = rows(text, from, to);
    List<Table> out = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      List<Column> columns = header(text, rows.get(i));
      if (columns == null) {
        i++;
        continue;
      }
      List<Row> body = new ArrayList<>();
      int j = i + 1;
      while (j < rows.size() && text.substring(rows.get(j - 1).end(), rows.get(j).start()).isBlank()) {
        if (rows.get(j).cells().size() == columns.size()) {
          body.add(rows.get(j));
        }
        j++;
      }
      out.add(new Table(rows.get(i).start(), rows.get(j - 1).end(), List.copyOf(columns), List.copyOf(body)));
      i = j;
    }
    return out;
  }

  /** The columns of a header row, or null when the row is not the header of a task table. */
  private List<Column> header(String text, Row row) {
    if (row.cells().size() < 2) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    for (Cell c : row.cells()) {
      columns.add(column(text.substring(c.start(), c.end())));
    }
    boolean content = columns.contains(Column.CONTENT);
    boolean lead = columns.contains(Column.LEAD) || columns.contains(Column.EXECUTOR);
    return content && lead ? columns : null;
  }

  private Column column(String cell) {
    List<String> words = words(cell);
    for (Map.Entry<Column, List<List<String>>> e : headers.entrySet()) {
      for (List<String> phrase : e.getValue()) {
        if (words.size() >= phrase.size() && words.subList(0, phrase.size()).equals(phrase)
            && (e.getKey() != Column.NUMBER || words.size() == phrase.size())) {
          return e.getKey();
        }
      }
    }
    String label = cell.strip() + ":";
    List<Label> found = labels.find(label, 0, label.length());
    if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).valueStart() == label.length()) {
      return Column.valueOf(found.get(0).field().name());
    }
    return Column.OTHER;
  }

  /** Rows of cell lines (tab-led lines up to a blank line) and of tab-separated lines, in text order. */
  static List<Row> rows(String text, int from, int to) {
    List<Row> out = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    int pos = from;
    int nextTab = text.indexOf('\t', from);
    while (pos < to) {
      int lineEnd = text.indexOf('\n', pos);
      lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
      if (nextTab >= 0 && nextTab < pos) {
        nextTab = text.indexOf('\t', pos);
      }
      // most lines hold no tab: they are neither rows nor cells, and their one "cell" would not be read
      List<Cell> inLine = nextTab >= 0 && nextTab < lineEnd ? tabCells(text, pos, lineEnd) : List.of();
      if (isBlank(text, pos, lineEnd) && (pos == lineEnd || text.charAt(pos) != '\t')) {
        flush(out, cells);
      } else if (inLine.size() >= 2) {
        flush(out, cells);
        out.add(new Row(pos, lineEnd, inLine));
      } else if (text.charAt(pos) == '\t') {
        cells.add(inLine.isEmpty() ? new Cell(lineEnd, lineEnd) : inLine.get(0));
      } else if (!cells.isEmpty()) {
        Cell last = cells.remove(cells.size() - 1); // a second paragraph of the cell
        cells.add(new Cell(last.start() == last.end() ? trimStart(text, pos) : last.start(), trimEnd(text, lineEnd)));
      }
      pos = lineEnd + 1;
    }
    flush(out, cells);
    return out;
  }

  private static void flush(List<Row> out, List<Cell> cells) {
    if (!cells.isEmpty()) {
      int start = cells.get(0).start(); // the first cell, not the tab before it
      out.add(new Row(start, Math.max(start, cells.get(cells.size() - 1).end()), List.copyOf(cells)));
      cells.clear();
    }
  }

  /** The non-empty tab-separated cells of one line, trimmed. */
  private static List<Cell> tabCells(String text, int from, int to) {
    List<Cell> out = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == '\t') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          out.add(new Cell(s, e));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int trimStart(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int i) {
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static boolean isRowNumber(String cell) {
    return ROW_NUMBER.matcher(cell.strip()).matches();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(ToneNormalizer.normalize(s).toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static Map<Column, List<List<String>>> loadHeaders() {
    InputStream in = TaskTables.class.getClassLoader().getResourceAsStream(COLUMNS);
    if (in == null) {
      throw new IllegalArgumentException("table header list not found on the classpath: " + COLUMNS);
    }
    Map<Column, List<List<String>>> out = new EnumMap<>(Column.class);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2) {
          throw new IllegalArgumentException(COLUMNS + ":" + n + ": expected 'role<TAB>phrase', got '" + line + "'");
        }
        out.computeIfAbsent(Column.valueOf(cells[0].strip()), k -> new ArrayList<>()).add(words(cells[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COLUMNS, e);
    }
    return Map.copyOf(out);
  }
}
