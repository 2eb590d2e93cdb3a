package org.kehoach.index.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kehoach.model.Target;

/**
 * Pairs the targets of two plans. Two targets may pair only when they have the same unit, and then either
 * the same canonical indicator id, or (when at least one has no id) indicator phrases at least {@code
 * threshold} alike ({@link PhraseSimilarity}); targets with two different ids never pair. Pairs are taken
 * greedily, strongest first: an indicator match before any phrase match, then the more similar phrases,
 * then the closer places in the two lists, then the closer values, so that two targets of one indicator
 * (a range end and a yearly goal, say) pair with their counterparts. Immutable and thread-safe.
 */
public final class TargetAligner {
  /** The default least phrase similarity for a pair without a shared indicator id. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private final double threshold;

  public TargetAligner(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /** A pair of indexes into the old and new lists. */
  public record Pair(int older, int newer, TargetChange.Alignment alignment, double similarity) {}

  private record Candidate(int i, int j, TargetChange.Alignment alignment, double similarity, double rank,
      double place, double valueGap) {}

  /** The pairs, in the new list's order. */
  public List<Pair> align(List<Target> older, List<Target> newer) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < older.size(); i++) {
      Target a = older.get(i);
      for (int j = 0; j < newer.size(); j++) {
        Target b = newer.get(j);
        if (a.unit() != b.unit()) {
          continue;
        }
        double sim = PhraseSimilarity.of(a.name(), b.name());
        TargetChange.Alignment how;
        double rank;
        if (a.indicator() != null && b.indicator() != null) {
          if (!a.indicator().equals(b.indicator())) {
            continue;
          }
          how = TargetChange.Alignment.INDICATOR;
          rank = 2 + sim;
        } else if (sim >= threshold) {
          how = TargetChange.Alignment.PHRASE;
          rank = sim;
        } else {
          continue;
        }
        double place = Math.abs((double) i / Math.max(1, older.size()) - (double) j / Math.max(1, newer.size()));
        double gap = Math.abs(a.value() - b.value()) / Math.max(1e-9, Math.max(Math.abs(a.value()), Math.abs(b.value())));
        candidates.add(new Candidate(i, j, how, sim, rank, place, gap));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed()
        .thenComparingDouble(Candidate::place)
        .thenComparingDouble(Candidate::valueGap)
        .thenComparingInt(Candidate::j)
        .thenComparingInt(Candidate::i));
    boolean[] usedOld = new boolean[older.size()];
    boolean[] usedNew = new boolean[newer.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedOld[c.i()] && !usedNew[c.j()]) {
        usedOld[c.i()] = true;
        usedNew[c.j()] = true;
        pairs.add(new Pair(c.i(), c.j(), c.alignment(), c.similarity()));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::newer));
    return pairs;
  }
}
