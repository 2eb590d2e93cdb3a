package org.kehoach.gazetteer;

import java.util.List;

/**
 * A gazetteer phrase found in a text: the half-open character range {@code [start, end)} in the original
 * text, the text as written there, the canonical key of the phrase (folded syllables joined by spaces), and
 * every value stored under that phrase (several when a name is ambiguous, such as "Châu Thành").
 */
public record PhraseMatch<V>(int start, int end, String surface, String key, List<V> values) {
  public PhraseMatch {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("match range must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("a match must carry at least one value");
    }
    values = List.copyOf(values);
  }

  /** The first value, for phrases known to be unambiguous. */
  public V first() {
    return values.get(0);
  }
}
