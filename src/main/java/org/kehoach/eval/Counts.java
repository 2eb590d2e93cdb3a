package org.kehoach.eval;

/**
 * True positives, false positives and false negatives of one part, for one file or summed over files
 * (micro-average). A ratio whose denominator is zero is {@link Double#NaN} ("not applicable"): precision
 * when nothing was predicted, recall when nothing was expected. F1 is {@code 2TP / (2TP + FP + FN)}, the
 * harmonic mean of the two where both exist, and 0 when something was expected or predicted but nothing
 * paired.
 */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return ratio(tp, tp + fp);
  }

  public double recall() {
    return ratio(tp, tp + fn);
  }

  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  private static double ratio(int num, int den) {
    return den == 0 ? Double.NaN : (double) num / den;
  }
}
