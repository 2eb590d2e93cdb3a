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
  private record Rule(SectionKind kind, String key) {}

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
    return null;
  }

  SectionKind classifyKey(String key) {
    SectionKind k = matchKey(key);
    return k == null ? SectionKind.OTHER : k;
  }
}
