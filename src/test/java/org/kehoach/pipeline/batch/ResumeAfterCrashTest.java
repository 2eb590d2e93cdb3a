package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.index.PlanIndex;

/**
 * Kills a batch process half-way (SIGKILL: no shutdown hook, no cleanup), then resumes it: the files that
 * were finished are not parsed again, the rest are, no file is lost, and the index holds every output,
 * including those the killed run wrote but never indexed or never committed.
 */
class ResumeAfterCrashTest {
  /** Outputs to wait for before the kill. */
  private static final int KILL_AFTER = 5;

  @TempDir Path tmp;

  @Test
  void resumeAfterAKillFinishesTheBatchWithoutRedoingFinishedFiles() throws Exception {
    Path in = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Path index = tmp.resolve("index");
    HostileFolder folder = new HostileFolder(in);
    for (String slug : BatchFixtures.SLUGS) {
      folder.good(slug + ".txt", "a/" + slug + ".txt").good(slug + ".docx", "a/" + slug + ".docx")
          .good(slug + ".txt", "b/" + slug + ".txt");
    }
    folder.text("c/news.txt", Texts.NEWS, "NOT_A_PLAN").text("c/empty.txt", "", "EMPTY");
    Map<Path, String> expected = folder.expected();
    long good = expected.values().stream().filter(HostileFolder.PARSED::equals).count();

    killHalfWay(in, out, index);
    assertFalse(Files.exists(out.resolve(ReportJson.FILE_NAME)), "the killed run never got to its report");
    Map<Path, FileTime> finished = jsonOutputs(out);
    assertTrue(finished.size() >= KILL_AFTER && finished.size() < good,
        "killed half-way: " + finished.size() + " of " + good + " outputs");

    BatchReport report;
    try (BatchRunner runner = new BatchRunner(BatchFixtures.config(Duration.ofSeconds(120)),
        new BatchOptions(out, 2, true), IndexSink.open(index))) {
      report = runner.run(List.of(in), BatchListener.NONE);
    }
    assertEquals(expected.size(), report.total());
    assertEquals(expected.size(), report.done(), "no file lost");
    assertEquals(finished.size(), report.skipped(), "every finished file is skipped");
    assertEquals(good - finished.size(), report.parsed(), "only the unfinished files are parsed");
    assertEquals(Map.of("NOT_A_PLAN", 1L, "EMPTY", 1L), report.failedByCode());
    finished.forEach((json, mtime) -> assertEquals(mtime, mtime(json), "not rewritten: " + json));
    assertEquals(good, jsonOutputs(out).size());
    BatchRunnerTest.assertNoTemporaryFiles(out);
    Set<String> shas = ResumeIndexTest.shas(out);
    try (PlanIndex plans = PlanIndex.open(index)) {
      assertEquals(List.of(), shas.stream().filter(sha -> !plans.contains(sha)).toList(), "outputs not indexed");
      assertEquals(shas.size(), plans.sourceCount());
    }
  }

  private static void killHalfWay(Path in, Path out, Path index) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        BatchChild.class.getName(), in.toString(), out.toString(), "500", index.toString())
        .redirectErrorStream(true)
        .redirectOutput(in.resolveSibling("child.log").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (child.isAlive() && System.nanoTime() < deadline && jsonOutputs(out).size() < KILL_AFTER) {
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The JSON outputs (not the report) and their modification times. */
  private static Map<Path, FileTime> jsonOutputs(Path out) throws IOException {
    Map<Path, FileTime> found = new HashMap<>();
    if (!Files.isDirectory(out)) {
      return found;
    }
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().equals(ReportJson.FILE_NAME))
          .forEach(p -> found.put(p, mtime(p)));
    }
    return found;
  }

  private static FileTime mtime(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
