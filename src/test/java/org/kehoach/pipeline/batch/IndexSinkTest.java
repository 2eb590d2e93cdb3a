package org.kehoach.pipeline.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.index.AddResult;
import org.kehoach.index.Filters;
import org.kehoach.index.IndexDump;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanIndex;
import org.kehoach.index.PlanInfo;
import org.kehoach.index.PlanSearcher;
import org.kehoach.index.SearchRequest;
import org.kehoach.model.Plan;
import org.kehoach.pipeline.OutputWriter;
import org.kehoach.pipeline.RandomPlans;

/**
 * The sink indexes a parsed plan from the model, not from its JSON file (its compact JSON written from the model,
 * or taken from the pretty bytes the batch wrote); the index must end up as it would
 * from the file: the same additions, plans, versions, targets and stored JSON.
 */
class IndexSinkTest {
  private static final long SEED = 43L;
  private static final int PLANS = 60;

  @TempDir Path tmp;

  @Test
  void indexingAParsedPlanIsIndexingItsWrittenJson() throws Exception {
    OutputWriter writer = new OutputWriter(tmp.resolve("out"), new ObjectMapper());
    RandomPlans plans = new RandomPlans(SEED);
    List<String> fromSink = new ArrayList<>();
    List<String> fromBytes = new ArrayList<>();
    List<String> fromFile = new ArrayList<>();
    try (PlanIndex sinkIndex = PlanIndex.open(tmp.resolve("sink"));
        PlanIndex bytesIndex = PlanIndex.open(tmp.resolve("bytes"));
        PlanIndex fileIndex = PlanIndex.open(tmp.resolve("file"))) {
      IndexSink sink = new IndexSink(sinkIndex);
      IndexSink bytesSink = new IndexSink(bytesIndex);
      for (int i = 0; i < PLANS; i++) {
        Plan plan = plans.next();
        OutputWriter.Written written = writer.writePlan(plan);
        Path json = written.json();
        fromSink.add(outcome(() -> {
          sink.accept(plan, json);
          return null;
        }));
        fromBytes.add(outcome(() -> {
          bytesSink.accept(plan, json, written.bytes());
          return null;
        }));
        fromFile.add(outcome(() -> fileIndex.index(json)));
      }
      assertEquals(fromFile.size(), fromSink.size());
      for (int i = 0; i < PLANS; i++) {
        // the sink returns nothing: what it did shows in the index, compared below; failures must agree
        assertEquals(fromFile.get(i).startsWith("failed"), fromSink.get(i).startsWith("failed"), "plan " + i);
        assertEquals(fromFile.get(i).startsWith("failed"), fromBytes.get(i).startsWith("failed"), "plan " + i);
      }
      List<String> statuses = fromFile.stream().map(s -> s.split(" ")[0]).distinct().sorted().toList();
      assertEquals(List.of("NEW_PLAN", "NEW_SOURCE", "NEW_VERSION", "failed"), statuses,
          "the plans make new plans, new versions, new sources, and a failure");
      assertSameAnswers(fileIndex, sinkIndex);
      assertSameAnswers(fileIndex, bytesIndex);
      fileIndex.commit();
      sinkIndex.commit();
      bytesIndex.commit();
      List<String> dump = IndexDump.of(tmp.resolve("file"));
      for (String kind : List.of(" stored ", " numeric ", " binary ", " sorted ", " sortedset ", " point ", "term ")) {
        assertTrue(dump.stream().anyMatch(line -> line.contains(kind)), "the dump holds" + kind + "lines");
      }
      assertEquals(dump, IndexDump.of(tmp.resolve("sink")), "everything the index holds, from the model");
      assertEquals(dump, IndexDump.of(tmp.resolve("bytes")), "everything the index holds, from the bytes written");
    }
  }

  /** The two indexes hold the same plans, versions, sources and stored JSON, and answer searches alike. */
  private static void assertSameAnswers(PlanIndex fileIndex, PlanIndex sinkIndex) throws Exception {
    assertEquals(fileIndex.sourceCount(), sinkIndex.sourceCount());
    assertEquals(fileIndex.versionCount(), sinkIndex.versionCount());
    assertEquals(fileIndex.planCount(), sinkIndex.planCount());
    try (PlanSearcher a = fileIndex.searcher(IndicatorLexicon.none());
        PlanSearcher b = sinkIndex.searcher(IndicatorLexicon.none())) {
      Filters all = Filters.none().withSuperseded(true);
      List<PlanInfo> versions = a.plans(all, null);
      assertEquals(versions, b.plans(all, null));
      for (PlanInfo v : versions) {
        assertEquals(a.planJson(v), b.planJson(v), v.versionId());
      }
      for (String query : List.of("", "tiêm chủng", "tre em", "\"bảo vệ\"")) {
        SearchRequest request = new SearchRequest(query, all, 10_000);
        assertEquals(a.search(request), b.search(request), query);
      }
      assertEquals(List.of(a.counts()[0], a.counts()[1], a.counts()[2]),
          List.of(b.counts()[0], b.counts()[1], b.counts()[2]));
    }
  }

  /** One way of adding a plan. */
  private interface Add {
    AddResult run() throws Exception;
  }

  private static String outcome(Add add) {
    try {
      AddResult r = add.run();
      return r == null ? "added" : r.status() + " " + r;
    } catch (Exception e) {
      return "failed " + e.getClass().getSimpleName();
    }
  }
}
