package org.kehoach.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.index.PlanIndex;
import org.kehoach.index.SearchRequest;
import org.kehoach.ingest.Limits;
import org.kehoach.model.Plan;
import org.kehoach.pipeline.PipelineConfig;
import org.kehoach.pipeline.PlanPipeline;

/** The server's index access shares the folder with another writer (the CLI) without losing an upload. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebIndexTest {
  private Path json;

  @BeforeAll
  void parseOne(@TempDir Path dir) throws Exception {
    try (PlanPipeline pipeline = new PlanPipeline(
        new PipelineConfig(Limits.defaults().withTimeout(Duration.ofSeconds(60)), false, null))) {
      Plan plan = pipeline.parse(Corpus.dir().resolve("2023_cam-pha.txt"));
      PlanStore store = new PlanStore(dir, new com.fasterxml.jackson.databind.ObjectMapper());
      json = store.file(store.write(plan, "2023_cam-pha.txt"), ".json").orElseThrow();
    }
  }

  @Test
  void readingAFolderWithoutAnIndexIsIndexUnavailable(@TempDir Path dir) {
    WebIndex index = new WebIndex(dir.resolve("none"), Corpus.lexicon(), Duration.ofSeconds(1));
    ApiException e = assertThrows(ApiException.class, () -> index.read(s -> s.counts()));
    assertEquals(ErrorCode.INDEX_UNAVAILABLE, e.code());
  }

  @Test
  void anAddWaitsForAnotherWriterToFinish(@TempDir Path dir) throws Exception {
    Path idx = dir.resolve("index");
    WebIndex index = new WebIndex(idx, Corpus.lexicon(), Duration.ofSeconds(20));
    CompletableFuture<Void> added;
    try (PlanIndex cli = PlanIndex.open(idx)) {
      added = CompletableFuture.runAsync(() -> {
        try {
          index.add(json);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      Thread.sleep(600);
      assertTrue(!added.isDone(), "the add must wait while the other writer holds the lock");
    }
    added.get(20, TimeUnit.SECONDS);
    long total = index.read(s -> s.search(SearchRequest.of("tiem chung")).totalTargets());
    assertTrue(total > 0, "the plan added after the wait is searchable");
  }

  @Test
  void anAddGivesUpWhenTheLockIsNeverReleased(@TempDir Path dir) throws IOException {
    Path idx = dir.resolve("index");
    WebIndex index = new WebIndex(idx, Corpus.lexicon(), Duration.ofMillis(500));
    try (PlanIndex cli = PlanIndex.open(idx)) {
      IOException e = assertThrows(IOException.class, () -> index.add(json));
      assertTrue(e.getMessage().contains("locked"), e.getMessage());
    }
  }
}
