package org.kehoach.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * A child indicator that plans set targets for.
 *
 * @param id stable identifier, e.g. {@code child.mortality.under1}
 * @param name the canonical Vietnamese name
 * @param unit the unit its targets are stated in
 * @param better which way is better
 * @param synonyms written variants, with and without "tỷ lệ"/"tỷ suất", abbreviations
 * @param domain a short domain label: health, nutrition, education, protection, ...
 * @param source where the indicator comes from (the national programme, or common plan practice)
 */
public record Indicator(
    String id, String name, IndicatorUnit unit, BetterDirection better, List<String> synonyms, String domain,
    String source) {
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(better, "better");
    Objects.requireNonNull(domain, "domain");
    synonyms = List.copyOf(synonyms);
    source = source == null ? "" : source;
  }
}
