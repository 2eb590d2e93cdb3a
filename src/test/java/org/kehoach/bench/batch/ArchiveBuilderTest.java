package org.kehoach.bench.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated archive: its size, its broken kinds, its folders, and the same bytes for the same seed. */
class ArchiveBuilderTest {
  private static final Path SAMPLES = Path.of(System.getProperty("kehoach.corpus", "corpus"));

  @TempDir Path tmp;

  @Test
  void theArchiveHoldsTheGoodFilesAndOneBrokenFileOfEachKindSpreadOverFolders() throws Exception {
    Manifest m = new ArchiveBuilder(SAMPLES, 7).build(tmp.resolve("a"), 40, 10);
    assertEquals(40, m.files().size());
    assertEquals(30, m.parsedCount());
    Map<String, String> broken = new TreeMap<>();
    m.files().stream().filter(f -> !f.parsed()).forEach(f -> broken.put(f.kind(), f.expected()));
    Map<String, String> expected = new TreeMap<>();
    for (BrokenKind k : BrokenKind.values()) {
      expected.put(k.name(), k.code());
    }
    assertEquals(expected, broken);
    for (ArchiveFile f : m.files()) {
      Path p = tmp.resolve("a").resolve(f.path());
      assertTrue(Files.isRegularFile(p), f.path());
      assertEquals(3, f.path().split("/").length, "year/unit/name: " + f.path());
      if (f.parsed() || !f.kind().equals("ZERO_BYTES")) {
        assertTrue(Files.size(p) > 0, f.path());
      }
    }
    assertTrue(m.files().stream().map(f -> f.path().substring(0, f.path().lastIndexOf('/'))).distinct().count() > 5);
    assertEquals(40, m.files().stream().map(ArchiveFile::path).distinct().count(), "no name twice in a folder");
  }

  @Test
  void theSameSeedMakesTheSameArchive() throws Exception {
    Manifest a = new ArchiveBuilder(SAMPLES, 3).build(tmp.resolve("a"), 25, 3);
    Manifest b = new ArchiveBuilder(SAMPLES, 3).build(tmp.resolve("b"), 25, 3);
    assertEquals(a, b);
    for (ArchiveFile f : a.files()) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f.path())),
          Files.readAllBytes(tmp.resolve("b").resolve(f.path())), f.path());
    }
    Manifest c = new ArchiveBuilder(SAMPLES, 4).build(tmp.resolve("c"), 25, 3);
    assertTrue(!a.equals(c), "another seed, another archive");
    Map<String, Long> kinds = a.files().stream().collect(Collectors.groupingBy(ArchiveFile::kind, Collectors.counting()));
    assertTrue(kinds.size() > 5, "varied good files: " + kinds);
  }
}
