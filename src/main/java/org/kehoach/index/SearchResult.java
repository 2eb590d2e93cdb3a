package org.kehoach.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query as given
 * @param totalTargets how many targets match (exact)
 * @param plans the returned targets grouped by plan version, the plan with the best target first
 * @param facets per dimension (province, year, level, indicator), the counts of matching targets by value,
 *     most frequent first
 * @param indicators the indicator ids the query was read as naming (their targets match too)
 * @param indicatorNames the name for people of every known indicator id the result mentions (named by the
 *     query, counted in the facets or carried by a returned target), so a reader never has to show a bare id
 */
public record SearchResult(
    String query, long totalTargets, List<PlanHit> plans, Map<String, List<FacetCount>> facets,
    List<String> indicators, Map<String, String> indicatorNames) {
  public SearchResult {
    Objects.requireNonNull(query, "query");
    plans = List.copyOf(plans);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    indicators = List.copyOf(indicators);
    indicatorNames = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(indicatorNames));
  }

  /** How many targets the result returns. */
  public int returnedTargets() {
    return plans.stream().mapToInt(p -> p.targets().size()).sum();
  }

  /** One plan version and its matching targets, best first. */
  public record PlanHit(PlanInfo plan, List<TargetHit> targets) {
    public PlanHit {
      Objects.requireNonNull(plan, "plan");
      targets = List.copyOf(targets);
    }
  }

  /** The count of matching targets with one facet value. */
  public record FacetCount(String label, long count) {}
}
