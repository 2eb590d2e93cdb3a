package org.kehoach.index.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kehoach.index.PlanKeys;

/**
 * How alike two indicator phrases are, in [0, 1]: the Dice coefficient of their sets of folded syllables and
 * adjacent syllable pairs (pairs reward the same word order). Diacritics, case, tone placement, y/i spelling
 * and leading zeros do not count. Stateless.
 */
public final class PhraseSimilarity {
  private PhraseSimilarity() {}

  public static double of(String a, String b) {
    Set<String> x = features(a);
    Set<String> y = features(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String f : x) {
      if (y.contains(f)) {
        shared++;
      }
    }
    return 2.0 * shared / (x.size() + y.size());
  }

  private static Set<String> features(String phrase) {
    List<String> t = PlanKeys.tokens(phrase);
    Set<String> out = new HashSet<>(t);
    for (int i = 0; i + 1 < t.size(); i++) {
      out.add(t.get(i) + ' ' + t.get(i + 1));
    }
    return out;
  }
}
