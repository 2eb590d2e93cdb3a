package org.kehoach.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features {@link IndicatorMatcher} compares phrases by — single syllable keys and pairs of adjacent
 * ones — numbered, so that a query is a few map lookups and integer arrays instead of a set of new strings.
 * A pair is looked up by the numbers of its two syllables: a pair is known only where both syllables are.
 * Immutable and thread-safe once built.
 */
final class FeatureSpace {
  private final Map<String, Integer> syllables;
  private final Map<Long, Integer> pairs;
  private final int size;

  private FeatureSpace(Map<String, Integer> syllables, Map<Long, Integer> pairs, int size) {
    // HashMaps, not Map.copyOf: short syllables and spread pair keys still land in long linear-probing runs of
    // the immutable maps, which every query syllable walks (see PhraseTrie); these copies are never changed
    this.syllables = new HashMap<>(syllables);
    this.pairs = new HashMap<>(pairs);
    this.size = size;
  }

  /** The number of distinct features. */
  int size() {
    return size;
  }

  /** The known features of a phrase given by its syllable keys, each once. */
  int[] lookup(List<String> keys) {
    int[] out = new int[2 * keys.size()];
    int n = 0;
    Integer previous = null;
    for (String key : keys) {
      Integer id = syllables.get(key);
      if (id != null) {
        n = addDistinct(out, n, id);
        if (previous != null) {
          Integer pair = pairs.get(pairKey(previous, id));
          if (pair != null) {
            n = addDistinct(out, n, pair);
          }
        }
      }
      previous = id;
    }
    return Arrays.copyOf(out, n);
  }

  private static int addDistinct(int[] out, int n, int id) {
    for (int i = 0; i < n; i++) {
      if (out[i] == id) {
        return n;
      }
    }
    out[n] = id;
    return n + 1;
  }

  /**
   * The key of a pair of feature numbers. Both numbers are small, so the plain {@code first << 32 | second}
   * would hash ({@link Long#hashCode} XORs the halves) to {@code first ^ second}, the same for many pairs;
   * multiplying by an odd constant is one-to-one and spreads them.
   */
  private static long pairKey(int first, int second) {
    return (((long) first << 32) | (second & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
  }

  /** Numbers features in the order phrases bring them. Not thread-safe. */
  static final class Builder {
    private final Map<String, Integer> syllables = new HashMap<>();
    private final Map<Long, Integer> pairs = new HashMap<>();
    private int next;

    /** The features of a phrase given by its syllable keys, each once, numbering new ones. */
    int[] intern(List<String> keys) {
      int[] out = new int[2 * keys.size()];
      int n = 0;
      int previous = -1;
      for (String key : keys) {
        int id = syllables.computeIfAbsent(key, k -> next++);
        n = addDistinct(out, n, id);
        if (previous >= 0) {
          n = addDistinct(out, n, pairs.computeIfAbsent(pairKey(previous, id), k -> next++));
        }
        previous = id;
      }
      return Arrays.copyOf(out, n);
    }

    FeatureSpace build() {
      return new FeatureSpace(syllables, pairs, next);
    }
  }
}
