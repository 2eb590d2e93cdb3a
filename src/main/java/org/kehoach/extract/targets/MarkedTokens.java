package org.kehoach.extract.targets;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.kehoach.extract.nlp.TokenShape;

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
    return oneSpaced(text, charBegin(begin), charEnd(end - 1)).trim();
  }

  /**
   * {@code text[from, to)} with each run of whitespace ({@code \s}: space, tab, line breaks, form feed,
   * vertical tab) made one space, as {@code replaceAll("\\s+", " ")} would, line breaks of hard-wrapped text
   * included ("đạt 300 triệu⏎đồng"); the substring itself when it holds no run to change.
   */
  static String oneSpaced(String text, int from, int to) {
    int k = from;
    while (k < to && !changes(text, k, to)) {
      k++;
    }
    if (k == to) {
      return text.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from).append(text, from, k);
    while (k < to) {
      char c = text.charAt(k++);
      if (isSpace(c)) {
        out.append(' ');
        while (k < to && isSpace(text.charAt(k))) {
          k++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the whitespace run starting at {@code text[k]} is anything but one plain space. */
  private static boolean changes(String text, int k, int to) {
    char c = text.charAt(k);
    return isSpace(c) && (c != ' ' || (k + 1 < to && isSpace(text.charAt(k + 1))));
  }

  /** The characters of the regex class {@code \s} without the Unicode flag. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
