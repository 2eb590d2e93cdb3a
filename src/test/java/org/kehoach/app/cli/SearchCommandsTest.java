package org.kehoach.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The index, search and compare commands end to end over the hand-made Cẩm Phả plans. */
class SearchCommandsTest {
  @TempDir static Path tmp;
  private static Path index;
  private static Path plans;

  record Run(int code, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void indexPlans() throws Exception {
    plans = Files.createDirectories(tmp.resolve("plans"));
    for (String name : new String[] {"2023_cam-pha.plan.json", "2022_cam-pha.synthetic.plan.json"}) {
      try (InputStream in = SearchCommandsTest.class.getResourceAsStream("/compare/" + name)) {
        Files.copy(in, plans.resolve(name));
      }
    }
    index = tmp.resolve("index");
    Run r = run(new IndexCommand(), "--index", index.toString(), plans.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 new plans"), r.out());
  }

  @Test
  void indexingTheSameFilesAgainReplacesThem() {
    Path copy = tmp.resolve("index-again");
    run(new IndexCommand(), "--index", copy.toString(), plans.toString());
    Run r = run(new IndexCommand(), "--index", copy.toString(), plans.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 replaced; the index holds 2 plan versions from 2 files"), r.out());
  }

  @Test
  void aFileThatIsNotAPlanFailsAloneWithOneLine() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"schemaVersion\": \"1\"}", StandardCharsets.UTF_8);
    Run r = run(new IndexCommand(), "--index", tmp.resolve("index-bad").toString(), bad.toString(),
        plans.resolve("2023_cam-pha.plan.json").toString());
    assertEquals(ExitCodes.SOME_FAILED, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("bad.json"), r.err());
    assertTrue(r.out().contains("indexed 1 of 2 files"), r.out());
  }

  @Test
  void searchPrintsTheCamPhaTargetWithClauseAndSpan() throws Exception {
    JsonNode target = new ObjectMapper().readTree(plans.resolve("2023_cam-pha.plan.json").toFile()).get("targets").get(8);
    String span = "2023_cam-pha.txt [" + target.get("span").get("start").asInt() + "-"
        + target.get("span").get("end").asInt() + ")";
    for (String q : new String[] {"tiem chung", "TIÊM CHỦNG"}) {
      Run r = run(new SearchCommand(), "--index", index.toString(), q);
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("Cẩm Phả, Quảng Ninh · 2023 · DISTRICT · 43/KH-UBND"), r.out());
      assertTrue(r.out().contains("91%  tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 08 loại vắc xin"), r.out());
      assertTrue(r.out().contains("\"" + target.get("text").asText() + "\""), r.out());
      assertTrue(r.out().contains(span), r.out());
    }
    Run narrowed = run(new SearchCommand(), "--index", index.toString(), "--province", "Quảng Ninh", "--year",
        "2023", "tiem", "chung");
    assertTrue(narrowed.out().startsWith("1 target matches"), narrowed.out());
    assertTrue(narrowed.out().contains("province: Quảng Ninh 1"), narrowed.out());
  }

  @Test
  void searchWritesJsonCsvAndXlsx() throws Exception {
    Run json = run(new SearchCommand(), "--index", index.toString(), "--format", "json", "tiem chung");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(2, root.get("totalTargets").asInt());
    assertEquals(1, root.get("facets").get("year").get("2023").asInt());
    root.get("facets").get("indicator").fieldNames().forEachRemaining(id -> assertTrue(
        root.get("indicatorNames").path(id).asText().startsWith("Tỷ lệ") || !id.startsWith("child."),
        "a gazetteer indicator in the facets has its name: " + id));

    Path csv = tmp.resolve("out/search.csv");
    assertEquals(0, run(new SearchCommand(), "--index", index.toString(), "--format", "csv", "--output",
        csv.toString(), "tiem chung").code());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("rank,score,province,district"), lines.get(0));

