package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorMatcherTest {
  static final String PHRASES = "/gazetteer/indicator-phrases.tsv";
  static final List<String> PHRASES_HEADER = List.of("expected_id", "origin", "phrase");

  private final IndicatorMatcher matcher = TestGazetteers.get().indicators();

  static List<TsvRow> phraseRows() {
    try (InputStream in = IndicatorMatcherTest.class.getResourceAsStream(PHRASES)) {
      return new TsvReader(PHRASES_HEADER).read(in, PHRASES);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> phrases() {
    return phraseRows().stream().map(r -> Arguments.of(r.get("expected_id"), r.get("origin"), r.get("phrase")));
  }

  @ParameterizedTest(name = "[{1}] {2}")
  @MethodSource("phrases")
  void targetPhraseMatchesItsIndicator(String expectedId, String origin, String phrase) {
    Optional<IndicatorMatch> best = matcher.best(phrase);
    assertTrue(best.isPresent(), "no indicator for: " + phrase + "; ranking " + matcher.rank(phrase, 3));
    assertEquals(expectedId, best.get().indicator().id(), () -> "ranking " + matcher.rank(phrase, 3));
  }

  @Test
  void everyExpectedIdExists() {
    for (TsvRow r : phraseRows()) {
      assertTrue(matcher.byId(r.get("expected_id")).isPresent(), r.get("expected_id"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Kinh phí thực hiện kế hoạch được bố trí trong dự toán ngân sách năm 2025",
    "Thời gian thực hiện: thường xuyên trong năm",
    "Tổng đài điện thoại quốc gia 111",
    "Báo cáo kết quả về UBND huyện trước ngày 10/11/2025",
  })
  void sentencesWithoutAnIndicatorMatchNothing(String phrase) {
    assertTrue(matcher.best(phrase).isEmpty(), () -> phrase + " -> " + matcher.rank(phrase, 2));
  }

  @Test
  void theFullerSynonymWinsOverAShorterOneItContains() {
    String share = "tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em";
    String assisted = "trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc";
    assertEquals("child.protection.special_circumstances_share", matcher.best(share).orElseThrow().indicator().id());
    assertEquals("child.protection.special_circumstances_assisted",
        matcher.best(assisted).orElseThrow().indicator().id());
  }

  @Test
  void rankListsEachIndicatorOnceBestFirst() {
    List<IndicatorMatch> ranked = matcher.rank("giảm tỷ suất tử vong trẻ em dưới 5 tuổi", 10);
    Set<String> ids = new HashSet<>();
    double previous = Double.MAX_VALUE;
    for (IndicatorMatch m : ranked) {
      assertTrue(ids.add(m.indicator().id()), m.indicator().id());
      assertTrue(m.score() <= previous);
      assertTrue(m.score() > 0 && m.score() <= 1 && m.coverage() > 0 && m.coverage() <= 1);
      previous = m.score();
    }
    assertEquals("child.mortality.under5", ranked.get(0).indicator().id());
    assertEquals(1.0, ranked.get(0).coverage(), 1e-9);
  }

  @Test
  void indicatorRecordsCarryUnitAndDirection() {
    Indicator under1 = matcher.byId("child.mortality.under1").orElseThrow();
    assertEquals(IndicatorUnit.PER_1000, under1.unit());
    assertEquals(BetterDirection.DECREASE, under1.better());
    assertEquals(IndicatorUnit.PER_100000, matcher.byId("child.injury.rate").orElseThrow().unit());
    assertEquals(IndicatorUnit.VND, matcher.byId("child.finance.child_fund_raised").orElseThrow().unit());
  }

  @Test
  void minimumCoverageIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> new IndicatorMatcher(List.of(), new SyllableTokenizer(), 0));
    assertThrows(IllegalArgumentException.class, () -> matcher.rank("tảo hôn", 0));
  }

  /** {@link IndicatorMatcher#best} skips indicators that cannot win; it must still agree with the full ranking. */
  @Test
  void bestIsTheFirstOfTheRankingWhenCoveredEnough() {
    List<String> phrases = new ArrayList<>();
    phraseRows().forEach(r -> phrases.add(r.get("phrase")));
    List<String> words = new ArrayList<>();
    for (Indicator ind : matcher.all()) {
      phrases.add(ind.name());
      phrases.addAll(ind.synonyms());
      words.addAll(List.of(ind.name().split(" ")));
      ind.synonyms().forEach(x -> words.addAll(List.of(x.split(" "))));
    }
    long seed = 20261122L;
    Random random = new Random(seed);
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int w = 0; w < n; w++) {
        sb.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      phrases.add(sb.toString().strip());
    }
    for (String p : phrases) {
      List<IndicatorMatch> ranked = matcher.rank(p, 1);
      Optional<IndicatorMatch> expected = ranked.isEmpty()
          || ranked.get(0).coverage() < IndicatorMatcher.DEFAULT_MIN_COVERAGE ? Optional.empty() : Optional.of(ranked.get(0));
      assertEquals(expected, matcher.best(p), () -> "seed " + seed + ", phrase: " + p);
    }
  }

  /**
   * {@link IndicatorMatcher#rank} scores exactly (same doubles) as the formula of its documentation computed
   * the straightforward way, over feature strings, every sum in phrase order: phrases of the gazetteer test
   * set, every indicator phrase, and random mixes of their words.
   */
  @Test
  void rankScoresAreTheStraightforwardFormula() {
    SyllableTokenizer tokenizer = new SyllableTokenizer();
    List<Indicator> all = matcher.all();
    List<List<List<String>>> phraseFeatures = new ArrayList<>();
    List<Set<String>> vocabularies = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Indicator ind : all) {
      List<List<String>> own = new ArrayList<>();
      Set<String> vocabulary = new LinkedHashSet<>();
      for (String p : concat(ind.name(), ind.synonyms())) {
        List<String> f = features(tokenizer.keys(p));
        if (!f.isEmpty()) {
          own.add(f);
          vocabulary.addAll(f);
        }
      }
      phraseFeatures.add(own);
      vocabularies.add(vocabulary);
      vocabulary.forEach(f -> df.merge(f, 1, Integer::sum));
    }
    Map<String, Double> weight = new HashMap<>();
    df.forEach((f, n) -> weight.put(f, Math.log(1.0 + (double) Math.max(1, all.size()) / n)));
    List<String> phrases = randomPhrases(new Random(20261123L), 1000);
    for (String p : phrases) {
      List<String> query = features(tokenizer.keys(p)).stream().filter(weight::containsKey).toList();
      double known = 0;
      for (String f : query) {
        known += weight.get(f);
      }
      Map<String, Double> expected = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        double bestCoverage = 0;
        for (List<String> synonym : phraseFeatures.get(i)) {
          double held = 0;
          double total = 0;
          for (String f : synonym) {
            total += weight.get(f);
            held += query.contains(f) ? weight.get(f) : 0;
          }
          bestCoverage = Math.max(bestCoverage, Math.min(1.0, held / total));
        }
        double shared = 0;
        for (String f : vocabularies.get(i)) {
          shared += query.contains(f) ? weight.get(f) : 0;
        }
        if (bestCoverage > 0) {
          expected.put(all.get(i).id(),
              Math.pow(bestCoverage, 0.75) * Math.pow(Math.min(1.0, shared / known), 0.25));
        }
      }
      for (IndicatorMatch m : matcher.rank(p, all.size())) {
        assertEquals(expected.get(m.indicator().id()), m.score(), () -> "phrase: " + p + ", " + m);
      }
      assertEquals(expected.size(), matcher.rank(p, all.size()).size(), () -> "phrase: " + p);
    }
  }

  /** Single syllable keys and adjacent pairs, each once, in the order the phrase brings them. */
  private static List<String> features(List<String> keys) {
    Set<String> out = new LinkedHashSet<>();
    for (int k = 0; k < keys.size(); k++) {
      out.add(keys.get(k));
      if (k > 0) {
        out.add(keys.get(k - 1) + " " + keys.get(k));
      }
    }
    return List.copyOf(out);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(List.of(first));
    out.addAll(rest);
    return out;
  }

  /** The test set's phrases, every indicator phrase, and {@code n} random mixes of their words. */
  private List<String> randomPhrases(Random random, int n) {
    List<String> phrases = new ArrayList<>();
    phraseRows().forEach(r -> phrases.add(r.get("phrase")));
    List<String> words = new ArrayList<>();
    for (Indicator ind : matcher.all()) {
      for (String x : concat(ind.name(), ind.synonyms())) {
        phrases.add(x);
        words.addAll(List.of(x.split(" ")));
      }
    }
    for (int k = 0; k < n; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(14);
      for (int w = 0; w < len; w++) {
        sb.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      phrases.add(sb.toString().strip());
    }
    return phrases;
  }
}
