package org.kehoach.extract.metadata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kehoach.gazetteer.SyllableTokenizer;

/**
 * The word lists for reading issuing bodies: their opening words ({@code issuer-bodies.tsv}), unit type words
 * ({@code unit-words.tsv}), the verbs after a body that builds a plan ({@code issuer-verbs.txt}) and the words
 * that never occur inside a body's name ({@code name-stop-words.txt}). Immutable and thread-safe.
 */
final class BodyLexicon {
  static final String DIR = "org/kehoach/extract/metadata/";

  /** What an opening phrase says about its body. */
  record Opener(BodyKind kind, Tier tier, boolean named) {
    Opener {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(tier, "tier");
    }
  }

  private final SyllableTokenizer tokenizer;
  private final WordTable<Opener> openers;
  private final WordTable<Tier> units;
  private final WordTable<Boolean> verbs;
  private final Set<String> stopWords;

  BodyLexicon(SyllableTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    Map<String, Opener> o = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.read(DIR + "issuer-bodies.tsv", 4)) {
      o.put(r.cell(0), new Opener(enumCell(BodyKind.class, r, 1), enumCell(Tier.class, r, 2), yes(r, 3)));
    }
    this.openers = new WordTable<>(o, tokenizer);
    Map<String, Tier> u = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.read(DIR + "unit-words.tsv", 2)) {
      u.put(r.cell(0), enumCell(Tier.class, r, 1));
    }
    this.units = new WordTable<>(u, tokenizer);
    Map<String, Boolean> v = new HashMap<>();
    for (ResourceLines.Row r : ResourceLines.read(DIR + "issuer-verbs.txt", 1)) {
      v.put(r.cell(0), Boolean.TRUE);
    }
    this.verbs = new WordTable<>(v, tokenizer);
    Set<String> s = new HashSet<>();
    for (ResourceLines.Row r : ResourceLines.read(DIR + "name-stop-words.txt", 1)) {
      s.add(Word.key(r.cell(0)));
    }
    this.stopWords = Set.copyOf(s);
  }

  /** The words of {@code text[from, to)} with offsets into {@code text}. */
  List<Word> words(String text, int from, int to) {
    return Word.split(tokenizer, text, from, to);
  }

  /** The opening phrase of a body at {@code tokens[i]} (STOP look-alikes included), or {@code null}. */
  WordTable.Hit<Opener> opener(List<Word> words, int i) {
    return openers.longestAt(words, i);
  }

  /** The unit type word at {@code tokens[i]} (NONE for look-alikes such as "xã hội"), or {@code null}. */
  WordTable.Hit<Tier> unitWord(List<Word> words, int i) {
    return units.longestAt(words, i);
  }

  /** The plan-building verb at {@code tokens[i]}, or {@code null}. */
  WordTable.Hit<Boolean> verb(List<Word> words, int i) {
    return verbs.longestAt(words, i);
  }

  boolean isStopWord(Word w) {
    return stopWords.contains(w.key());
  }

  static <E extends Enum<E>> E enumCell(Class<E> type, ResourceLines.Row r, int i) {
    try {
      return Enum.valueOf(type, r.cell(i));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(r.where() + ": expected one of "
          + java.util.Arrays.toString(type.getEnumConstants()) + " in column " + (i + 1) + ", found '" + r.cell(i) + "'",
          e);
    }
  }

  private static boolean yes(ResourceLines.Row r, int i) {
    return switch (r.cell(i)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException(
          r.where() + ": expected yes or no in column " + (i + 1) + ", found '" + r.cell(i) + "'");
    };
  }
}
