package org.kehoach.index.compare;

import java.util.Objects;
import org.kehoach.model.Direction;
import org.kehoach.model.Target;

/**
 * One row of a comparison.
 *
 * @param kind what happened
 * @param older the target in the old plan ({@code null} when ADDED)
 * @param newer the target in the new plan ({@code null} when DROPPED)
 * @param alignedBy how the two were paired ({@code null} for ADDED and DROPPED)
 * @param similarity similarity of the two indicator phrases (0 for ADDED and DROPPED)
 * @param change new value minus old value ({@code null} unless aligned)
 * @param direction the direction the judgement used ({@code null} when unknown)
 * @param ambition the judgement ({@code null} for ADDED and DROPPED)
 */
public record TargetChange(
    ChangeKind kind, Target older, Target newer, Alignment alignedBy, double similarity, Double change,
    Direction direction, Ambition ambition) {
  public TargetChange {
    Objects.requireNonNull(kind, "kind");
    if (older == null && newer == null) {
      throw new IllegalArgumentException("a change needs an old or a new target");
    }
  }

  /** How two targets were paired. */
  public enum Alignment {
    /** The same canonical indicator id. */
    INDICATOR,
    /** Similar indicator phrases of the same unit, at least one without an id. */
    PHRASE
  }

  /** The target that names the row: the new one when there is one. */
  public Target either() {
    return newer != null ? newer : older;
  }

  /** The change relative to the old value, or {@code null} when there is none or the old value is 0. */
  public Double relativeChange() {
    if (change == null || older == null || older.value() == 0) {
      return null;
    }
    return change / Math.abs(older.value());
  }
}
