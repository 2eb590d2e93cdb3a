package org.kehoach.index.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Writes a {@link Sheet} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). Numbers are written plainly with a dot ("6.5", "150000000"),
 * never in exponent form. Text that a spreadsheet would run as a formula ({@code = + - @}, tab or carriage
 * return first) gets a leading apostrophe: cells quote untrusted plan text, and a CSV is opened in a
 * spreadsheet more often than not. Numbers are never changed. Stateless.
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
    String s = cell instanceof Number n ? number(n) : defuse(cell.toString());
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** "=1+1" → "'=1+1"; "-2+3" → "'-2+3"; other text unchanged. */
  static String defuse(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
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
