package org.kehoach.index.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets into an Excel workbook (XSSF): a bold, frozen header row with an auto-filter, numbers as
 * numeric cells, booleans as boolean cells, text as text. Column widths follow the content up to a limit
 * (POI's own auto-size needs fonts from AWT, which a server may lack). Stateless.
 */
public final class XlsxWriter {
  private static final int MAX_WIDTH_CHARS = 60;

  public void write(List<Sheet> sheets, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Sheet s : sheets) {
        XSSFSheet sheet = wb.createSheet(s.name());
        int[] widths = new int[s.header().size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < s.header().size(); c++) {
          Cell cell = header.createCell(c);
          cell.setCellValue(s.header().get(c));
          cell.setCellStyle(bold);
          widths[c] = s.header().get(c).length();
        }
        for (int r = 0; r < s.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          List<Object> cells = s.rows().get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
              widths[c] = Math.max(widths[c], CsvWriter.number(n).length());
            } else if (v instanceof Boolean b) {
              cell.setCellValue(b);
              widths[c] = Math.max(widths[c], 5);
            } else {
              cell.setCellValue(v.toString());
              widths[c] = Math.max(widths[c], v.toString().length());
            }
          }
        }
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!s.header().isEmpty()) {
          sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, s.rows().size()), 0, s.header().size() - 1));
        }
      }
      wb.write(out);
    }
    out.flush();
  }
}
