package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
  private final Map<String, List<Entry>> entriesById;
  private final Map<String, Set<String>> vocabulary;
  private final Map<String, Double> weights;

  private record Entry(Indicator indicator, String synonym, Set<String> features, double weight) {}

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
    Map<String, Integer> df = new HashMap<>();
    Map<String, Set<String>> vocab = new HashMap<>();
    List<Entry> raw = new ArrayList<>();
    for (Indicator ind : indicators) {
      if (ids.put(ind.id(), ind) != null) {
        throw new IllegalArgumentException("duplicate indicator id " + ind.id());
      }
      Set<String> union = new HashSet<>();
      List<String> phrases = new ArrayList<>();
      phrases.add(ind.name());
      phrases.addAll(ind.synonyms());
      for (String p : phrases) {
        Set<String> f = features(p);
        if (!f.isEmpty()) {
          union.addAll(f);
          raw.add(new Entry(ind, p, f, 0));
        }
      }
      for (String f : union) {
        df.merge(f, 1, Integer::sum);
      }
      vocab.put(ind.id(), Set.copyOf(union));
    }
    int n = Math.max(1, indicators.size());
    Map<String, Double> w = new HashMap<>();
    df.forEach((f, count) -> w.put(f, Math.log(1.0 + (double) n / count)));
    this.weights = Map.copyOf(w);
    Map<String, List<Entry>> byIndicator = new HashMap<>();
    for (Entry e : raw) {
      byIndicator
          .computeIfAbsent(e.indicator().id(), k -> new ArrayList<>())
          .add(new Entry(e.indicator(), e.synonym(), Set.copyOf(e.features()), weightOf(e.features())));
    }
    Map<String, List<Entry>> frozen = new HashMap<>();
    byIndicator.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.entriesById = Map.copyOf(frozen);
    this.vocabulary = Map.copyOf(vocab);
    this.byId = Map.copyOf(ids);
  }

  public List<Indicator> all() {
    return indicators;
  }

  public Optional<Indicator> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The best indicator for {@code phrase}, if its coverage reaches the configured minimum. */
  public Optional<IndicatorMatch> best(String phrase) {
    List<IndicatorMatch> ranked = rank(phrase, 1);
    if (ranked.isEmpty() || ranked.get(0).coverage() < minCoverage) {
      return Optional.empty();
    }
    return Optional.of(ranked.get(0));
  }

  /** Up to {@code limit} indicators with a non-zero score, best first (one entry per indicator). */
  public List<IndicatorMatch> rank(String phrase, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    Set<String> query = features(phrase);
    double known = 0;
    for (String f : query) {
      known += weights.getOrDefault(f, 0.0);
    }
    if (known == 0) {
      return List.of();
    }
    List<IndicatorMatch> out = new ArrayList<>();
    for (Indicator ind : indicators) {
      double explained = 0;
      for (String f : vocabulary.get(ind.id())) {
        if (query.contains(f)) {
          explained += weights.get(f);
        }
      }
      if (explained == 0) {
        continue;
      }
      Entry bestEntry = null;
      double bestCoverage = 0;
      for (Entry e : entriesById.get(ind.id())) {
        double shared = 0;
        for (String f : e.features()) {
          if (query.contains(f)) {
            shared += weights.get(f);
          }
        }
        double coverage = Math.min(1.0, shared / e.weight());
        if (coverage > bestCoverage) {
          bestCoverage = coverage;
          bestEntry = e;
        }
      }
      if (bestEntry == null) {
        continue;
      }
      double precision = Math.min(1.0, explained / known);
      double score = Math.pow(bestCoverage, COVERAGE_EXPONENT) * Math.pow(precision, 1 - COVERAGE_EXPONENT);
      out.add(new IndicatorMatch(ind, bestEntry.synonym(), score, bestCoverage));
    }
    out.sort(Comparator.comparingDouble(IndicatorMatch::score).reversed());
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  private Set<String> features(String phrase) {
    List<String> keys = tokenizer.keys(phrase);
    Set<String> f = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      f.add(keys.get(i));
      if (i + 1 < keys.size()) {
        f.add(keys.get(i) + ' ' + keys.get(i + 1));
      }
    }
    return f;
  }

  private double weightOf(Set<String> features) {
    double sum = 0;
    for (String f : features) {
      sum += weights.get(f);
    }
    return sum;
  }
}
