package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
}
