package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteersTest {
  @TempDir Path tmp;

  private static Path gazetteerDir() {
    return Path.of(System.getProperty(Gazetteers.PATH_PROPERTY, "gazetteers"));
  }

  private Path copyOfGazetteers() throws IOException {
    for (String f : List.of(AdminUnitsTsv.UNITS_FILE, AdminUnitsTsv.COMMUNES_FILE, AgenciesTsv.FILE, AgenciesTsv.STOP_FILE,
        IndicatorsTsv.FILE)) {
      Files.copy(gazetteerDir().resolve(f), tmp.resolve(f));
    }
    return tmp;
  }

  private void append(String file, String line) throws IOException {
    Files.writeString(tmp.resolve(file), Files.readString(tmp.resolve(file), StandardCharsets.UTF_8) + line,
        StandardCharsets.UTF_8);
  }

  private static int lineCount(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).size();
  }

  @Test
  void classpathCopyLoadsTheSameData() {
    Gazetteers fromPath = Gazetteers.load(gazetteerDir());
    Gazetteers fromClasspath = Gazetteers.fromClasspath(GazetteersTest.class.getClassLoader());
    assertEquals(fromPath.admin().districts(), fromClasspath.admin().districts());
    assertEquals(fromPath.agencies().all(), fromClasspath.agencies().all());
    assertEquals(fromPath.indicators().all(), fromClasspath.indicators().all());
    assertEquals(fromPath.communes().size(), fromClasspath.communes().size());
  }

  @Test
  void missingFolderIsACallerError() {
    assertThrows(IllegalArgumentException.class, () -> Gazetteers.load(tmp.resolve("nope")));
  }

  @Test
  void clashingAgencyVariantIsReportedWithFileAndLine() throws IOException {
    copyOfGazetteers();
    append(AgenciesTsv.FILE, "test.clash\tPhòng Thử nghiệm\tDISTRICT\tDEPARTMENT\tPhòng LĐ - TB & XH\t\n");
    int line = lineCount(tmp.resolve(AgenciesTsv.FILE));
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> Gazetteers.load(tmp));
    assertEquals(line, e.line());
    assertTrue(e.source().endsWith(AgenciesTsv.FILE), e.source());
    assertTrue(e.getMessage().contains("district.labour_invalids_social"), e.getMessage());
  }

  @Test
  void unknownAgencyLevelIsReported() throws IOException {
    copyOfGazetteers();
    append(AgenciesTsv.FILE, "test.level\tPhòng Thử nghiệm\tVILLAGE\tDEPARTMENT\t\t\n");
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> Gazetteers.load(tmp));
    assertTrue(e.getMessage().contains("unknown level 'VILLAGE'"), e.getMessage());
  }

  @Test
  void badIndicatorUnitIsReportedWithFileAndLine() throws IOException {
    copyOfGazetteers();
    append(IndicatorsTsv.FILE, "child.test\tChỉ số thử\tper_mille\tDECREASE\tchỉ số thử\ttest\t\n");
    int line = lineCount(tmp.resolve(IndicatorsTsv.FILE));
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> Gazetteers.load(tmp));
    assertEquals(line, e.line());
    assertTrue(e.getMessage().contains("unknown unit 'per_mille'"), e.getMessage());
  }

  @Test
  void districtOfAnUnknownProvinceIsReported() throws IOException {
    copyOfGazetteers();
    append(AdminUnitsTsv.UNITS_FILE, "999\tDISTRICT\tHuyện\tThử\tHuyện Thử\t00\tKhông Có\t\t\t\n");
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, () -> Gazetteers.load(tmp));
    assertTrue(e.getMessage().contains("province_code 00"), e.getMessage());
    assertEquals(lineCount(tmp.resolve(AdminUnitsTsv.UNITS_FILE)), e.line());
  }

  @Test
  void communeOfAnUnknownDistrictIsReportedWhenTheCommunesAreFirstUsed() throws IOException {
    copyOfGazetteers();
    append(AdminUnitsTsv.COMMUNES_FILE, "99999\tXã\tThử\tXã Thử\t000\t01\n");
    Gazetteers g = Gazetteers.load(tmp);
    assertEquals(Gazetteers.fromClasspath(GazetteersTest.class.getClassLoader()).admin().districts(),
        g.admin().districts(), "the other gazetteers load without the communes");
    GazetteerFormatException e = assertThrows(GazetteerFormatException.class, g::communes);
    assertThrows(GazetteerFormatException.class, g::communes, "a failed load is not taken for a loaded one");
    assertTrue(e.getMessage().startsWith(tmp.resolve(AdminUnitsTsv.COMMUNES_FILE) + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("district_code 000"), e.getMessage());
  }

  @Test
  void findingPlacesAndAgenciesInALongTextStaysFast() {
    Gazetteers g = TestGazetteers.get();
    StringBuilder sb = new StringBuilder();
    String paragraph = "Ủy ban nhân dân huyện Châu Thành giao Phòng LĐ-TB&XH chủ trì, phối hợp với Công an huyện, "
        + "Trung tâm Y tế và UBND các xã, thị trấn thực hiện công tác bảo vệ trẻ em tại TP. Cẩm Phả.\n";
    while (sb.length() < 1_000_000) {
      sb.append(paragraph);
    }
    String text = sb.toString();
    long start = System.nanoTime();
    int places = g.admin().findIn(text).size();
    int agencies = g.agencies().findIn(text).size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    int paragraphs = text.length() / paragraph.length();
    assertEquals(2 * paragraphs, places);
    assertEquals(5 * paragraphs, agencies);
    // generous bound for a shared 2-core machine; the point is linear time, not a benchmark
    assertTrue(millis < 20_000, "1 MB took " + millis + " ms");
  }
}
