package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable trie over syllable keys ({@link SyllableTokenizer}) mapping phrases to values. {@link #findAll}
 * scans a text left to right and reports, at each position, the longest phrase that starts there, then
 * continues after it: leftmost-longest, non-overlapping matches, in time linear in the text (times the
 * length of the longest phrase). A phrase may carry several values; they are reported together in the order
 * they were added. Separators count as in {@link Gap}: text may separate two syllables by less than the
 * phrase does, never by more. Blocking phrases ({@link Builder#block}) are matched like any other but not
 * reported, so they hide the shorter phrases they overlap ("cơ sở giáo dục" hides "Sở Giáo dục").
 * Thread-safe once built.
 */
public final class PhraseTrie<V> {
  private final SyllableTokenizer tokenizer;
  private final Node<V> root;
  private final int size;

  private PhraseTrie(SyllableTokenizer tokenizer, Node<V> root, int size) {
    this.tokenizer = tokenizer;
    this.root = root;
    this.size = size;
  }

  /** A builder using {@code tokenizer} for both phrases and texts. */
  public static <V> Builder<V> builder(SyllableTokenizer tokenizer) {
    return new Builder<>(tokenizer);
  }

  /** The number of distinct phrases. */
  public int size() {
    return size;
  }

  /** Leftmost-longest, non-overlapping matches of stored phrases in {@code text}, in text order. */
  public List<PhraseMatch<V>> findAll(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    List<PhraseMatch<V>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = longestAt(text, tokens, i);
      if (end < 0) {
        i++;
        continue;
      }
      PhraseMatch<V> m = match(text, tokens, i, end);
      if (m != null) {
        out.add(m);
      }
      i = end + 1;
    }
    return out;
  }

  /** The longest stored phrase that starts at the first syllable of {@code text}, if any. */
  public Optional<PhraseMatch<V>> longestPrefix(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    int end = longestAt(text, tokens, 0);
    return end < 0 ? Optional.empty() : Optional.ofNullable(match(text, tokens, 0, end));
  }

  /** The values stored under exactly the phrase {@code text} (compared by syllable keys); empty if none. */
  public List<V> exact(String text) {
    Node<V> node = root;
    for (Token t : tokenizer.tokenize(text)) {
      node = node.children.get(t.key());
      if (node == null) {
        return List.of();
      }
    }
    return node == root ? List.of() : node.values;
  }

  /**
   * Index of the last token of the longest phrase (reported or blocking) starting at {@code from} whose
   * separators the text respects, or -1.
   */
  private int longestAt(String text, List<Token> tokens, int from) {
    Node<V> node = root;
    int best = -1;
    Gap[] gaps = new Gap[Math.min(tokens.size() - from, 64)];
    for (int j = from; j < tokens.size() && j - from < gaps.length; j++) {
      if (j > from) {
        gaps[j - from - 1] = Gap.of(text, tokens.get(j - 1).end(), tokens.get(j).start());
      }
      node = node.children.get(tokens.get(j).key());
      if (node == null) {
        break;
      }
      if (node.terminal() && allowed(gaps, node.maxGaps)) {
        best = j;
      }
    }
    return best;
  }

  private static boolean allowed(Gap[] textGaps, Gap[] phraseGaps) {
    for (int k = 0; k < phraseGaps.length; k++) {
      if (textGaps[k].compareTo(phraseGaps[k]) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The match of tokens {@code first..last}, or null when that phrase is a blocking one. */
  private PhraseMatch<V> match(String text, List<Token> tokens, int first, int last) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    StringBuilder key = new StringBuilder();
    for (int j = first; j <= last; j++) {
      if (j > first) {
        key.append(' ');
      }
      key.append(tokens.get(j).key());
    }
    Node<V> node = root;
    for (int j = first; j <= last; j++) {
      node = node.children.get(tokens.get(j).key());
    }
    if (node.values.isEmpty()) {
      return null;
    }
    return new PhraseMatch<>(start, end, text.substring(start, end), key.toString(), node.values);
  }

  private static final class Node<V> {
    final Map<String, Node<V>> children;
    final List<V> values;
    /** For a terminal: the strongest separator allowed before each of its syllables but the first; else null. */
    final Gap[] maxGaps;

    Node(Map<String, Node<V>> children, List<V> values, Gap[] maxGaps) {
      this.children = children;
      this.values = values;
      this.maxGaps = maxGaps;
    }

    boolean terminal() {
      return maxGaps != null;
    }
  }

  /** Collects phrases, then builds an immutable trie. Not thread-safe. */
  public static final class Builder<V> {
    private final SyllableTokenizer tokenizer;
    private final MutableNode<V> root = new MutableNode<>();
    private int size;

    private Builder(SyllableTokenizer tokenizer) {
      if (tokenizer == null) {
        throw new NullPointerException("tokenizer");
      }
      this.tokenizer = tokenizer;
    }

    /**
     * Adds {@code value} under {@code phrase}; a phrase with no syllables is ignored. Adding the same value
     * twice under one phrase keeps one copy.
     *
     * @return false when the phrase had no syllables
     */
    public boolean add(String phrase, V value) {
      if (value == null) {
        throw new NullPointerException("value");
      }
      MutableNode<V> node = terminal(phrase);
      if (node == null) {
        return false;
      }
      if (node.values.isEmpty() && !node.blocking) {
        size++;
      }
      node.values.add(value);
      return true;
    }

    /**
     * Makes {@code phrase} a blocking phrase: matched, then skipped without a report, so that it hides the
     * shorter phrases it overlaps. A phrase that also carries values is reported as usual.
     *
     * @return false when the phrase had no syllables
     */
    public boolean block(String phrase) {
      MutableNode<V> node = terminal(phrase);
      if (node == null) {
        return false;
      }
      node.blocking = true;
      return true;
    }

    private MutableNode<V> terminal(String phrase) {
      List<Token> tokens = tokenizer.tokenize(phrase);
      if (tokens.isEmpty()) {
        return null;
      }
      MutableNode<V> node = root;
      for (Token t : tokens) {
        node = node.children.computeIfAbsent(t.key(), x -> new MutableNode<>());
      }
      if (node.maxGaps == null) {
        node.maxGaps = new Gap[tokens.size() - 1];
        Arrays.fill(node.maxGaps, Gap.SPACE);
      }
      for (int k = 1; k < tokens.size(); k++) {
        Gap g = Gap.of(phrase, tokens.get(k - 1).end(), tokens.get(k).start());
        if (g.compareTo(node.maxGaps[k - 1]) > 0) {
          node.maxGaps[k - 1] = g;
        }
      }
      return node;
    }

    /** The values already stored under exactly {@code phrase}. */
    public List<V> get(String phrase) {
      MutableNode<V> node = root;
      for (String k : tokenizer.keys(phrase)) {
        node = node.children.get(k);
        if (node == null) {
          return List.of();
        }
      }
      return List.copyOf(node.values);
    }

    public PhraseTrie<V> build() {
      return new PhraseTrie<>(tokenizer, freeze(root), size);
    }

    private static <V> Node<V> freeze(MutableNode<V> m) {
      Map<String, Node<V>> children = new HashMap<>(Math.max(4, m.children.size() * 2));
      for (Map.Entry<String, MutableNode<V>> e : m.children.entrySet()) {
        children.put(e.getKey(), freeze(e.getValue()));
      }
      return new Node<>(Map.copyOf(children), List.copyOf(m.values), m.maxGaps == null ? null : m.maxGaps.clone());
    }
  }

  private static final class MutableNode<V> {
    final Map<String, MutableNode<V>> children = new HashMap<>();
    final Set<V> values = new LinkedHashSet<>();
    Gap[] maxGaps;
    boolean blocking;
  }
}
