package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.value.WhitespaceRuns;

/**
 * The tokens of one region with the cues found in them, indexed by token so the assembler can ask "which
 * cue ends right before this value?". Values are kept apart ({@link Reading}); cues inside a value (the
 * "trên" of "14 trên 1.000") were dropped before. Immutable.
 */
final class MarkedTokens {
  /** Conjunctions that join clauses or values and never start or end a name: "65% … và 75% …". */
  private static final Set<String> CONJUNCTIONS = Set.of("và", "hoặc", "hay");

  private final String text;
  private final List<CoreLabel> tokens;
  private final Cue[] cueAt;

  MarkedTokens(String text, List<CoreLabel> tokens, List<Cue> cues) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.cueAt = new Cue[tokens.size()];
    for (Cue c : cues) {
      for (int i = c.begin(); i < c.end(); i++) {
        cueAt[i] = c;
      }
    }
  }

  int size() {
    return tokens.size();
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String norm(int i) {
    return tokens.get(i).get(NormAnnotation.class);
  }

  boolean isPunct(int i) {
    return TokenShape.PUNCT.name().equals(tokens.get(i).get(CoreAnnotations.ShapeAnnotation.class));
  }

  boolean isConjunction(int i) {
    return CONJUNCTIONS.contains(norm(i));
  }

  /** The cue covering token {@code i}, or {@code null}. */
  Cue cueAt(int i) {
    return i >= 0 && i < cueAt.length ? cueAt[i] : null;
  }

  /** The cue whose last token is {@code i - 1}, i.e. that ends right before token {@code i}. */
  Cue cueEndingBefore(int i) {
    Cue c = cueAt(i - 1);
    return c != null && c.end() == i ? c : null;
  }

  /** The cue whose first token is {@code i}. */
  Cue cueStartingAt(int i) {
    Cue c = cueAt(i);
    return c != null && c.begin() == i ? c : null;
  }

  int charBegin(int i) {
    return tokens.get(i).beginPosition();
  }

  int charEnd(int i) {
    return tokens.get(i).endPosition();
  }

  /** The text of tokens {@code [begin, end)} as written, with whitespace runs made one space. */
  String textOf(int begin, int end) {
    if (begin >= end) {
      return "";
    }
    return WhitespaceRuns.oneSpaced(text, charBegin(begin), charEnd(end - 1)).trim();
  }
}
