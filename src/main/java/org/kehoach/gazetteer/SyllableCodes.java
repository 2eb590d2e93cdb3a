package org.kehoach.gazetteer;

import java.util.Collection;

/**
 * A fixed set of syllable keys, numbered 0, 1, 2 … in the order given, and looked up straight from a
 * character buffer: a scan of a long text asks for the number of every syllable it meets, and most are in no
 * phrase, so building a {@code String} per syllable only to miss in a map would be wasted. Open addressing
 * over the keys' {@link String#hashCode} values, scrambled first: the hash codes of short syllables lie close
 * together and would form long probe runs; each slot keeps its key's hash so that a probe compares the
 * characters only of a key with the same hash. Immutable and thread-safe.
 */
final class SyllableCodes {
  /** What {@link #code} gives for a key outside the set. */
  static final int NONE = -1;

  private final String[] keys;
  /** Per slot: 1 + the code of the key in it, 0 when empty. */
  private final int[] slots;
  /** Per slot: the hash code of the key in it. */
  private final int[] hashes;
  private final int shift;
  private final int mask;

  /** @param keys the keys, each once */
  SyllableCodes(Collection<String> keys) {
    this.keys = keys.toArray(new String[0]);
    int capacity = Integer.highestOneBit(Math.max(4, this.keys.length * 2 + 1)) << 1;
    this.slots = new int[capacity];
    this.hashes = new int[capacity];
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    this.mask = capacity - 1;
    for (int code = 0; code < this.keys.length; code++) {
      String k = this.keys[code];
      int i = slot(k.hashCode());
      while (slots[i] != 0) {
        if (this.keys[slots[i] - 1].equals(k)) {
          throw new IllegalArgumentException("key '" + k + "' given twice");
        }
        i = (i + 1) & mask;
      }
      slots[i] = code + 1;
      hashes[i] = k.hashCode();
    }
  }

  /** The number of keys. */
  int size() {
    return keys.length;
  }

  /** The key numbered {@code code}. */
  String key(int code) {
    return keys[code];
  }

  /** The code of {@code key}, or {@link #NONE}. */
  int code(String key) {
    int h = key.hashCode();
    for (int i = slot(h); slots[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[slots[i] - 1].equals(key)) {
        return slots[i] - 1;
      }
    }
    return NONE;
  }

  /** The code of the key {@code chars[from, from + length)}, or {@link #NONE}. */
  int code(char[] chars, int from, int length) {
    int h = 0;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + chars[k]; // String.hashCode, so both lookups agree
    }
    for (int i = slot(h); slots[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && sameChars(keys[slots[i] - 1], chars, from, length)) {
        return slots[i] - 1;
      }
    }
    return NONE;
  }

  private static boolean sameChars(String key, char[] chars, int from, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (key.charAt(k) != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** The first slot to probe for hash code {@code h}: the top bits of a Fibonacci-hashing product. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }
}