    Path xlsx = tmp.resolve("out/search.xlsx");
    Run r = run(new SearchCommand(), "--index", index.toString(), "--format", "xlsx", "--output", xlsx.toString(),
        "tiem chung");
    assertEquals(0, r.code(), r.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.getSheet("targets");
      Row header = s.getRow(0);
      Map<String, Integer> col = new java.util.HashMap<>();
      header.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
      assertEquals(2, s.getLastRowNum());
      List<Double> values = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        Row row = s.getRow(i);
        assertEquals(CellType.NUMERIC, row.getCell(col.get("value")).getCellType());
        assertEquals(CellType.NUMERIC, row.getCell(col.get("year")).getCellType());
        assertEquals(CellType.NUMERIC, row.getCell(col.get("span_start")).getCellType());
        assertEquals(CellType.STRING, row.getCell(col.get("district")).getCellType());
        assertEquals(CellType.BOOLEAN, row.getCell(col.get("superseded")).getCellType());
        values.add(row.getCell(col.get("value")).getNumericCellValue());
      }
      assertTrue(values.contains(91.0) && values.contains(95.0), values.toString());
      assertTrue(wb.getSheet("facets") != null);
    }
    Run noFile = run(new SearchCommand(), "--index", index.toString(), "--format", "xlsx", "tiem");
    assertEquals(ExitCodes.USAGE, noFile.code());
  }

  @Test
  void searchOfAMissingIndexSaysSo() {
    Run r = run(new SearchCommand(), "--index", tmp.resolve("nowhere").toString(), "tiem");
    assertEquals(ExitCodes.SOME_FAILED, r.code());
    assertTrue(r.err().contains("no index at"), r.err());
  }

  @Test
  void compareTwoFilesAndFromTheIndex() throws Exception {
    Run files = run(new CompareCommand(), plans.resolve("2022_cam-pha.synthetic.plan.json").toString(),
        plans.resolve("2023_cam-pha.plan.json").toString());
    assertEquals(0, files.code(), files.err());
    assertTrue(files.out().contains("12 changed (8 more ambitious, 4 less ambitious), 18 unchanged, 1 added, 1 dropped"),
        files.out());
    Run indexed = run(new CompareCommand(), "--index", index.toString(), "--district", "cam pha", "--year", "2023");
    assertEquals(0, indexed.code(), indexed.err());
    assertEquals(files.out(), indexed.out());
    Run json = run(new CompareCommand(), "--index", index.toString(), "--district", "Cẩm Phả", "--year", "2023",
        "--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(12, root.get("summary").get("changed").asInt());
    assertEquals(150000000L, root.get("budget").get("old").asLong());
  }

  @Test
  void compareWritesTypedXlsxAndCsv() throws Exception {
    Path xlsx = tmp.resolve("out/compare.xlsx");
    Run r = run(new CompareCommand(), "--format", "xlsx", "--output", xlsx.toString(),
        plans.resolve("2022_cam-pha.synthetic.plan.json").toString(), plans.resolve("2023_cam-pha.plan.json").toString());
    assertEquals(0, r.code(), r.err());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Sheet s = wb.getSheet("comparison");
      Map<String, Integer> col = new java.util.HashMap<>();
      s.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
      int changed = 0;
      for (int i = 1; i <= s.getLastRowNum(); i++) {
        Row row = s.getRow(i);
        if (row.getCell(col.get("kind")).getStringCellValue().equals("CHANGED")) {
          changed++;
          assertEquals(CellType.NUMERIC, row.getCell(col.get("old_value")).getCellType());
          assertEquals(CellType.NUMERIC, row.getCell(col.get("new_value")).getCellType());
          assertEquals(CellType.NUMERIC, row.getCell(col.get("change")).getCellType());
        }
      }
      assertEquals(12, changed);
    }
    Run csv = run(new CompareCommand(), "--format", "csv",
        plans.resolve("2022_cam-pha.synthetic.plan.json").toString(), plans.resolve("2023_cam-pha.plan.json").toString());
    assertTrue(csv.out().contains("\r\nAGENCY_ADDED,,,Trung tâm Truyền thông và Văn hóa,"), csv.out());
    assertTrue(csv.out().contains("\r\nBUDGET,,budget total (VND),budget total (VND),vnd,,150000000,,,,"), csv.out());
  }

  @Test
  void compareSaysPlainlyWhenThereIsNoEarlierPlan() {
    Run r = run(new CompareCommand(), "--index", index.toString(), "--district", "Cẩm Phả", "--year", "2022");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("No earlier plan to compare with"), r.out());
    Run none = run(new CompareCommand(), "--index", index.toString(), "--district", "Cẩm Phả", "--year", "2030");
    assertEquals(ExitCodes.SOME_FAILED, none.code());
    assertTrue(none.err().contains("holds no plan of Cẩm Phả for 2030"), none.err());
    assertEquals(ExitCodes.USAGE, run(new CompareCommand(), "--district", "Cẩm Phả").code());
  }
}
