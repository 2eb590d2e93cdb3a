package org.kehoach.extract.consistency;

import java.util.List;
import java.util.Objects;
import org.kehoach.extract.budgets.BudgetCheck;
import org.kehoach.model.Deadline;
import org.kehoach.model.LegalReference;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Section;
import org.kehoach.model.Span;

/**
 * What the other extractors found in one plan, as the consistency checker needs it.
 *
 * @param text the normalised text the spans index into (cited dates are re-read from it)
 * @param document the metadata
 * @param issuedDateSpan where the issue date was read, or {@code null}
 * @param legalBasis the cited documents
 * @param budgetChecks the budget extractor's totals with their parts and amounts in words
 * @param deadlines the dates things are due
 * @param sections the top-level sections, in order
 */
public record ConsistencyInput(
    String text,
    PlanDocument document,
    Span issuedDateSpan,
    List<LegalReference> legalBasis,
    List<BudgetCheck> budgetChecks,
    List<Deadline> deadlines,
    List<Section> sections) {
  public ConsistencyInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(document, "document");
    legalBasis = List.copyOf(legalBasis);
    budgetChecks = List.copyOf(budgetChecks);
    deadlines = List.copyOf(deadlines);
    sections = List.copyOf(sections);
  }
}
