package org.kehoach.extract.budgets;

import java.util.List;
import org.kehoach.model.Budget;

/**
 * Everything {@link BudgetExtractor#findings} read from a range.
 *
 * @param budgets funding statements in text order: amounts (totals and their parts alike) and statements
 *     that name only a source ({@code amountVnd == null})
 * @param checks one per returned amount that has listed parts or an amount in words, in text order
 */
public record BudgetFindings(List<Budget> budgets, List<BudgetCheck> checks) {
  public BudgetFindings {
    budgets = List.copyOf(budgets);
    checks = List.copyOf(checks);
  }
}
