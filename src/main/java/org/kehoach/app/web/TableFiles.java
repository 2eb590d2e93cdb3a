package org.kehoach.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kehoach.index.report.Sheet;
import org.kehoach.index.report.XlsxWriter;

/**
 * Writes export tables as CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese; RFC 4180
 * quoting) or as an XLSX workbook (Apache POI XSSF, one sheet per table, bold frozen header). Text that a
 * spreadsheet would run as a formula ({@code = + - @} first) is prefixed with an apostrophe in CSV; XLSX
 * cells are typed, so text is never a formula there. Stateless.
 */
final class TableFiles {

  byte[] csv(Table t) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    line(sb, List.copyOf(t.header()));
    for (List<Object> r : t.rows()) {
      line(sb, r);
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sb, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object v = cells.get(i);
      if (v instanceof Number n) {
        sb.append(number(n));
      } else if (v != null) {
        sb.append(quote(defuse(v.toString())));
      }
    }
    sb.append("\r\n");
  }

  /** Text a spreadsheet would read as a formula gets a leading apostrophe. */
  static String defuse(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** 95.0 → "95", 99.5 → "99.5", no exponent. */
  static String number(Number n) {
    if (n instanceof Integer || n instanceof Long) {
      return n.toString();
    }
    return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
  }

  /** One sheet per table, written by the same writer as the search and compare exports. */
  byte[] xlsx(List<Table> tables) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxWriter().write(tables.stream().map(t -> new Sheet(t.name(), t.header(), t.rows())).toList(), out);
    return out.toByteArray();
  }
}
