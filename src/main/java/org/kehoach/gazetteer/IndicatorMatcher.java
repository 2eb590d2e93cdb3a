package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the indicator a target phrase is about, for phrases that say more than any synonym ("tỷ lệ trẻ em
 * dưới 1 tuổi được tiêm chủng đầy đủ 08 loại vắc xin đạt 91%" → full immunisation).
 *
 * <p>Each phrase becomes a set of features over its syllable keys: single syllables and adjacent pairs
 * (pairs reward word order). A feature weighs {@code ln(1 + N/df)}, N the number of indicators and df how
 * many of them use it, so "trẻ em" counts little and "tiêm chủng" much. For a synonym S and a phrase Q,
 * coverage = weight of S's features found in Q / weight(S), and an indicator's coverage is that of its
 * best-covered synonym (its name included). precision = weight of Q's features found in any of the
 * indicator's phrases / weight of Q's features that any indicator uses (words no indicator uses, such as
 * the value and the verbs around it, do not count). score = coverage^0.75 × precision^0.25: a synonym must
 * be mostly present, and among indicators with a present synonym, the one whose vocabulary explains more
 * of the phrase wins ("… thể béo phì" picks overweight over underweight although "trẻ em dưới 5 tuổi bị
 * suy dinh dưỡng" is wholly present). Immutable and thread-safe.
 */
public final class IndicatorMatcher {
  /** Default lower bound on coverage for {@link #best}: most of a synonym must be present. */
  public static final double DEFAULT_MIN_COVERAGE = 0.7;

  private static final double COVERAGE_EXPONENT = 0.75;

  private final SyllableTokenizer tokenizer;
  private final double minCoverage;
  private final List<Indicator> indicators;
  private final Map<String, Indicator> byId;
  private final FeatureSpace features;
  /** Weight of each feature, by feature number. */
  private final double[] weights;
  /** Per indicator (in list order): the features any of its phrases uses. */
  private final int[][] vocabulary;
  /** Per indicator: its name and synonyms with their features. */
  private final Entry[][] entries;
  /** Per feature: the indicators (list positions, ascending) whose phrases use it. */
  private final int[][] users;
  /** Per feature, parallel to {@link #users}: where the feature stands in each user's {@link #vocabulary}. */
  private final int[][] userPlaces;

  private record Entry(String synonym, int[] features, double weight) {}

  public IndicatorMatcher(List<Indicator> indicators, SyllableTokenizer tokenizer) {
    this(indicators, tokenizer, DEFAULT_MIN_COVERAGE);
  }

  /** @param minCoverage the least coverage {@link #best} accepts, in (0, 1] */
  public IndicatorMatcher(List<Indicator> indicators, SyllableTokenizer tokenizer, double minCoverage) {
    if (!(minCoverage > 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minCoverage must be in (0, 1], got " + minCoverage);
    }
    this.tokenizer = tokenizer;
    this.minCoverage = minCoverage;
    this.indicators = List.copyOf(indicators);
    Map<String, Indicator> ids = new LinkedHashMap<>();
    FeatureSpace.Builder space = new FeatureSpace.Builder();
    int n = this.indicators.size();
    int[][] vocab = new int[n][];
    int[][][] phraseFeatures = new int[n][][];
    String[][] phraseTexts = new String[n][];
    for (int i = 0; i < n; i++) {
      Indicator ind = this.indicators.get(i);
      if (ids.put(ind.id(), ind) != null) {
        throw new IllegalArgumentException("duplicate indicator id " + ind.id());
      }
      List<String> phrases = new ArrayList<>();
      phrases.add(ind.name());
      phrases.addAll(ind.synonyms());
      List<int[]> kept = new ArrayList<>();
      List<String> keptTexts = new ArrayList<>();
      Set<Integer> union = new LinkedHashSet<>();
      for (String p : phrases) {
        int[] f = space.intern(tokenizer.keys(p));
        if (f.length > 0) {
          kept.add(f);
          keptTexts.add(p);
          for (int x : f) {
            union.add(x);
          }
        }
      }
      vocab[i] = union.stream().mapToInt(Integer::intValue).toArray();
      phraseFeatures[i] = kept.toArray(new int[0][]);
      phraseTexts[i] = keptTexts.toArray(new String[0]);
    }
    this.features = space.build();
    int[] df = new int[features.size()];
    for (int[] v : vocab) {
      for (int f : v) {
        df[f]++;
      }
    }
    int total = Math.max(1, n);
    this.weights = new double[df.length];
    for (int f = 0; f < df.length; f++) {
      weights[f] = Math.log(1.0 + (double) total / df[f]);
    }
    this.users = users(vocab, df, false);
    this.userPlaces = users(vocab, df, true);
    this.entries = new Entry[n][];
    for (int i = 0; i < n; i++) {
      entries[i] = new Entry[phraseFeatures[i].length];
      for (int k = 0; k < phraseFeatures[i].length; k++) {
        int[] f = phraseFeatures[i][k];
        entries[i][k] = new Entry(phraseTexts[i][k], f, sum(f));
      }
    }
    this.vocabulary = vocab;
    this.byId = Map.copyOf(ids);
  }

  /**
   * Per feature, one entry per indicator using it (ascending): the indicator's list position, or with
   * {@code places} where the feature stands in that indicator's vocabulary.
   */
  private static int[][] users(int[][] vocab, int[] df, boolean places) {
    int[][] out = new int[df.length][];
    int[] filled = new int[df.length];
    for (int f = 0; f < df.length; f++) {
      out[f] = new int[df[f]];
    }
    for (int i = 0; i < vocab.length; i++) {
      for (int k = 0; k < vocab[i].length; k++) {
        int f = vocab[i][k];
        out[f][filled[f]++] = places ? k : i;
      }
    }
    return out;
  }

  public List<Indicator> all() {
    return indicators;
  }

  public Optional<Indicator> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The best indicator for {@code phrase}, if its coverage reaches the configured minimum: the first of
   * {@link #rank}, found without ranking the others. An indicator's precision factor bounds its score from
   * above (coverage is at most 1). The indicator with the highest bound is scored first; then every
   * indicator whose bound is below the best score so far cannot win, and its synonyms are not compared.
   */
  public Optional<IndicatorMatch> best(String phrase) {
    Query q = query(phrase);
    if (q == null) {
      return Optional.empty();
    }
    double[] bound = new double[indicators.size()];
    int first = -1;
    for (int i = 0; i < bound.length; i++) {
      if (q.candidate()[i]) {
        bound[i] = precisionFactor(i, q);
        if (first < 0 || bound[i] > bound[first]) {
          first = i;
        }
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    Best best = new Best();
    best.offer(first, bestCovered(first, q.inQuery()), bound[first]);
    for (int i = 0; i < bound.length; i++) {
      // score = coverage factor (<= 1) × bound: a bound below the best score cannot win
      if (q.candidate()[i] && i != first && !(best.indicator >= 0 && bound[i] < best.score)) {
        best.offer(i, bestCovered(i, q.inQuery()), bound[i]);
      }
    }
    if (best.indicator < 0 || best.covered.coverage() < minCoverage) {
      return Optional.empty();
    }
    return Optional.of(new IndicatorMatch(indicators.get(best.indicator), best.covered.entry().synonym(), best.score,
        best.covered.coverage()));
  }

  /** The best-scored indicator so far of one {@link #best} call. */
  private static final class Best {
    int indicator = -1;
    Covered covered;
    double score;

    /** Takes indicator {@code i} if it scores higher, or as high with a lower index (rank's stable sort keeps it first). */
    void offer(int i, Covered c, double bound) {
      if (c == null) {
        return;
      }
      double s = Math.pow(c.coverage(), COVERAGE_EXPONENT) * bound;
      if (indicator < 0 || s > score || (s == score && i < indicator)) {
        indicator = i;
        covered = c;
        score = s;
      }
    }
  }

  /** Up to {@code limit} indicators with a non-zero score, best first (one entry per indicator). */
  public List<IndicatorMatch> rank(String phrase, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    Query q = query(phrase);
    if (q == null) {
      return List.of();
    }
    List<IndicatorMatch> out = new ArrayList<>();
    for (int i = 0; i < q.candidate().length; i++) {
      if (!q.candidate()[i]) {
        continue;
      }
      Covered c = bestCovered(i, q.inQuery());
      if (c == null) {
        continue;
      }
      double score = Math.pow(c.coverage(), COVERAGE_EXPONENT) * precisionFactor(i, q);
      out.add(new IndicatorMatch(indicators.get(i), c.entry().synonym(), score, c.coverage()));
    }
    out.sort(Comparator.comparingDouble(IndicatorMatch::score).reversed());
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /**
   * A phrase's features: which are in it, their total weight, the indicators using any of them, and per
   * indicator the weight of its vocabulary that the phrase holds.
   */
  private record Query(boolean[] inQuery, double known, boolean[] candidate, double[] sharedVocabulary) {}

  /** The query of {@code phrase}, or {@code null} when no indicator uses any of its features. */
  private Query query(String phrase) {
    int[] query = features.lookup(tokenizer.keys(phrase));
    if (query.length == 0) {
      return null;
    }
    boolean[] inQuery = new boolean[weights.length];
    boolean[] candidate = new boolean[indicators.size()];
    // where the query's features stand in each candidate's vocabulary, gathered candidate by candidate
    int[] hits = new int[indicators.size()];
    double known = 0;
    for (int f : query) {
      inQuery[f] = true;
      known += weights[f];
      for (int i : users[f]) {
        candidate[i] = true;
        hits[i]++;
      }
    }
    int[] start = new int[hits.length + 1];
    for (int i = 0; i < hits.length; i++) {
      start[i + 1] = start[i] + hits[i];
    }
    int[] places = new int[start[hits.length]];
    int[] filled = Arrays.copyOf(start, hits.length);
    for (int f : query) {
      int[] u = users[f];
      int[] at = userPlaces[f];
      for (int k = 0; k < u.length; k++) {
        places[filled[u[k]]++] = at[k];
      }
    }
    return new Query(inQuery, known, candidate, sharedVocabularies(places, start));
  }

  /**
   * Per indicator, the weight of its vocabulary the query holds: the same sum, in the same order, as walking
   * the whole vocabulary and adding the features the query holds (floating-point addition is not
   * associative, so the order is kept), but only the few places the query's features stand at are visited.
   */
  private double[] sharedVocabularies(int[] places, int[] start) {
    double[] out = new double[start.length - 1];
    for (int i = 0; i < out.length; i++) {
      if (start[i] == start[i + 1]) {
        continue;
      }
      Arrays.sort(places, start[i], start[i + 1]);
      double sum = 0;
      for (int k = start[i]; k < start[i + 1]; k++) {
        sum += weights[vocabulary[i][places[k]]];
      }
      out[i] = sum;
    }
    return out;
  }

  /** The precision factor of indicator {@code i}'s score: precision^(1 - coverage exponent). */
  private double precisionFactor(int i, Query q) {
    double precision = Math.min(1.0, q.sharedVocabulary()[i] / q.known());
    return Math.pow(precision, 1 - COVERAGE_EXPONENT);
  }

  /** A synonym and its coverage of the query. */
  private record Covered(Entry entry, double coverage) {}

  /** Indicator {@code i}'s best-covered synonym (the first among equals), or {@code null} when none is covered. */
  private Covered bestCovered(int i, boolean[] inQuery) {
    Entry bestEntry = null;
    double bestCoverage = 0;
    for (Entry e : entries[i]) {
      double coverage = Math.min(1.0, shared(e.features(), inQuery) / e.weight());
      if (coverage > bestCoverage) {
        bestCoverage = coverage;
        bestEntry = e;
      }
    }
    return bestEntry == null ? null : new Covered(bestEntry, bestCoverage);
  }

  /** The weight of the features in {@code set} that the query holds. */
  private double shared(int[] set, boolean[] inQuery) {
    double sum = 0;
    for (int f : set) {
      if (inQuery[f]) {
        sum += weights[f];
      }
    }
    return sum;
  }

  private double sum(int[] set) {
    double sum = 0;
    for (int f : set) {
      sum += weights[f];
    }
    return sum;
  }
}
