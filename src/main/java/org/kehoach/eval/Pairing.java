package org.kehoach.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Gold items paired with predictions by a maximum matching, required gold items tried first, and the counts
 * the rules derive from it: a paired required item is a true positive, an unpaired required item a false
 * negative, an unpaired prediction a false positive. Optional items count in none of them, whether paired or
 * not; a prediction paired with an optional item is therefore not extra.
 */
final class Pairing {
  private final boolean[] optional;
  private final int[] goldToPred;
  private final int[] predToGold;

  private Pairing(boolean[] optional, int[] goldToPred, int predCount) {
    this.optional = optional;
    this.goldToPred = goldToPred;
    this.predToGold = new int[predCount];
    Arrays.fill(predToGold, -1);
    for (int g = 0; g < goldToPred.length; g++) {
      if (goldToPred[g] >= 0) {
        predToGold[goldToPred[g]] = g;
      }
    }
  }

  /**
   * Pairs gold items with predictions.
   *
   * @param optional one flag per gold item
   * @param predCount number of predictions
   * @param edges whether gold item {@code left} may pair with prediction {@code right}
   */
  static Pairing of(boolean[] optional, int predCount, BipartiteMatching.Edges edges) {
    Objects.requireNonNull(optional, "optional");
    boolean[] flags = optional.clone();
    int[] order =
        IntStream.concat(
                IntStream.range(0, flags.length).filter(g -> !flags[g]),
                IntStream.range(0, flags.length).filter(g -> flags[g]))
            .toArray();
    return new Pairing(flags, BipartiteMatching.match(flags.length, predCount, edges, order), predCount);
  }

  /** The prediction paired with gold item {@code g}, or -1. */
  int predOf(int g) {
    return goldToPred[g];
  }

  /** The gold item paired with prediction {@code p}, or -1. */
  int goldOf(int p) {
    return predToGold[p];
  }

  boolean isOptional(int g) {
    return optional[g];
  }

  int goldCount() {
    return goldToPred.length;
  }

  int predCount() {
    return predToGold.length;
  }

  /** Required gold items that no prediction paired with. */
  int[] missed() {
    return IntStream.range(0, goldToPred.length).filter(g -> !optional[g] && goldToPred[g] < 0).toArray();
  }

  /** Predictions paired with no gold item. */
  int[] extra() {
    return IntStream.range(0, predToGold.length).filter(p -> predToGold[p] < 0).toArray();
  }

  int optionalPaired() {
    return (int) IntStream.range(0, goldToPred.length).filter(g -> optional[g] && goldToPred[g] >= 0).count();
  }

  Counts counts() {
    int tp = (int) IntStream.range(0, goldToPred.length).filter(g -> !optional[g] && goldToPred[g] >= 0).count();
    return new Counts(tp, extra().length, missed().length);
  }

  /**
   * The part result of this pairing, describing missed gold items and extra predictions.
   *
   * @param goldText describes gold item {@code g} for the report
   * @param predText describes prediction {@code p} for the report
   */
  PartResult result(
      Part part,
      IntFunction<String> goldText,
      IntFunction<String> predText,
      List<String> notes,
      Map<String, Accuracy> attributes) {
    List<String> missed = Arrays.stream(missed()).mapToObj(goldText).toList();
    List<String> extra = Arrays.stream(extra()).mapToObj(predText).toList();
    return new PartResult(part, counts(), optionalPaired(), missed, extra, notes, attributes);
  }

  PartResult result(Part part, IntFunction<String> goldText, IntFunction<String> predText) {
    return result(part, goldText, predText, List.of(), Map.of());
  }
}
