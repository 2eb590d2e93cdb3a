package org.kehoach.index;

import java.util.Objects;

/**
 * A target search.
 *
 * @param query the words to find: plain words must all occur (in the indicator phrase or the clause),
 *     "double quotes" make a phrase; blank or "*" matches every target
 * @param filters restrictions
 * @param limit how many targets at most to return (facet counts and the total cover every match)
 */
public record SearchRequest(String query, Filters filters, int limit) {
  public static final int DEFAULT_LIMIT = 50;

  public SearchRequest {
    query = query == null ? "" : query;
    Objects.requireNonNull(filters, "filters");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.none(), DEFAULT_LIMIT);
  }
}
