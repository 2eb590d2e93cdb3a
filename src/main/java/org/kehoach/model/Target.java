package org.kehoach.model;

import java.util.Objects;

/**
 * A numeric target (chỉ tiêu) the plan commits to.
 *
 * @param indicator canonical indicator id from the indicator gazetteer, or {@code null} when unmatched
 * @param name the indicator phrase as written
 * @param text the clause the target was read from
 * @param value the committed value (lower end of a range)
 * @param valueMax upper end of a range, else {@code null}
 * @param comparator how the value bounds the indicator, or {@code null}
 * @param direction which way the indicator must move, or {@code null}
 * @param year the year the value is due ("vào năm 2025"), else the plan year, else {@code null}
 */
public record Target(
    String indicator, String name, String text, double value, Double valueMax, TargetUnit unit,
    Comparator comparator, Direction direction, Integer year, Span span) {
  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(span, "span");
  }
}
