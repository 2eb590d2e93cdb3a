package org.kehoach.gazetteer;

import java.util.Map;

/**
 * An immutable map from syllable keys to values, for the lookups a scan makes at every syllable of a text. A
 * {@link java.util.HashMap} places short keys by the low bits of {@link String#hashCode}, which for syllables of
 * a few letters cluster so that buckets turn into trees searched by comparison; here the hash code is spread by
 * a multiplicative (Fibonacci) hash and the keys sit in an open-addressing table at most half full, so a lookup
 * is a probe or two. Thread-safe.
 */
final class SyllableTable<V> {
  /** 2^32 divided by the golden ratio: multiplying by it spreads nearby hash codes over the high bits. */
  private static final int SPREAD = 0x9E3779B9;
  /** The table of the many trie leaves, which have no children. */
  private static final SyllableTable<Object> EMPTY = new SyllableTable<>(Map.of());

  private final String[] keys;
  private final Object[] values;
  private final int shift;
  private final int size;

  private SyllableTable(Map<String, ? extends V> map) {
    int capacity = Integer.highestOneBit(Math.max(2, map.size()) * 2 - 1) << 1; // a power of two >= 2 * size
    this.keys = new String[capacity];
    this.values = new Object[capacity];
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    this.size = map.size();
    for (Map.Entry<String, ? extends V> e : map.entrySet()) {
      int i = slot(e.getKey());
      while (keys[i] != null) {
        i = (i + 1) & (capacity - 1);
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  /** A table holding the entries of {@code map}; one shared instance when it is empty. */
  @SuppressWarnings("unchecked")
  static <V> SyllableTable<V> of(Map<String, ? extends V> map) {
    return map.isEmpty() ? (SyllableTable<V>) EMPTY : new SyllableTable<>(map);
  }

  /** The value under {@code key}, or null when there is none. */
  @SuppressWarnings("unchecked")
  V get(String key) {
    int mask = keys.length - 1;
    for (int i = slot(key); keys[i] != null; i = (i + 1) & mask) {
      if (keys[i].equals(key)) {
        return (V) values[i];
      }
    }
    return null;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** The home slot of a key: the top bits of its spread hash code. */
  private int slot(String key) {
    return (key.hashCode() * SPREAD) >>> shift;
  }
}
