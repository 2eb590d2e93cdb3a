package org.kehoach.extract.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kehoach.model.Warning;

/**
 * Checks what the extractors found in one plan against itself and reports what does not fit, with stable
 * codes ({@link WarningCode}): budget lines that do not add up to their total or disagree with the amount
 * in words, an issue date before a cited document's date, a plan year far from the issue year, a deadline
 * before the issue date, cited dates that do not exist, a missing title, sections every plan has missing.
 * Each message says what was expected and what was found; each warning carries the span it concerns, or
 * none when it concerns the whole plan. The issue date's own INVALID_DATE comes from the metadata extractor,
 * not from here.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsistencyChecker {
  private final SectionConsistency sections;

  /** A checker with the required sections shipped with the project. */
  public ConsistencyChecker() {
    this.sections = SectionConsistency.standard();
  }

  /** The warnings for one plan: those with spans in text order, then those about the whole plan. */
  public List<Warning> check(ConsistencyInput input) {
    Objects.requireNonNull(input, "input");
    List<Warning> out = new ArrayList<>();
    BudgetConsistency.check(input, out);
    DateConsistency.check(input, out);
    sections.check(input, out);
    out.sort(Comparator.comparingInt(w -> w.span() == null ? Integer.MAX_VALUE : w.span().start()));
    return List.copyOf(out);
  }
}
