package org.kehoach.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the gazetteer TSV dialect read by {@link TsvReader}: comment lines, a header, then rows. Cells may
 * not contain tabs or line breaks; list cells are joined with {@code " | "}.
 */
public final class TsvWriter {
  private final Writer out;
  private final int columns;

  /** Writes {@code comments} (each prefixed with {@code "# "}) and the header to {@code out}. */
  public TsvWriter(Writer out, List<String> comments, List<String> header) throws IOException {
    this.out = out;
    this.columns = header.size();
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    row(header);
  }

  /** Writes one row; it must have as many cells as the header. */
  public void row(List<String> cells) throws IOException {
    if (cells.size() != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (c.indexOf('\t') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("cell contains a tab or line break: '" + c + "'");
      }
      if (i > 0) {
        sb.append('\t');
      }
      sb.append(c);
    }
    out.write(sb.append('\n').toString());
  }

  /** Joins list items for a multi-valued cell; items may not contain the separator. */
  public static String joinList(List<String> items) {
    for (String item : items) {
      if (item.indexOf(TsvRow.LIST_SEPARATOR) >= 0) {
        throw new IllegalArgumentException("list item contains '|': '" + item + "'");
      }
    }
    return String.join(" | ", items);
  }
}
