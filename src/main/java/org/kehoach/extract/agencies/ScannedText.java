package org.kehoach.extract.agencies;

import java.util.Arrays;
import org.kehoach.extract.nlp.TextTokens;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyGazetteer;
import org.kehoach.gazetteer.PhraseMatch;
import org.kehoach.gazetteer.SyllableSplit;
import org.kehoach.gazetteer.SyllableTokenizer;

/**
 * A range of text as tokens, with the gazetteer agency phrase that starts at each token (leftmost-longest,
 * as {@link AgencyGazetteer#findIn} reports them). Offsets of tokens are into the whole text. One scan can
 * serve several readings of the same range ({@link AgencyListParser#mentions}, {@link AgencyListParser#field}),
 * and its tokens the rule engines reading that range ({@link #tokens}). Built per call; not shared between
 * threads (its word keys are computed on first use).
 */
public final class ScannedText {
  final String text;
  private final TextTokens tokens;
  private final Agency[] agencyAt;
  private final int[] lastAt;
  private final String[] keys;

  ScannedText(TextTokens tokens, AgencyGazetteer gazetteer) {
    this.text = tokens.text();
    this.tokens = tokens;
    int n = tokens.size();
    this.agencyAt = new Agency[n];
    this.lastAt = new int[n];
    this.keys = new String[n];
    Arrays.fill(lastAt, -1);
    // the ranges a plan's readers scan overlap (a task, its fields, its heading), so each takes its syllables
    // from one split of the document, which splits each part of it at most once
    SyllableSplit split = tokens.perDocument(SyllableSplit.class,
        whole -> SyllableSplit.of(new SyllableTokenizer(), whole.text(), whole.from(), whole.to()));
    int k = 0;
    for (PhraseMatch<Agency> m : gazetteer.findIn(text, split.within(tokens.from(), tokens.to()))) {
      int start = m.start();
      int end = m.end();
      while (k < n && begin(k) < start) {
        k++;
      }
      if (k == n || begin(k) != start) {
        continue; // the gazetteer cut a token of ours in two: not a name boundary we can use
      }
      int j = k;
      while (j + 1 < n && begin(j + 1) < end) {
        j++;
      }
      if (end(j) == end) {
        agencyAt[k] = m.first();
        lastAt[k] = j;
      }
    }
  }

  /** The tokens of the range, for rules that read it too. */
  public TextTokens tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  int begin(int i) {
    return tokens.begin(i);
  }

  int end(int i) {
    return tokens.end(i);
  }

  String word(int i) {
    return tokens.word(i);
  }

  /** The word as spelled, lower case, tone in the canonical place ({@link WordList#key}). */
  String key(int i) {
    String key = keys[i];
    if (key == null) {
      key = WordList.key(word(i));
      keys[i] = key;
    }
    return key;
  }

  boolean isWord(int i) {
    return tokens.shape(i) == TokenShape.WORD;
  }

  boolean isPunct(int i, char c) {
    int b = begin(i);
    return end(i) - b == 1 && text.charAt(b) == c;
  }

  /** Whether a line break or tab stands between token {@code i} and the one before it. */
  boolean breakBefore(int i) {
    if (i == 0) {
      return false;
    }
    for (int k = end(i - 1); k < begin(i); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\t' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The agency whose phrase starts at token {@code i} and ends before {@code limit}, or null. */
  Agency agencyAt(int i, int limit) {
    return agencyAt[i] != null && lastAt[i] < limit ? agencyAt[i] : null;
  }

  /** The last token of the phrase starting at {@code i}; only meaningful when {@link #agencyAt} is non-null. */
  int lastOf(int i) {
    return lastAt[i];
  }
}
