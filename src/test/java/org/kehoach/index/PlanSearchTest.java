package org.kehoach.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.model.IssuerLevel;
import org.kehoach.model.TargetUnit;

/** Searching targets: diacritics, case, abbreviations, synonyms, phrases, filters and facet counts. */
class PlanSearchTest {
  private static final String IMMUNISATION = "child.health.immunisation_full_under1";

  @TempDir static Path dir;
  private static PlanIndex index;
  private static PlanSearcher searcher;
  private static List<JsonNode> plans;

  @BeforeAll
  static void build() throws Exception {
    plans = List.of(
        TestPlans.campha2023(),
        TestPlans.campha2022(),
        TestPlans.plan("Lào Cai", "Bát Xát", 2023)
            .target(IMMUNISATION, "trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắc xin",
                "trẻ em dưới 1 tuổi được tiêm đủ 8 loại vắc xin đạt 97%", 97, "percent", "EQ", "INCREASE")
            .target("child.injury.drowning_deaths", "số trẻ em tử vong do đuối nước",
                "giảm số trẻ em tử vong do đuối nước xuống dưới 5 trẻ", 5, "count", "LT", "DECREASE")
            .build(),
        TestPlans.plan("Quảng Ninh", "Hạ Long", 2024)
            .target(IMMUNISATION, "tỷ lệ tiêm chủng mở rộng cho trẻ em dưới 1 tuổi",
                "tỷ lệ tiêm chủng mở rộng cho trẻ em dưới 1 tuổi đạt 98%", 98, "percent", "GE", "INCREASE")
            .build(),
        TestPlans.plan("Quảng Ninh", null, 2023).title("Thực hiện Chương trình hành động vì trẻ em năm 2023")
            .target(IMMUNISATION, "tỷ lệ trẻ em được tiêm chủng đầy đủ", "tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%",
                95, "percent", "GE", "INCREASE")
            .build());
    index = PlanIndex.open(dir);
    for (JsonNode p : plans) {
      index.add(p, null);
    }
    index.commit();
    searcher = index.searcher(GazetteerLexicon.of(Gazetteers.loadDefault()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
    index.close();
  }

  private static SearchResult search(String q, Filters f) throws Exception {
    return searcher.search(new SearchRequest(q, f, 100));
  }

  private static TargetHit campha91(SearchResult r) {
    return r.plans().stream()
        .filter(p -> "Cẩm Phả".equals(p.plan().district()) && Integer.valueOf(2023).equals(p.plan().year()))
        .flatMap(p -> p.targets().stream()).filter(t -> t.value() == 91).findFirst()
        .orElseThrow(() -> new AssertionError("no Cẩm Phả 2023 target 91% in " + r));
  }

  @Test
  void withOrWithoutDiacriticsAndInCapitalsFindsTheCamPha91PercentTarget() throws Exception {
    JsonNode expected = TestPlans.campha2023().get("targets").get(8);
    for (String q : new String[] {"tiem chung", "TIÊM CHỦNG", "tiêm chủng", "Tiem Chung", "\"tiêm chủng\""}) {
      SearchResult r = search(q, Filters.none());
      TargetHit hit = campha91(r);
      assertEquals("percent", hit.unit(), q);
      assertEquals("EQ", hit.comparator(), q);
      assertEquals(expected.get("text").asText(), hit.text(), q);
      assertEquals(expected.get("span").get("start").asInt(), hit.spanStart(), q);
      assertEquals(expected.get("span").get("end").asInt(), hit.spanEnd(), q);
      assertEquals("2023_cam-pha.txt", hit.file(), q);
      assertEquals(IMMUNISATION, hit.indicator(), q);
    }
  }

  @Test
  void resultsAreGroupedByPlanWithPlaceAndYear() throws Exception {
    SearchResult r = search("tiem chung", Filters.none());
    assertEquals(5, r.totalTargets());
    assertEquals(5, r.plans().size());
    SearchResult.PlanHit campha = r.plans().stream().filter(p -> "43/KH-UBND".equals(p.plan().number()))
        .findFirst().orElseThrow();
    assertEquals("Quảng Ninh", campha.plan().province());
    assertEquals("DISTRICT", campha.plan().level());
    assertEquals("Công tác bảo vệ, chăm sóc trẻ em năm 2023", campha.plan().title());
    assertEquals(1, campha.targets().size());
  }

  @Test
  void exactDiacriticsRankTheExactSpellingFirst() throws Exception {
    // "tiêm chủng" typed with diacritics: all five match, each via the exact fields too; no error, sane order
    SearchResult r = search("tiêm chủng", Filters.none());
    float previous = Float.MAX_VALUE;
    for (SearchResult.PlanHit p : r.plans()) {
      assertTrue(p.targets().get(0).score() <= previous, "plans come best first");
      previous = p.targets().get(0).score();
    }
  }

  @Test
  void aSynonymOfTheIndicatorFindsTargetsWrittenOtherwise() throws Exception {
    // Bát Xát writes "tiêm đủ 8 loại vắc xin": no "chủng", no "đầy"; the indicator gazetteer links them
    SearchResult r = search("tiêm chủng đầy đủ", Filters.none().withDistrict("Bát Xát"));
    assertEquals(1, r.totalTargets());
    assertEquals(97, r.plans().get(0).targets().get(0).value());
    assertEquals(List.of(IMMUNISATION), r.indicators());
    // and the reverse: Cẩm Phả writes "tiêm chủng đầy đủ 08 loại", no "mở rộng"
    SearchResult back = search("tiêm chủng mở rộng", Filters.none().withYear(2023).withDistrict("Cẩm Phả"));
    assertEquals(91, campha91(back).value());
  }

  @Test
  void anAbbreviationFindsTheFullFormAndTheReverse() throws Exception {
    SearchResult r = search("TNTT", Filters.none().withYear(2023).withDistrict("cam pha"));
    assertEquals(2, r.totalTargets(), "Cẩm Phả 2023 has two injury targets written in full");
    SearchResult full = search("tai nạn thương tích", Filters.none().withYear(2023).withDistrict("Cẩm Phả"));
    assertEquals(2, full.totalTargets());
  }

  @Test
  void phraseQueriesKeepWordOrder() throws Exception {
    try (PlanSearcher plain = index.searcher(IndicatorLexicon.none())) {
      // adjacent "tiêm chủng": both Cẩm Phả plans, Hạ Long, the province plan; Bát Xát writes "tiêm đủ"
      assertEquals(4, plain.search(SearchRequest.of("\"tiem chung\"")).totalTargets());
      assertEquals(5, plain.search(SearchRequest.of("tiem chung")).totalTargets() + 1);
      assertEquals(0, plain.search(SearchRequest.of("\"chủng tiêm\"")).totalTargets());
      assertEquals(3, plain.search(SearchRequest.of("\"tiêm chủng đầy đủ\"")).totalTargets());
    }
  }

  @Test
  void filtersNarrowTheResult() throws Exception {
    assertEquals(5, search("tiem chung", Filters.none()).totalTargets());
    assertEquals(4, search("tiem chung", Filters.none().withProvince("Quảng Ninh")).totalTargets());
    assertEquals(4, search("tiem chung", Filters.none().withProvince("tỉnh quang ninh")).totalTargets());
    assertEquals(2, search("tiem chung", Filters.none().withProvince("Quảng Ninh").withYear(2023)).totalTargets());
    assertEquals(1, search("tiem chung",
        Filters.none().withProvince("Quảng Ninh").withYear(2023).withLevel(IssuerLevel.DISTRICT)).totalTargets());
    assertEquals(3, search("tiem chung", Filters.none().withRange(2023, 2023)).totalTargets());
    assertEquals(2, search("tiem chung", Filters.none().withRange(2022, 2023).withDistrict("Cẩm Phả")).totalTargets());
    assertEquals(1, search("tiem chung", Filters.none().withRange(2024, null)).totalTargets());
    assertEquals(0, search("tiem chung", Filters.none().withUnit(TargetUnit.PER_1000)).totalTargets());
    assertEquals(5, search("*", Filters.none().withIndicator(IMMUNISATION)).totalTargets());
    assertEquals(1, search("", Filters.none().withUnit(TargetUnit.COUNT)).totalTargets());
  }

  @Test
  void facetCountsMatchTheIndexedTargets() throws Exception {
    SearchResult all = search("*", Filters.none());
    Map<String, Long> byProvince = new HashMap<>();
    Map<String, Long> byYear = new HashMap<>();
    Map<String, Long> byIndicator = new HashMap<>();
    Map<String, Long> byLevel = new HashMap<>();
    long total = 0;
    for (JsonNode p : plans) {
      JsonNode d = p.get("document");
      for (JsonNode t : p.get("targets")) {
        total++;
        byProvince.merge(d.get("location").get("province").asText(), 1L, Long::sum);
        byYear.merge(d.get("planYear").asText(), 1L, Long::sum);
        byLevel.merge(d.get("issuer").get("level").asText(), 1L, Long::sum);
        if (t.hasNonNull("indicator")) {
          byIndicator.merge(t.get("indicator").asText(), 1L, Long::sum);
        }
      }
    }
    assertEquals(total, all.totalTargets());
    assertEquals(byProvince, asMap(all.facets().get("province")));
    assertEquals(byYear, asMap(all.facets().get("year")));
    assertEquals(byLevel, asMap(all.facets().get("level")));
    assertEquals(byIndicator, asMap(all.facets().get("indicator")));

    SearchResult r = search("tiem chung", Filters.none());
    assertEquals(Map.of("Quảng Ninh", 4L, "Lào Cai", 1L), asMap(r.facets().get("province")));
    assertEquals(Map.of("2022", 1L, "2023", 3L, "2024", 1L), asMap(r.facets().get("year")));
    assertEquals(Map.of("DISTRICT", 4L, "PROVINCE", 1L), asMap(r.facets().get("level")));
    assertEquals(Map.of(IMMUNISATION, 5L), asMap(r.facets().get("indicator")));
    assertEquals(4L, r.facets().get("province").get(0).count(), "most frequent first");
  }

  @Test
  void everyIndicatorTheResultMentionsComesWithItsGazetteerNameAndUnknownIdsWithNone() throws Exception {
    SearchResult r = search("", Filters.none());
    // every indicator of the test plans is a gazetteer id, so each one the facets count has its name
    Set<String> counted = asMap(r.facets().get("indicator")).keySet();
    assertTrue(counted.contains("child.injury.drowning_deaths"), counted.toString());
    assertEquals(counted, r.indicatorNames().keySet());
    assertEquals("Tỷ suất trẻ em tử vong do đuối nước", r.indicatorNames().get("child.injury.drowning_deaths"));
    assertEquals("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin",
        r.indicatorNames().get(IMMUNISATION));
    try (PlanSearcher plain = index.searcher(IndicatorLexicon.none())) {
      assertEquals(Map.of(), plain.search(new SearchRequest("", Filters.none(), 100)).indicatorNames());
    }
  }

  @Test
  void querySyntaxCharactersAreTakenLiterally() throws Exception {
    for (String q : new String[] {"43/KH-UBND", "(b)", "a:b", "\"unbalanced", "tiem AND", "*tiem", "[x TO y]"}) {
      search(q, Filters.none()); // must not throw
    }
    assertEquals(0, search("tiem OR xyzzy", Filters.none()).totalTargets(), "OR is a word, not an operator");
  }

  private static Map<String, Long> asMap(List<SearchResult.FacetCount> counts) {
    Map<String, Long> m = new HashMap<>();
    counts.forEach(c -> m.put(c.label(), c.count()));
    return m;
  }
}
