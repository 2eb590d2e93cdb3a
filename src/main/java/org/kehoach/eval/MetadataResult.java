package org.kehoach.eval;

import java.util.List;

/**
 * The metadata score of one file: one check per scored field. Metadata accuracy is fields correct divided by
 * fields scored; summed over files it is micro-averaged like the parts.
 */
public record MetadataResult(List<FieldCheck> checks) {
  public MetadataResult {
    checks = List.copyOf(checks);
  }

  public Accuracy accuracy() {
    int correct = (int) checks.stream().filter(FieldCheck::correct).count();
    return new Accuracy(correct, checks.size());
  }

  /** The accuracy of one field in this file: 1/1, 0/1, or 0/0 when the gold does not annotate it. */
  public Accuracy accuracy(MetadataField field) {
    return checks.stream()
        .filter(c -> c.field() == field)
        .map(c -> Accuracy.of(c.correct()))
        .reduce(Accuracy.NONE, Accuracy::plus);
  }
}
