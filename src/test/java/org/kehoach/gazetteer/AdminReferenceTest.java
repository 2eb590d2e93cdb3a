package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.gazetteer.build.AdminGazetteerGenerator;
import org.kehoach.text.Fold;

/**
 * Checks the committed admin gazetteer against the national reference lists, when they are available
 * (folder from the system property {@code kehoach.reference}, default {@code /work/shared/reference}).
 */
class AdminReferenceTest {
  @TempDir Path tmp;

  private static Path referenceDir() {
    Path dir = Path.of(System.getProperty("kehoach.reference", "/work/shared/reference"));
    assumeTrue(Files.isRegularFile(dir.resolve(AdminGazetteerGenerator.DISTRICTS_REFERENCE))
            && Files.isRegularFile(dir.resolve(AdminGazetteerGenerator.COMMUNES_REFERENCE)),
        "reference lists not found in " + dir + "; skipping the reference check");
    return dir;
  }

  private static Path gazetteerDir() {
    return Path.of(System.getProperty(Gazetteers.PATH_PROPERTY, "gazetteers"));
  }

  @Test
  void committedFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
    Path reference = referenceDir();
    Path committed = gazetteerDir();
    new AdminGazetteerGenerator()
        .generate(reference, committed.resolve(AdminGazetteerGenerator.HISTORY_SOURCE), tmp);
    for (String file : List.of(AdminUnitsTsv.UNITS_FILE, AdminUnitsTsv.COMMUNES_FILE)) {
      assertEquals(Files.readString(tmp.resolve(file), StandardCharsets.UTF_8),
          Files.readString(committed.resolve(file), StandardCharsets.UTF_8),
          file + " is stale: rerun AdminGazetteerGenerator (see gazetteers/README.md)");
    }
  }

  @Test
  void everyReferenceDistrictIsInTheGazetteerUnderItsProvince() throws IOException {
    Path reference = referenceDir();
    AdminGazetteer admin = TestGazetteers.get().admin();
    List<String> lines = Files.readAllLines(reference.resolve(AdminGazetteerGenerator.DISTRICTS_REFERENCE),
        StandardCharsets.UTF_8);
    Map<String, String> provinces = new HashMap<>();
    int districts = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      AdminUnit d = admin.byCode(AdminLevel.DISTRICT, c[3]).orElseThrow(() -> new AssertionError(line));
      assertEquals(Fold.fold(c[4]), Fold.fold(d.fullName()), line);
      assertEquals(c[0], d.provinceCode(), line);
      assertEquals(c[5], d.type().label(), line);
      provinces.put(c[0], c[1]);
      districts++;
    }
    assertEquals(696, districts);
    assertEquals(63, provinces.size());
    for (Map.Entry<String, String> p : provinces.entrySet()) {
      AdminUnit u = admin.byCode(AdminLevel.PROVINCE, p.getKey()).orElseThrow();
      assertEquals(Fold.fold(p.getValue()), Fold.fold(u.fullName()));
    }
  }

  @Test
  void everyReferenceCommuneIsInTheGazetteer() throws IOException {
    Path reference = referenceDir();
    CommuneGazetteer communes = TestGazetteers.get().communes();
    List<String> lines = Files.readAllLines(reference.resolve(AdminGazetteerGenerator.COMMUNES_REFERENCE),
        StandardCharsets.UTF_8);
    int n = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      boolean found = communes.inDistrict(c[1]).stream()
          .anyMatch(u -> u.code().equals(c[2]) && Fold.fold(u.fullName()).equals(Fold.fold(c[3]))
              && u.provinceCode().equals(c[0]) && u.type().label().equals(c[4]));
      assertEquals(true, found, line);
      n++;
    }
    assertEquals(10047, n);
    assertEquals(n, communes.size());
  }
}
