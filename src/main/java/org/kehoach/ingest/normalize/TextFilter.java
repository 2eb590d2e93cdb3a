package org.kehoach.ingest.normalize;

/**
 * One step of ingest-time normalisation. A filter is stateless and thread-safe, never changes its input
 * (it returns a new {@link PagedText}, or the same instance when there is nothing to do) and reports every
 * change as {@link Edit}s so page numbers survive. Filters are composed in a fixed, documented order by
 * {@link Normalizer}.
 */
@FunctionalInterface
public interface TextFilter {
  PagedText apply(PagedText in);
}
