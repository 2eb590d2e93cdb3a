package org.kehoach.ingest.normalize;

import java.util.Objects;

/**
 * Replace the characters {@code [start, end)} of a text with {@code replacement}; an empty range is an
 * insertion, an empty replacement a deletion.
 */
public record Edit(int start, int end, String replacement) {
  public Edit {
    Objects.requireNonNull(replacement, "replacement");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("edit must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public static Edit delete(int start, int end) {
    return new Edit(start, end, "");
  }

  public static Edit insert(int at, String text) {
    return new Edit(at, at, text);
  }
}
