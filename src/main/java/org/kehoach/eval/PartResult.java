package org.kehoach.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one part of one file, with what a reader needs to fix it: the gold items that were missed,
 * the predictions that were extra, and notes (a wrong order, a wrong attribute of a paired item).
 *
 * @param optionalPaired optional gold items that a prediction paired with; they count in no metric
 * @param attributes accuracies of attributes scored on paired items, e.g. {@code direction} of targets
 */
public record PartResult(
    Part part,
    Counts counts,
    int optionalPaired,
    List<String> missed,
    List<String> extra,
    List<String> notes,
    Map<String, Accuracy> attributes) {
  public PartResult {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(counts, "counts");
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
    notes = List.copyOf(notes);
    // keeps the matcher's order so reports list attributes the same way every time
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A result with no notes and no attributes. */
  public static PartResult of(Part part, Counts counts, int optionalPaired, List<String> missed, List<String> extra) {
    return new PartResult(part, counts, optionalPaired, missed, extra, List.of(), Map.of());
  }
}
