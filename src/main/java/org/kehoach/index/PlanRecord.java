package org.kehoach.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.kehoach.model.Agency;
import org.kehoach.model.Budget;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.PlanSource;
import org.kehoach.model.Target;

/**
 * The parts of one plan JSON the index and the comparison use, as model records, with the JSON itself.
 *
 * @param json the plan as read; not copied, so callers must not modify it afterwards
 */
public record PlanRecord(
    PlanSource source, PlanDocument document, List<Target> targets, List<Budget> budgets, List<Agency> agencies,
    JsonNode json) {
  public PlanRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    targets = List.copyOf(targets);
    budgets = List.copyOf(budgets);
    agencies = List.copyOf(agencies);
    Objects.requireNonNull(json, "json");
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
