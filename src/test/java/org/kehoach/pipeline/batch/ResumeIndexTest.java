package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.index.PlanIndex;

/**
 * The index sink and {@code --resume}: outputs that a killed run wrote but never indexed are indexed on resume,
 * outputs already indexed are left alone, and every batch commits what it indexed.
 */
class ResumeIndexTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void resumeIndexesTheCompleteOutputsTheIndexLacksAndOnlyThose() throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Path indexDir = tmp.resolve("index");
    HostileFolder folder = new HostileFolder(in);
    folder.good("2014_ha-nam.txt", "a/2014_ha-nam.txt").good("2025_ly-son.txt", "a/2025_ly-son.txt")
        .good("2020_hong-ngu.docx", "b/2020_hong-ngu.docx").good("2025_bu-gia-map-school.txt", "b/school.txt");
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 2, false), PlanSink.NONE)) {
      // a run that wrote every output and indexed none: as if killed before its sink saw them
      assertEquals(4, runner.run(List.of(in), BatchListener.NONE).parsed());
    }
    Path already = out.resolve("a/2014_ha-nam.txt.json");
    String alreadySha = sha(already);
    try (PlanIndex index = PlanIndex.open(indexDir)) {
      index.index(already);
    }
    // were the indexed output taken up again, its JSON (complete, but no longer a whole plan) would fail to index
    Files.writeString(already, "{\"source\": {\"sha256\": \"" + alreadySha + "\"}}", StandardCharsets.UTF_8);

    BatchReport report;
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 2, true), IndexSink.open(indexDir))) {
      report = runner.run(List.of(in), BatchListener.NONE);
    }
    assertEquals(List.of(), report.failures());
    assertEquals(4, report.skipped());
    assertEquals(4, report.phases().get(Phase.SINK).files(), "every skipped file went past the sink");
    assertEquals(1, report.phases().get(Phase.COMMIT).files());
    try (PlanIndex index = PlanIndex.open(indexDir)) {
      assertEquals(shas(out), shaSet(index, shas(out)));
      assertEquals(4, index.sourceCount());
    }
  }

  @Test
  void anUnexpectedExceptionIsAFailureWithTheInternalCodeNamingTheExceptionAndWhereItWasThrown()
      throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    new HostileFolder(in).good("2025_ly-son.txt", "x/2025_ly-son.txt").good("2014_ha-nam.txt", "x/ha-nam.txt");
    PlanSink broken = (plan, json) -> {
      if (plan.source().file().equals("ha-nam.txt")) {
        throw new IllegalStateException("the sink\n  broke");
      }
    };
    BatchReport report;
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 1, false), broken)) {
      report = runner.run(List.of(in), BatchListener.NONE);
    }
    assertEquals(1, report.parsed(), "the other file is unaffected");
    assertEquals(Map.of("INTERNAL", 1L), report.failedByCode());
    JsonNode failure = MAPPER.readTree(out.resolve(ReportJson.FILE_NAME).toFile()).path("failures").path(0);
    assertEquals(in.resolve("x/ha-nam.txt").toString(), failure.path("file").asText());
    assertEquals("INTERNAL", failure.path("code").asText());
    String message = failure.path("message").asText();
    assertTrue(message.startsWith("unexpected java.lang.IllegalStateException: the sink broke at "), message);
    assertTrue(message.contains(ResumeIndexTest.class.getName()), "names the frame that threw: " + message);
  }

  private static Set<String> shaSet(PlanIndex index, Set<String> candidates) {
    Set<String> found = new TreeSet<>();
    for (String sha : candidates) {
      if (index.contains(sha)) {
        found.add(sha);
      }
    }
    return found;
  }

  /** The source sha256 of every JSON output under {@code out}. */
  static Set<String> shas(Path out) throws IOException {
    Set<String> shas = new TreeSet<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.endsWith(".json") && !name.equals(ReportJson.FILE_NAME) && !name.startsWith(".")) {
          shas.add(sha(p));
        }
      }
    }
    assertFalse(shas.isEmpty(), "outputs under " + out);
    return shas;
  }

  private static String sha(Path json) throws IOException {
    return MAPPER.readTree(json.toFile()).path("source").path("sha256").asText();
  }
}
