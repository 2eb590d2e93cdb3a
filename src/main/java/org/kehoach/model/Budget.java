package org.kehoach.model;

import java.util.List;
import java.util.Objects;

/**
 * A funding statement: an amount allocated to the plan or one of its parts, or a source alone.
 *
 * @param amountVnd the amount in đồng, or {@code null} when only a source is named
 */
public record Budget(Long amountVnd, String purpose, List<String> sources, String text, Span span) {
  public Budget {
    sources = List.copyOf(sources);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
