package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
  /** Phrases longer than this many syllables are not followed further. */
  private static final int MAX_PHRASE_TOKENS = 64;

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
    return findAll(text, tokenizer.tokenize(text));
  }

  /**
   * Like {@link #findAll(String)} on the range of {@code text} whose syllables are {@code tokens}, as this
   * trie's tokenizer splits that range (e.g. {@link SyllableSplit#within}), with offsets into {@code text}.
   */
  public List<PhraseMatch<V>> findAll(String text, List<Token> tokens) {
    List<PhraseMatch<V>> out = new ArrayList<>();
    Walk<V> walk = new Walk<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!longestAt(text, tokens, i, walk)) {
        i++;
        continue;
      }
      PhraseMatch<V> m = match(text, tokens, i, walk);
      if (m != null) {
        out.add(m);
      }
      i = walk.last + 1;
    }
    return out;
  }

  /** The longest stored phrase that starts at the first syllable of {@code text}, if any. */
  public Optional<PhraseMatch<V>> longestPrefix(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    Walk<V> walk = new Walk<>();
    if (tokens.isEmpty() || !longestAt(text, tokens, 0, walk)) {
      return Optional.empty();
    }
    return Optional.ofNullable(match(text, tokens, 0, walk));
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
   * Finds the longest phrase (reported or blocking) starting at token {@code from} whose separators the text
   * respects: false when there is none, else true with {@code walk} holding its last token and its node.
   */
  private boolean longestAt(String text, List<Token> tokens, int from, Walk<V> walk) {
    Node<V> node = root.children.get(tokens.get(from).key());
    if (node == null) {
      return false;
    }
    walk.last = -1;
    int limit = Math.min(tokens.size(), from + MAX_PHRASE_TOKENS);
    for (int j = from; ; ) {
      if (node.terminal() && allowed(walk.gaps, node.maxGaps)) {
        walk.last = j;
        walk.node = node;
      }
      j++;
      if (j >= limit || node.children.isEmpty()) {
        break;
      }
      node = node.children.get(tokens.get(j).key());
      if (node == null) {
        break;
      }
      walk.gaps[j - from - 1] = Gap.of(text, tokens.get(j - 1).end(), tokens.get(j).start());
    }
    return walk.last >= 0;
  }

  private static boolean allowed(Gap[] textGaps, Gap[] phraseGaps) {
    for (int k = 0; k < phraseGaps.length; k++) {
      if (textGaps[k].compareTo(phraseGaps[k]) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The match of the tokens from {@code first} to the end of {@code walk}, or null for a blocking phrase. */
  private PhraseMatch<V> match(String text, List<Token> tokens, int first, Walk<V> walk) {
    if (walk.node.values.isEmpty()) {
      return null;
    }
    int start = tokens.get(first).start();
    int end = tokens.get(walk.last).end();
    StringBuilder key = new StringBuilder();
    for (int j = first; j <= walk.last; j++) {
      if (j > first) {
        key.append(' ');
      }
      key.append(tokens.get(j).key());
    }
    return new PhraseMatch<>(start, end, text.substring(start, end), key.toString(), walk.node.values);
  }

  /** Scratch state of one scan: the separators seen from the start token, and the longest phrase found. */
  private static final class Walk<V> {
    final Gap[] gaps = new Gap[MAX_PHRASE_TOKENS];
    int last;
    Node<V> node;
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
      return add(phrase, tokenizer.tokenize(phrase), value);
    }

    /** {@link #add(String, Object)} for a phrase already tokenized with this builder's tokenizer. */
    boolean add(String phrase, List<Token> tokens, V value) {
      if (value == null) {
        throw new NullPointerException("value");
      }
      MutableNode<V> node = terminal(phrase, tokens);
      if (node == null) {
        return false;
      }
      if (node.values.isEmpty() && !node.blocking) {
        size++;
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return true;
    }

    /**
     * Adds values under a phrase already tokenized with this builder's tokenizer, without comparing them:
     * the caller guarantees that they differ from each other and from the values already under the phrase.
     * For loaders of large gazetteers, whose values are records that are costly to compare at start-up.
     */
    void addAllDistinct(String phrase, List<Token> tokens, Collection<V> values) {
      MutableNode<V> node = terminal(phrase, tokens);
      if (node == null || values.isEmpty()) {
        return;
      }
      if (node.values.isEmpty() && !node.blocking) {
        size++;
      }
      for (V v : values) {
        node.values.add(Objects.requireNonNull(v, "value"));
      }
    }

    /**
     * Makes {@code phrase} a blocking phrase: matched, then skipped without a report, so that it hides the
     * shorter phrases it overlaps. A phrase that also carries values is reported as usual.
     *
     * @return false when the phrase had no syllables
     */
    public boolean block(String phrase) {
      MutableNode<V> node = terminal(phrase, tokenizer.tokenize(phrase));
      if (node == null) {
        return false;
      }
      node.blocking = true;
      return true;
    }

    private MutableNode<V> terminal(String phrase, List<Token> tokens) {
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
      return get(tokenizer.tokenize(phrase));
    }

    /** {@link #get(String)} for a phrase already tokenized with this builder's tokenizer. */
    List<V> get(List<Token> tokens) {
      MutableNode<V> node = root;
      for (Token t : tokens) {
        node = node.children.get(t.key());
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
      // a HashMap, not Map.copyOf: short syllables have close hash codes, which the immutable map's linear
      // probing turns into long runs that every missing syllable of a scanned text walks through
      return new Node<>(children.isEmpty() ? Map.of() : children, List.copyOf(m.values),
          m.maxGaps == null ? null : m.maxGaps.clone());
    }
  }

  private static final class MutableNode<V> {
    final Map<String, MutableNode<V>> children = new HashMap<>();
    /** Few per phrase: a list compared by equals is cheaper than hashing the values (records of lists). */
    final List<V> values = new ArrayList<>(1);
    Gap[] maxGaps;
    boolean blocking;
  }
}
