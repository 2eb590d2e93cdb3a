package org.kehoach.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kehoach.index.report.CsvWriter;
import org.kehoach.index.report.Sheet;
import org.kehoach.index.report.XlsxWriter;

/**
 * Export tables as downloadable bytes, written by the same writers as the search and compare exports: CSV
 * in UTF-8 with a byte-order mark (without it Excel reads the Vietnamese as ANSI), or an XLSX workbook with
 * one sheet per table. Stateless.
 */
final class TableFiles {
  private final CsvWriter csv = new CsvWriter();
  private final XlsxWriter xlsx = new XlsxWriter();

  byte[] csv(Sheet sheet) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      csv.write(sheet, w);
    }
    return out.toByteArray();
  }

  byte[] xlsx(List<Sheet> sheets) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx.write(sheets, out);
    return out.toByteArray();
  }
}
