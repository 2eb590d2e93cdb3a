package org.kehoach.ingest.normalize;

import java.util.List;

/** The standard normalisation chain, in order. */
final class StandardFilters {
  private StandardFilters() {}

  static List<TextFilter> chain() {
    return List.of();
  }
}
