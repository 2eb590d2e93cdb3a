package org.kehoach.extract.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kehoach.gazetteer.SyllableTokenizer;

/**
 * Phrases keyed by the exact keys of their words ({@link Word}), looked up as the longest phrase starting at
 * a word, so "Ủy ban nhân dân", "UỶ BAN NHÂN DÂN" and "Uỷ ban nhân dân" are one entry. The phrases form a
 * tree of words, so a lookup follows the words of the text one map step each, without building keys, and
 * stops as soon as no phrase continues. Immutable.
 *
 * @param <V> what a phrase maps to
 */
final class WordTable<V> {
  private final Node<V> root;

  /** A phrase found at a word: its value and how many words it spans. */
  record Hit<V>(V value, int length) {}

  /** The phrases that go on with one more word, by its key; the value of the phrase ending here, or null. */
  private record Node<V>(Map<String, Node<V>> next, V value) {}

  WordTable(Map<String, V> byPhrase, SyllableTokenizer tokenizer) {
    Builder<V> root = new Builder<>();
    for (Map.Entry<String, V> e : byPhrase.entrySet()) {
      List<Word> words = Word.split(tokenizer, e.getKey(), 0, e.getKey().length());
      if (words.isEmpty()) {
        throw new IllegalArgumentException("phrase has no words: '" + e.getKey() + "'");
      }
      Builder<V> node = root;
      for (Word w : words) {
        node = node.next.computeIfAbsent(w.key(), k -> new Builder<>());
      }
      node.value = Objects.requireNonNull(e.getValue(), "value");
    }
    this.root = root.build();
  }

  /** The longest phrase starting at {@code words[i]}, or {@code null}. */
  Hit<V> longestAt(List<Word> words, int i) {
    Node<V> node = root;
    Hit<V> longest = null;
    for (int k = i; k < words.size(); k++) {
      node = node.next().get(words.get(k).key());
      if (node == null) {
        break;
      }
      if (node.value() != null) {
        longest = new Hit<>(node.value(), k - i + 1);
      }
    }
    return longest;
  }

  /** A node while the phrases are added. */
  private static final class Builder<V> {
    final Map<String, Builder<V>> next = new HashMap<>();
    V value;

    Node<V> build() {
      Map<String, Node<V>> built = new HashMap<>();
      next.forEach((key, child) -> built.put(key, child.build()));
      return new Node<>(Map.copyOf(built), value);
    }
  }
}
