package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row of a gazetteer TSV file, with its origin for error messages. Cells are looked up by the
 * column names of the file's header.
 */
public record TsvRow(String source, int line, Map<String, Integer> columns, List<String> cells) {
  /** The separator of multi-valued cells (aliases, variants, synonyms). */
  public static final char LIST_SEPARATOR = '|';

  public TsvRow {
    columns = Map.copyOf(columns);
    cells = List.copyOf(cells);
  }

  /** The trimmed cell of {@code column}; empty when blank. */
  public String get(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column '" + column + "' in " + source);
    }
    return cells.get(i).strip();
  }

  /** The cell of {@code column}, which must not be blank. */
  public String required(String column) {
    String v = get(column);
    if (v.isEmpty()) {
      throw error("column '" + column + "' is empty");
    }
    return v;
  }

  /** The cell of {@code column} split on {@code |}, items trimmed, blanks dropped. */
  public List<String> list(String column) {
    return splitList(get(column));
  }

  /** A format error located at this row. */
  public GazetteerFormatException error(String problem) {
    return new GazetteerFormatException(source, line, problem);
  }

  /** Splits a multi-valued cell on {@code |}, trimming items and dropping blanks. */
  public static List<String> splitList(String cell) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= cell.length()) {
      int bar = cell.indexOf(LIST_SEPARATOR, from);
      int to = bar < 0 ? cell.length() : bar;
      String item = cell.substring(from, to).strip();
      if (!item.isEmpty()) {
        out.add(item);
      }
      from = to + 1;
    }
    return List.copyOf(out);
  }
}
