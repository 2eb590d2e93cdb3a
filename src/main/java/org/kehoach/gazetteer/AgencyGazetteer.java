package org.kehoach.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agencies by canonical name and variants: canonicalisation of a written name ("Phòng LĐ-TB&XH" → Phòng Lao
 * động - Thương binh và Xã hội) and leftmost-longest agency mentions in running text. Every phrase names
 * exactly one agency (the loader rejects clashes). Immutable and thread-safe.
 *
 * <p>Matching is on folded syllables, so a phrase also matches where the same letters mean something else;
 * the stop phrases cover the known cases, and callers should still prefer matches in agency positions
 * (headings, "chủ trì", "phối hợp").
 */
public final class AgencyGazetteer {
  private final List<Agency> agencies;
  private final Map<String, Agency> byId;
  private final PhraseTrie<Agency> trie;

  /**
   * @param agencies the agencies; no phrase may name two of them
   * @param stopPhrases phrases that look like the start of an agency name but are not ("cơ sở giáo dục"
   *     is a school, not Sở Giáo dục): {@link #findIn} skips them
   */
  public AgencyGazetteer(List<Agency> agencies, List<String> stopPhrases, SyllableTokenizer tokenizer) {
    this.agencies = List.copyOf(agencies);
    Map<String, Agency> ids = new HashMap<>();
    PhraseTrie.Builder<Agency> b = PhraseTrie.builder(tokenizer);
    for (Agency a : agencies) {
      if (ids.put(a.id(), a) != null) {
        throw new IllegalArgumentException("duplicate agency id " + a.id());
      }
      add(b, tokenizer, a.canonical(), a);
      for (String v : a.variants()) {
        add(b, tokenizer, v, a);
      }
    }
    for (String stop : stopPhrases) {
      b.block(stop);
    }
    this.byId = Map.copyOf(ids);
    this.trie = b.build();
  }

  private static void add(PhraseTrie.Builder<Agency> b, SyllableTokenizer tokenizer, String phrase, Agency a) {
    List<Token> tokens = tokenizer.tokenize(phrase);
    for (Agency other : b.get(tokens)) {
      if (!other.id().equals(a.id())) {
        throw new IllegalArgumentException(
            "phrase '" + phrase + "' names both " + other.id() + " and " + a.id());
      }
    }
    b.add(phrase, tokens, a);
  }

  public List<Agency> all() {
    return agencies;
  }

  public Optional<Agency> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The agency whose canonical name or variant is the longest phrase at the start of {@code name}. Words
   * after it are allowed, since plans append the locality ("Công an Lý Sơn", "Huyện đoàn Lý Sơn",
   * "Phòng Y tế huyện"); words before it are not (strip "Đề nghị", "các" yourself).
   */
  public Optional<Agency> canonicalise(String name) {
    return trie.longestPrefix(name).map(PhraseMatch::first);
  }

  /** Like {@link #canonicalise} but the whole of {@code name} must be a known phrase. */
  public Optional<Agency> exact(String name) {
    List<Agency> found = trie.exact(name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Leftmost-longest agency mentions in {@code text}, with offsets into it. */
  public List<PhraseMatch<Agency>> findIn(String text) {
    return trie.findAll(text);
  }

  /**
   * Leftmost-longest agency mentions in the range of {@code text} whose syllables are {@code syllables} (a
   * {@link SyllableSplit} of the text, so several ranges share one split), with offsets into {@code text}.
   */
  public List<PhraseMatch<Agency>> findIn(String text, List<Token> syllables) {
    return trie.findAll(text, syllables);
  }

  /** The number of distinct phrases indexed. */
  public int phraseCount() {
    return trie.size();
  }
}
