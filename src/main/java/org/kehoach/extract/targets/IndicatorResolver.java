package org.kehoach.extract.targets;

import java.util.Optional;

/**
 * Maps an indicator phrase as a plan writes it ("tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể cân
 * nặng") to a canonical indicator id of the indicator gazetteer. Implementations must be thread-safe if
 * the extractor is shared between threads.
 */
@FunctionalInterface
public interface IndicatorResolver {
  /** The indicator id for {@code indicatorPhrase}, or empty when the gazetteer does not know it. */
  Optional<String> resolve(String indicatorPhrase);

  /** A resolver that knows no indicator, for when no gazetteer is loaded. */
  static IndicatorResolver none() {
    return phrase -> Optional.empty();
  }
}
