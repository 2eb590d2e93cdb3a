package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.VietTokenizer;

/**
 * The word lists {@link AgencyListParser} reads around agency names, each from a resource file of this
 * package: lead-ins ("Đề nghị", "Giao"), head nouns of names the gazetteer lacks ("Trung tâm", "Bệnh viện"),
 * locality words that may follow a name ("huyện", "trực thuộc"), delegating verbs ("yêu cầu") and the
 * collective nouns that announce a list of bare names ("Các phòng: …"). Immutable and thread-safe.
 */
final class AgencyWords {
  static final String DIR = "org/kehoach/extract/agencies/";

  private final WordList leadIns;
  private final WordList heads;
  private final Set<String> tails;
  private final WordList delegating;
  private final Map<List<String>, String> groupTypes;

  AgencyWords(WordList leadIns, WordList heads, Set<String> tails, WordList delegating,
      Map<List<String>, String> groupTypes) {
    this.leadIns = Objects.requireNonNull(leadIns, "leadIns");
    this.heads = Objects.requireNonNull(heads, "heads");
    this.tails = Set.copyOf(tails);
    this.delegating = Objects.requireNonNull(delegating, "delegating");
    this.groupTypes = Map.copyOf(groupTypes);
  }

  /** The lists shipped in this package's resources. */
  static AgencyWords standard() {
    VietTokenizer tokenizer = new VietTokenizer();
    Set<String> tails = new HashSet<>();
    for (String w : WordList.lines(DIR + "tail-words.txt")) {
      TextTokens t = tokenizer.tokens(w);
      for (int i = 0; i < t.size(); i++) {
        tails.add(WordList.key(t.word(i)));
      }
    }
    Map<List<String>, String> types = new HashMap<>();
    for (String line : WordList.lines(DIR + "group-types.tsv")) {
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalArgumentException(DIR + "group-types.tsv: expected 'noun<TAB>prefix', got '" + line + "'");
      }
      List<String> key = new ArrayList<>();
      TextTokens t = tokenizer.tokens(cells[0]);
      for (int i = 0; i < t.size(); i++) {
        key.add(WordList.key(t.word(i)));
      }
      types.put(List.copyOf(key), cells[1].strip());
    }
    return new AgencyWords(
        WordList.fromResource(DIR + "lead-ins.txt"),
        WordList.fromResource(DIR + "head-nouns.txt"),
        tails,
        WordList.fromResource(DIR + "delegating-verbs.txt"),
        types);
  }

  int leadInAt(ScannedText s, int i, int limit) {
    return leadIns.longestAt(s, i, limit);
  }

  /** Tokens of a head noun at {@code i} written with a capital ("Trung tâm"), or 0. */
  int headAt(ScannedText s, int i, int limit) {
    if (i >= limit || !capitalised(s.word(i))) {
      return 0;
    }
    return heads.longestAt(s, i, limit);
  }

  /** Whether a word, given by its {@link WordList#key}, may follow a name as its locality. */
  boolean isTailWord(String key) {
    return tails.contains(key);
  }

  /** Tokens of a delegating verb at {@code i} ("yêu cầu", "giao"), or 0. */
  int delegatingAt(ScannedText s, int i, int limit) {
    return delegating.longestAt(s, i, limit);
  }

  /** The word to put before bare names after a collective noun starting at {@code i} ("phòng" → "Phòng"). */
  Optional<String> groupTypeAt(ScannedText s, int i, int limit) {
    for (int len = Math.min(3, limit - i); len > 0; len--) {
      List<String> key = new ArrayList<>(len);
      for (int j = i; j < i + len; j++) {
        key.add(s.key(j));
      }
      String prefix = groupTypes.get(key);
      if (prefix != null) {
        return Optional.of(prefix);
      }
    }
    return Optional.empty();
  }

  static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
