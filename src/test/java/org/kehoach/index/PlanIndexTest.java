package org.kehoach.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.gazetteer.Gazetteers;

/** Plan identity in the index: replacing, several formats of one plan, versions, reopening. */
class PlanIndexTest {
  private static IndicatorLexicon lexicon;

  @TempDir Path dir;

  @BeforeAll
  static void gazetteers() {
    lexicon = GazetteerLexicon.of(Gazetteers.loadDefault());
  }

  @Test
  void indexingTheSameFileTwiceLeavesOneCopy() throws Exception {
    ObjectNode plan = TestPlans.campha2023();
    try (PlanIndex index = PlanIndex.open(dir)) {
      assertEquals(AddResult.Status.NEW_PLAN, index.add(plan, null).status());
      AddResult again = index.add(plan, null);
      assertEquals(AddResult.Status.REPLACED, again.status());
      assertEquals(1, again.sources());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 1, 31, 1);
        assertEquals(1, s.search(SearchRequest.of("tiem chung")).totalTargets());
      }
    }
  }

  @Test
  void reindexingAfterReopeningStillReplaces() throws Exception {
    ObjectNode plan = TestPlans.campha2023();
    try (PlanIndex index = PlanIndex.open(dir)) {
      index.add(plan, null);
    }
    try (PlanIndex index = PlanIndex.open(dir)) {
      assertEquals(1, index.sourceCount());
      assertEquals(AddResult.Status.REPLACED, index.add(plan, null).status());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 1, 31, 1);
      }
    }
    try (PlanSearcher s = PlanSearcher.open(dir, lexicon)) {
      assertCounts(s, 1, 31, 1);
    }
  }

  @Test
  void samePlanInTwoFormatsIsOnePlanWithTwoSources() throws Exception {
    ObjectNode txt = TestPlans.campha2023();
    ObjectNode docx = TestPlans.asFile(txt, "2023_cam-pha.docx", "docx", 7);
    try (PlanIndex index = PlanIndex.open(dir)) {
      index.add(txt, null);
      AddResult second = index.add(docx, null);
      assertEquals(AddResult.Status.NEW_SOURCE, second.status());
      assertEquals(2, second.sources());
      assertEquals(1, second.versions());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 1, 31, 2);
        SearchResult r = s.search(SearchRequest.of("tiem chung"));
        assertEquals(1, r.totalTargets());
        PlanInfo p = r.plans().get(0).plan();
        assertEquals(List.of("2023_cam-pha.txt", "2023_cam-pha.docx"),
            p.sources().stream().map(PlanInfo.SourceRef::file).toList());
        assertEquals("2023_cam-pha.txt", r.plans().get(0).targets().get(0).file());
      }
    }
  }

  @Test
  void aFormatReadALittleDifferentlyIsStillASourceOfThePlan() throws Exception {
    ObjectNode txt = TestPlans.campha2023();
    ObjectNode pdf = TestPlans.asFile(txt, "2023_cam-pha.pdf", "pdf", 0);
    ((ObjectNode) pdf.get("targets").get(3)).put("value", 90);
    pdf.withArray("targets").remove(5);
    try (PlanIndex index = PlanIndex.open(dir)) {
      index.add(txt, null);
      AddResult r = index.add(pdf, null);
      assertEquals(AddResult.Status.NEW_SOURCE, r.status());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 1, 31, 2);
      }
    }
  }

  @Test
  void aPlanWithoutNumberIsToldApartByItsContent() throws Exception {
    ObjectNode a = TestPlans.campha2023();
    ((ObjectNode) a.get("document")).putNull("number");
    ObjectNode sameContent = TestPlans.asFile(a, "2023_cam-pha.docx", "docx", 3);
    ObjectNode otherContent = TestPlans.asFile(a, "2023_cam-pha-2.docx", "docx", 0);
    ((ObjectNode) otherContent.get("targets").get(3)).put("value", 8);
    try (PlanIndex index = PlanIndex.open(dir)) {
      index.add(a, null);
      assertEquals(AddResult.Status.NEW_SOURCE, index.add(sameContent, null).status());
      assertEquals(AddResult.Status.NEW_VERSION, index.add(otherContent, null).status());
    }
  }

  @Test
  void removingThePrimarySourcePointsTargetsIntoTheNextOne() throws Exception {
    ObjectNode txt = TestPlans.campha2023();
    ObjectNode docx = TestPlans.asFile(txt, "2023_cam-pha.docx", "docx", 7);
    int start = txt.get("targets").get(8).get("span").get("start").asInt();
    try (PlanIndex index = PlanIndex.open(dir)) {
      index.add(txt, null);
      index.add(docx, null);
      assertTrue(index.remove(txt.get("source").get("sha256").asText()));
      assertFalse(index.remove(txt.get("source").get("sha256").asText()));
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 1, 31, 1);
        TargetHit hit = s.search(SearchRequest.of("tiem chung")).plans().get(0).targets().get(0);
        assertEquals("2023_cam-pha.docx", hit.file());
        assertEquals(start + 7, hit.spanStart());
      }
      assertTrue(index.remove(docx.get("source").get("sha256").asText()));
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 0, 0, 0);
      }
    }
  }

  @Test
  void aNewVersionOfAPlanSupersedesTheOldOneWhateverTheOrderOfIndexing() throws Exception {
    ObjectNode v1 = TestPlans.campha2023();
    ObjectNode v2 = TestPlans.asFile(v1, "2023_cam-pha-dieu-chinh.txt", "txt", 0);
    ((ObjectNode) v2.get("document")).put("number", "120/KH-UBND").put("issuedDate", "2022-06-01");
    ((ObjectNode) v2.get("targets").get(8)).put("value", 93);
    try (PlanIndex index = PlanIndex.open(dir)) {
      assertEquals(AddResult.Status.NEW_PLAN, index.add(v2, null).status());
      AddResult older = index.add(v1, null);
      assertEquals(AddResult.Status.NEW_VERSION, older.status());
      assertEquals(1, older.version());
      assertEquals(2, older.versions());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 2, 62, 2);
        SearchResult current = s.search(SearchRequest.of("tiem chung"));
        assertEquals(1, current.totalTargets());
        assertEquals(93, current.plans().get(0).targets().get(0).value());
        PlanInfo latest = current.plans().get(0).plan();
        assertEquals(2, latest.version());
        assertEquals(2, latest.versions());
        assertFalse(latest.superseded());
        SearchResult all = s.search(new SearchRequest("tiem chung", Filters.none().withSuperseded(true), 10));
        assertEquals(2, all.totalTargets());
        PlanInfo old = all.plans().stream().map(SearchResult.PlanHit::plan).filter(PlanInfo::superseded)
            .findFirst().orElseThrow();
        assertEquals("43/KH-UBND", old.number());
        assertEquals(1, old.version());
      }
    }
    // the flags are doc values updated in place: they must survive reopening
    try (PlanSearcher s = PlanSearcher.open(dir, lexicon)) {
      assertEquals(93, s.search(SearchRequest.of("tiem chung")).plans().get(0).targets().get(0).value());
    }
  }

  @Test
  void reindexingAFileWithOtherContentMovesItToItsNewVersion() throws Exception {
    ObjectNode plan = TestPlans.campha2023();
    ObjectNode edited = plan.deepCopy();
    ((ObjectNode) edited.get("targets").get(8)).put("value", 92);
    try (PlanIndex index = PlanIndex.open(dir)) {
      index.add(plan, null);
      assertEquals(AddResult.Status.REPLACED, index.add(edited, null).status());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 1, 31, 1);
        assertEquals(92, s.search(SearchRequest.of("tiem chung")).plans().get(0).targets().get(0).value());
      }
    }
  }

  @Test
  void missingRequiredPartIsReportedWithItsPath() throws Exception {
    ObjectNode plan = TestPlans.campha2023();
    ((ObjectNode) plan.get("targets").get(3)).remove("unit");
    try (PlanIndex index = PlanIndex.open(dir)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.add(plan, null));
      assertTrue(e.getMessage().contains("$.targets[3].unit"), e.getMessage());
      assertEquals(0, index.sourceCount());
    }
  }

  @Test
  void concurrentAddsOfManyPlansKeepOneCopyEach() throws Exception {
    List<JsonNode> plans = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      plans.add(TestPlans.plan("Quảng Ninh", "Huyện " + i, 2020 + i % 5)
          .target(null, "tỷ lệ trẻ em bỏ học", "giảm tỷ lệ trẻ em bỏ học xuống dưới 1%", 1, "percent", "LT",
              "DECREASE").build());
    }
    try (PlanIndex index = PlanIndex.open(dir)) {
      Thread[] threads = new Thread[4];
      Throwable[] failure = new Throwable[1];
      for (int t = 0; t < threads.length; t++) {
        threads[t] = new Thread(() -> {
          try {
            for (JsonNode p : plans) {
              index.add(p, null);
            }
          } catch (Throwable e) {
            failure[0] = e;
          }
        }, "add-" + t);
        threads[t].start();
      }
      for (Thread t : threads) {
        t.join();
      }
      assertEquals(null, failure[0]);
      assertEquals(40, index.sourceCount());
      try (PlanSearcher s = index.searcher(lexicon)) {
        assertCounts(s, 40, 40, 40);
      }
    }
  }

  static void assertCounts(PlanSearcher s, long plans, long targets, long sources) throws Exception {
    long[] c = s.counts();
    assertEquals(plans, c[0], "plan documents");
    assertEquals(targets, c[1], "target documents");
    assertEquals(sources, c[2], "source documents");
  }
}
