package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kehoach.model.SectionKind;

/**
 * Maps a section heading to its {@link SectionKind} with the vocabulary of {@code section-kinds.tsv}: the
 * longest matching prefix row wins; when none matches, the first "contains" row that matches; else OTHER.
 * Immutable and thread-safe.
 */
final class SectionKindClassifier {
  /** A row: its kind, its key, and the words of the key (split once, for {@link #startsWithNearly}). */
  private record Rule(SectionKind kind, String key, String[] words) {
    Rule(SectionKind kind, String key) {
      this(kind, key, key.split(" "));
    }
  }

  private final List<Rule> prefixRules;
  private final List<Rule> containsRules;

  SectionKindClassifier(List<String> tsvRows) {
    List<Rule> prefix = new ArrayList<>();
    List<Rule> contains = new ArrayList<>();
    for (String row : tsvRows) {
      String[] f = row.split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException("section-kind row must be kind<TAB>match<TAB>phrase, got: " + row);
      }
      Rule rule = new Rule(SectionKind.valueOf(f[0].strip().toUpperCase(Locale.ROOT)), TextShape.key(f[2]));
      switch (f[1].strip()) {
        case "prefix" -> prefix.add(rule);
        case "contains" -> contains.add(rule);
        default -> throw new IllegalArgumentException("match must be prefix or contains, got '" + f[1] + "' in: " + row);
      }
    }
    prefix.sort((a, b) -> Integer.compare(b.key().length(), a.key().length()));
    this.prefixRules = List.copyOf(prefix);
    this.containsRules = List.copyOf(contains);
  }

  static SectionKindClassifier standard() {
    return new SectionKindClassifier(Lexicon.readLines("section-kinds.tsv"));
  }

  SectionKind classify(String heading) {
    return classifyKey(TextShape.key(heading));
  }

  /** The kind of a heading given by its key, or {@code null} when no row matches at all. */
  SectionKind matchKey(String key) {
    for (Rule r : prefixRules) {
      if (Lexicon.startsWithWord(key, r.key())) {
        return r.kind();
      }
    }
    for (Rule r : containsRules) {
      if (Lexicon.containsWord(key, r.key())) {
        return r.kind();
      }
    }
    String[] words = null;
    for (Rule r : prefixRules) {
      if (r.words().length < 2) {
        continue;
      }
      if (words == null) {
        words = key.split(" ");
      }
      if (startsWithNearly(words, r.words())) {
        return r.kind();
      }
    }
    return null;
  }

  /**
   * OCR garbles a letter of a heading now and then ("MỤC TIỀÊU"): the heading starts with the rule's words
   * when each word is at most one edit away, and words of fewer than four letters must be exact.
   */
  static boolean startsWithNearly(String key, String ruleKey) {
    return startsWithNearly(key.split(" "), ruleKey.split(" "));
  }

  private static boolean startsWithNearly(String[] k, String[] r) {
    if (k.length < r.length || r.length < 2) {
      return false;
    }
    int edits = 0;
    for (int i = 0; i < r.length; i++) {
      if (k[i].equals(r[i])) {
        continue;
      }
      if (r[i].length() < 4 || !withinOneEdit(k[i], r[i])) {
        return false;
      }
      edits++;
    }
    return edits <= 1;
  }

  private static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return !edited || (i == a.length() && j == b.length());
  }

  SectionKind classifyKey(String key) {
    SectionKind k = matchKey(key);
    return k == null ? SectionKind.OTHER : k;
  }
}
