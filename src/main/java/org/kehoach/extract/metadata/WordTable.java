package org.kehoach.extract.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kehoach.gazetteer.SyllableTokenizer;

/**
 * Phrases keyed by the exact keys of their words ({@link Word}), looked up as the longest phrase starting at
 * a word, so "Ủy ban nhân dân", "UỶ BAN NHÂN DÂN" and "Uỷ ban nhân dân" are one entry. Immutable.
 *
 * @param <V> what a phrase maps to
 */
final class WordTable<V> {
  private final Map<String, V> byKey;
  private final int maxWords;

  /** A phrase found at a word: its value and how many words it spans. */
  record Hit<V>(V value, int length) {}

  WordTable(Map<String, V> byPhrase, SyllableTokenizer tokenizer) {
    Map<String, V> keyed = new HashMap<>();
    int max = 0;
    for (Map.Entry<String, V> e : byPhrase.entrySet()) {
      List<Word> words = Word.split(tokenizer, e.getKey(), 0, e.getKey().length());
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase has no words: '" + e.getKey() + "'");
      }
      keyed.put(join(words, 0, words.size()), Objects.requireNonNull(e.getValue(), "value"));
      max = Math.max(max, words.size());
    }
    this.byKey = Map.copyOf(keyed);
    this.maxWords = max;
  }

  /** The longest phrase starting at {@code words[i]}, or {@code null}. */
  Hit<V> longestAt(List<Word> words, int i) {
    for (int len = Math.min(maxWords, words.size() - i); len > 0; len--) {
      V v = byKey.get(join(words, i, i + len));
      if (v != null) {
        return new Hit<>(v, len);
      }
    }
    return null;
  }

  private static String join(List<Word> words, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        key.append(' ');
      }
      key.append(words.get(k).key());
    }
    return key.toString();
  }
}
