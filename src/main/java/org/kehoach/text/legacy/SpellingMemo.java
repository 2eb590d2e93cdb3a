package org.kehoach.text.legacy;

import java.util.function.Function;

/**
 * Values computed once per distinct spelling of the ranges of one text, looked up by the range itself: a
 * spelling seen before costs a hash and a comparison, not a copy of the range (a document repeats a few
 * hundred spellings thousands of times). Open addressing over the ranges' {@link String#hashCode} values.
 * Not thread-safe: one instance serves one pass over one text.
 */
final class SpellingMemo<V> {
  private String[] keys = new String[256];
  private int[] hashes = new int[256];
  private Object[] values = new Object[256];
  private int size;

  /**
   * The value of the spelling {@code text[start, end)}, whose {@link String#hashCode} is {@code hash};
   * computed by {@code compute} from a copy of the range the first time it is met.
   */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end, int hash, Function<String, V> compute) {
    int mask = keys.length - 1;
    int length = end - start;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      String key = keys[i];
      if (key == null) {
        String spelling = text.substring(start, end);
        V value = compute.apply(spelling);
        put(i, spelling, hash, value);
        return value;
      }
      if (hashes[i] == hash && key.length() == length && text.startsWith(key, start)) {
        return (V) values[i];
      }
    }
  }

  private void put(int slot, String key, int hash, V value) {
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    values = new Object[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = mix(oldHashes[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** Spreads the hash so that spellings differing in their last characters do not crowd one region. */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
