package org.kehoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.model.Plan;

/** Whole-file writes: where they go, what they replace, what they leave behind. */
class OutputWriterTest {
  @TempDir Path tmp;

  @Test
  void writesIntoFoldersThatDoNotExistYet() throws IOException {
    Path target = tmp.resolve("a/b/c/kế hoạch.txt.json");
    OutputWriter.writeAtomically(target, "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals("{}", Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of(target), files(tmp));
  }

  @Test
  void replacesAnEarlierFileWholeAndLeavesNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("x.txt");
    OutputWriter.writeAtomically(target, "a much longer earlier content".getBytes(StandardCharsets.UTF_8));
    byte[] now = "Kế hoạch số 43/KH-UBND".getBytes(StandardCharsets.UTF_8);
    OutputWriter.writeAtomically(target, now);
    assertArrayEquals(now, Files.readAllBytes(target));
    assertEquals(List.of(target), files(tmp));
  }

  @Test
  void theFileIsTheOwnersOnlyAsATemporaryFileIs() throws IOException {
    Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "permissions are POSIX permissions");
    Path target = tmp.resolve("x.json");
    OutputWriter.writeAtomically(target, new byte[] {1});
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void aWriteThatCannotBeRenamedIntoPlaceFailsAndRemovesItsTemporaryFile() throws IOException {
    Path target = Files.createDirectories(tmp.resolve("taken.json"));
    Files.writeString(target.resolve("inside"), "keeps the folder from being replaced", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> OutputWriter.writeAtomically(target, new byte[] {1, 2, 3}));
    assertEquals(List.of(target.resolve("inside")), files(tmp));
  }

  @Test
  void aPlanIsWrittenAsItsTextThenItsPrettyJson() throws IOException {
    Plan plan = new RandomPlans(7).next();
    ObjectMapper mapper = new ObjectMapper();
    Path json = new OutputWriter(tmp.resolve("out"), mapper).write(plan);
    assertEquals(tmp.resolve("out").resolve(plan.source().file() + ".json"), json);
    assertArrayEquals(new PlanJson(mapper).pretty(plan), Files.readAllBytes(json));
    assertEquals(plan.text(), Files.readString(tmp.resolve("out").resolve(plan.source().file() + ".txt"),
        StandardCharsets.UTF_8));
  }

  /** Every regular file under {@code dir}, hidden ones included, sorted. */
  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
