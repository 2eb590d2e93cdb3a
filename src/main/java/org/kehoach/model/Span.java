package org.kehoach.model;

/**
 * A half-open range {@code [start, end)} of character offsets into the normalised document text, with the
 * 1-based page its first character came from ({@code null} when the source has no pages).
 */
public record Span(int start, int end, Integer page) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
    if (page != null && page < 1) {
      throw new IllegalArgumentException("page must be >= 1, got " + page);
    }
  }

  public int length() {
    return end - start;
  }
}
