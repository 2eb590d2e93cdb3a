package org.kehoach.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes export tables as CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese; RFC 4180
 * quoting) or as an XLSX workbook (Apache POI XSSF, one sheet per table, bold frozen header). Text that a
 * spreadsheet would run as a formula ({@code = + - @} first) is prefixed with an apostrophe in CSV; XLSX
 * cells are typed, so text is never a formula there. Stateless.
 */
final class TableFiles {
  private static final int MAX_WIDTH = 60;

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

  byte[] xlsx(List<Table> tables) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Table t : tables) {
        XSSFSheet sheet = wb.createSheet(t.name());
        int[] widths = new int[t.header().size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < widths.length; c++) {
          Cell cell = header.createCell(c);
          cell.setCellValue(t.header().get(c));
          cell.setCellStyle(bold);
          widths[c] = t.header().get(c).length();
        }
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = t.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
              cell.setCellValue(b);
            } else {
              cell.setCellValue(v.toString());
            }
            widths[c] = Math.max(widths[c], v.toString().length());
          }
        }
        for (int c = 0; c < widths.length; c++) {
          // POI's auto-size needs AWT fonts a server may lack: size from the content instead
          sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
