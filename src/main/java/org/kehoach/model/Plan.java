package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one plan document: the output contract ({@code plan.schema.json}) in Java.
 *
 * @param signer the signature block, or {@code null} when none is printed
 * @param text the normalised text every span indexes into
 */
public record Plan(
    PlanSource source,
    PlanDocument document,
    List<Section> sections,
    Signer signer,
    List<String> recipients,
    List<LegalReference> legalBasis,
    List<Target> targets,
    List<Task> tasks,
    List<Agency> agencies,
    List<Deadline> deadlines,
    List<Budget> budgets,
    List<Warning> warnings,
    String text) {
  public Plan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    sections = List.copyOf(sections);
    recipients = List.copyOf(recipients);
    legalBasis = List.copyOf(legalBasis);
    targets = List.copyOf(targets);
    tasks = List.copyOf(tasks);
    agencies = List.copyOf(agencies);
    deadlines = List.copyOf(deadlines);
    budgets = List.copyOf(budgets);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(text, "text");
  }
}
