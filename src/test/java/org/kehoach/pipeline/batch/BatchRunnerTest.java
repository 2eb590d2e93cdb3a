package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mixed folder of good and hostile files: every file gets its own precise outcome, none is lost. */
class BatchRunnerTest {
  @TempDir Path tmp;

  @Test
  void everyFileOfAMixedFolderGetsItsOwnOutcome() throws Exception {
    HostileFolder folder = BatchFixtures.mixed(tmp.resolve("in"));
    Path out = tmp.resolve("out");
    Map<Path, FileOutcome> seen = new ConcurrentHashMap<>();
    BatchListener record = new BatchListener() {
      @Override
      public void fileDone(FileOutcome outcome, long done, long failed) {
        seen.put(outcome.file(), outcome);
      }
    };
    BatchReport report;
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 2, false), PlanSink.NONE)) {
      report = runner.run(List.of(tmp.resolve("in")), record);
    }
    Map<Path, String> expected = folder.expected();
    Map<String, String> wrong = new TreeMap<>();
    for (Map.Entry<Path, String> e : expected.entrySet()) {
      FileOutcome o = seen.get(e.getKey());
      String got = o == null ? "LOST" : o.status() == FileOutcome.Status.PARSED ? HostileFolder.PARSED : o.code();
      if (!got.equals(e.getValue())) {
        wrong.put(tmp.relativize(e.getKey()).toString(), "expected " + e.getValue() + ", got " + got
            + (o == null || o.message() == null ? "" : ": " + o.message()));
      }
    }
    assertEquals(Map.of(), wrong);
    assertEquals(expected.size(), seen.size(), "one outcome per input, no extra");
    long broken = expected.values().stream().filter(v -> !v.equals(HostileFolder.PARSED)).count();
    assertEquals(expected.size(), report.total());
    assertEquals(expected.size() - broken, report.parsed());
    assertEquals(broken, report.failed());
    assertEquals(0, report.skipped());

    // every parsed file has its JSON and text, mirrored by folder, so same-named files do not collide
    for (FileOutcome o : seen.values()) {
      if (o.status() == FileOutcome.Status.PARSED) {
        assertTrue(Files.isRegularFile(o.json()), o.json().toString());
        assertTrue(Files.isRegularFile(CompleteOutputs.textFile(o.json())), o.json().toString());
      } else {
        assertTrue(o.message() != null && !o.message().isBlank(), "a failure says what was found: " + o);
      }
    }
    assertTrue(Files.isRegularFile(out.resolve("plans/2014_ha-nam.txt.json")));
    assertTrue(Files.isRegularFile(out.resolve("huyen-b/2014_ha-nam.txt.json")));

    // the report on disk names every failure with its code
    JsonNode json = new ObjectMapper().readTree(out.resolve(ReportJson.FILE_NAME).toFile());
    assertEquals(broken, json.path("files").path("failed").asLong());
    assertEquals(broken, json.path("failures").size());
    for (JsonNode f : json.path("failures")) {
      assertEquals(expected.get(Path.of(f.path("file").asText())), f.path("code").asText(), f.toString());
    }
    assertTrue(json.path("warningsByCode").path("NO_SECTIONS").asLong() >= 1, "the plan without sections warns");
    assertTrue(json.path("phases").path("extract").path("files").asLong() >= report.parsed());
    assertNoTemporaryFiles(out);
  }

  static void assertNoTemporaryFiles(Path out) throws IOException {
    try (var files = Files.walk(out)) {
      List<Path> tmp = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
      assertEquals(List.of(), tmp);
    }
  }
}
