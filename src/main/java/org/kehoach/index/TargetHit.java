package org.kehoach.index;

import java.util.Objects;

/**
 * One matching target with what is needed to show and locate it.
 *
 * @param score relevance (higher is better)
 * @param ordinal its index in the plan's {@code targets}
 * @param unit the JSON unit name ("percent", "per_1000" …)
 * @param file the source file the span points into
 * @param page the page of the span's start, when known
 */
public record TargetHit(
    float score, int ordinal, String indicator, String name, String text, double value, Double valueMax,
    String unit, String comparator, String direction, Integer dueYear, String file, int spanStart, int spanEnd,
    Integer page) {
  public TargetHit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
  }
}
