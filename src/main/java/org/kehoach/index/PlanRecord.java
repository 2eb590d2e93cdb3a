package org.kehoach.index;

import java.util.List;
import java.util.Objects;
import org.kehoach.model.Agency;
import org.kehoach.model.Budget;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanSource;
import org.kehoach.model.Target;

/**
 * The parts of one plan the index and the comparison use, as model records: read from plan JSON
 * ({@link PlanJsonReader}) or taken from a parsed plan ({@link PlanModelReader}), with the same values.
 */
public record PlanRecord(
    PlanSource source, PlanDocument document, List<Target> targets, List<Budget> budgets, List<Agency> agencies) {
  public PlanRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    targets = List.copyOf(targets);
    budgets = List.copyOf(budgets);
    agencies = List.copyOf(agencies);
  }

  /** The sum of the budgets' amounts; {@code null} when no budget states an amount. */
  public Long budgetTotal() {
    Long total = null;
    for (Budget b : budgets) {
      if (b.amountVnd() != null) {
        total = (total == null ? 0L : total) + b.amountVnd();
      }
    }
    return total;
  }
}
