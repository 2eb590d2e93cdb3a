package org.kehoach.index.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes a {@link Sheet} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). Numbers are written plainly with a dot ("6.5", "150000000"),
 * never in exponent form. Stateless.
 */
public final class CsvWriter {
  public void write(Sheet sheet, Writer out) throws IOException {
    line(out, sheet.header().toArray());
    for (var row : sheet.rows()) {
      line(out, row.toArray());
    }
    out.flush();
  }

  private static void line(Writer out, Object[] cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(cells[i]));
    }
    out.write("\r\n");
  }

  static String field(Object cell) {
    if (cell == null) {
      return "";
    }
    String s = cell instanceof Number n ? number(n) : cell.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  static String number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return "";
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return n.toString();
  }
}
