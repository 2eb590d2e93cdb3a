package org.kehoach.index.compare;

import java.util.List;
import java.util.Objects;
import org.kehoach.index.PlanRecord;

/**
 * The comparison of an old plan with a new one.
 *
 * @param older the old plan
 * @param newer the new plan
 * @param targets aligned pairs in the new plan's order, then the dropped targets in the old plan's order
 * @param budgetOld the old plan's budget total in đồng, {@code null} when it states no amount
 * @param budgetNew the new plan's budget total
 * @param agenciesAdded agencies only the new plan names, as it writes them
 * @param agenciesDropped agencies only the old plan names
 */
public record PlanComparison(
    PlanRecord older, PlanRecord newer, List<TargetChange> targets, Long budgetOld, Long budgetNew,
    List<String> agenciesAdded, List<String> agenciesDropped) {
  public PlanComparison {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    targets = List.copyOf(targets);
    agenciesAdded = List.copyOf(agenciesAdded);
    agenciesDropped = List.copyOf(agenciesDropped);
  }

  /** The budget total's change, when both plans state one. */
  public Long budgetChange() {
    return budgetOld == null || budgetNew == null ? null : budgetNew - budgetOld;
  }

  /** The rows of one kind. */
  public List<TargetChange> of(ChangeKind kind) {
    return targets.stream().filter(t -> t.kind() == kind).toList();
  }
}
