package org.kehoach.index.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  private static final Sheet SHEET = new Sheet("t", List.of("name", "value", "year", "flag"), List.of(
      Arrays.asList("tỷ lệ \"tiêm chủng\", đầy đủ", 91.0, 2023, true),
      Arrays.asList("dòng\nhai", 0.005, null, false),
      Arrays.asList(null, 150_000_000L, 2022, null)));

  @Test
  void csvQuotesWhatNeedsQuotingAndWritesNumbersPlainly() throws Exception {
    StringWriter w = new StringWriter();
    new CsvWriter().write(SHEET, w);
    assertEquals("name,value,year,flag\r\n"
        + "\"tỷ lệ \"\"tiêm chủng\"\", đầy đủ\",91,2023,true\r\n"
        + "\"dòng\nhai\",0.005,,false\r\n"
        + ",150000000,2022,\r\n", w.toString());
  }

  @Test
  void csvDefusesTextThatASpreadsheetWouldRunButNotNumbers() throws Exception {
    Sheet sheet = new Sheet("t", List.of("a", "b", "c"), List.of(
        Arrays.asList("=HYPERLINK(\"http://x\")", -2.5, "-2+3"),
        Arrays.asList("@SUM(A1)", 7, "tỷ lệ = 95%")));
    StringWriter w = new StringWriter();
    new CsvWriter().write(sheet, w);
    assertEquals("a,b,c\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",-2.5,'-2+3\r\n"
        + "'@SUM(A1),7,tỷ lệ = 95%\r\n", w.toString());
  }

  @Test
  void xlsxHasAHeaderRowAndTypedCells() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxWriter().write(List.of(SHEET), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var s = wb.getSheet("t");
      assertEquals("value", s.getRow(0).getCell(1).getStringCellValue());
      Row first = s.getRow(1);
      assertEquals(CellType.STRING, first.getCell(0).getCellType());
      assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
      assertEquals(91.0, first.getCell(1).getNumericCellValue());
      assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
      assertEquals(CellType.BOOLEAN, first.getCell(3).getCellType());
      assertEquals(150_000_000.0, s.getRow(3).getCell(1).getNumericCellValue());
      assertEquals(null, s.getRow(2).getCell(2), "null stays an empty cell");
      assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
    }
  }

  @Test
  void rowsMustFitTheHeaderAndHoldPlainValues() {
    assertThrows(IllegalArgumentException.class, () -> new Sheet("x", List.of("a"), List.of(List.of(1, 2))));
    assertThrows(IllegalArgumentException.class, () -> new Sheet("x", List.of("a"), List.of(List.of(new Object()))));
  }

  @Test
  void valuesReadAsPlansStateThem() {
    assertEquals("≥ 86%", Values.value("GE", 86, null, "percent"));
    assertEquals("≤ 6.5 per 1,000", Values.value("LE", 6.5, null, "per_1000"));
    assertEquals("20–30%", Values.value("RANGE", 20, 30.0, "percent"));
    assertEquals("150,000,000 VND", Values.value("EQ", 150_000_000, null, "vnd"));
    assertEquals("−0.5", Values.signed(-0.5, ""));
  }
}
