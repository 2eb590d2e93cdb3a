package org.kehoach.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Counts the matching targets per value of each facet dimension ({@link Fields#DIMS}). The ordinal state of
 * the sorted-set facets is built once per reader and kept until the reader changes. Thread-safe.
 */
final class FacetCounter {
  private static final int MAX_VALUES = 10_000;

  private final FacetsConfig config;
  private IndexReader stateReader;
  private SortedSetDocValuesReaderState state;

  FacetCounter(FacetsConfig config) {
    this.config = config;
  }

  /** Counts the hits; segments are counted in parallel when an executor is given. */
  Map<String, List<SearchResult.FacetCount>> count(IndexSearcher searcher, FacetsCollector hits,
      ExecutorService executor) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState s = state(searcher.getIndexReader());
    Facets counts;
    try {
      counts = s == null ? null
          : executor == null ? new SortedSetDocValuesFacetCounts(s, hits)
          : new ConcurrentSortedSetDocValuesFacetCounts(s, hits, executor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while counting facets", e);
    }
    for (String dim : Fields.DIMS) {
      List<SearchResult.FacetCount> values = new ArrayList<>();
      FacetResult r = counts == null ? null : top(counts, dim);
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      values.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
          .thenComparing(SearchResult.FacetCount::label));
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  private static FacetResult top(Facets counts, String dim) throws IOException {
    try {
      return counts.getTopChildren(MAX_VALUES, dim);
    } catch (IllegalArgumentException e) {
      return null; // no document of this reader has the dimension yet
    }
  }

  private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    if (reader != stateReader) {
      stateReader = reader;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException e) {
        state = null; // an index without any facet field yet
      }
    }
    return state;
  }
}
