package org.kehoach.model;

/**
 * Tells which page a character offset of the normalised text came from, so extractors can put the page on
 * every {@link Span} without knowing how the text was read.
 */
@FunctionalInterface
public interface PageLocator {
  /** The 1-based page of the character at {@code offset}, or {@code null} when the text has no pages. */
  Integer pageAt(int offset);

  /** A span of {@code [start, end)} with the page of its first character. */
  default Span span(int start, int end) {
    return new Span(start, end, pageAt(Math.min(start, Math.max(end - 1, start))));
  }

  /** For unpaged text. */
  static PageLocator none() {
    return offset -> null;
  }
}
