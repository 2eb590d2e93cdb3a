package org.kehoach.extract.agencies;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.kehoach.extract.nlp.TokenShape;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyGazetteer;
import org.kehoach.gazetteer.PhraseMatch;

/**
 * A range of text as tokens, with the gazetteer agency phrase that starts at each token (leftmost-longest,
 * as {@link AgencyGazetteer#findIn} reports them). Offsets of tokens are into the whole text. Built per call;
 * not shared between threads.
 */
final class ScannedText {
  final String text;
  final List<CoreLabel> tokens;
  private final Agency[] agencyAt;
  private final int[] lastAt;

  ScannedText(String text, int from, int to, VietTokenizer tokenizer, AgencyGazetteer gazetteer) {
    this.text = text;
    this.tokens = tokenizer.tokenize(text, from, to);
    int n = tokens.size();
    this.agencyAt = new Agency[n];
    this.lastAt = new int[n];
    Arrays.fill(lastAt, -1);
    int k = 0;
    for (PhraseMatch<Agency> m : gazetteer.findIn(text.substring(from, to))) {
      int start = m.start() + from;
      int end = m.end() + from;
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

  int size() {
    return tokens.size();
  }

  int begin(int i) {
    return tokens.get(i).beginPosition();
  }

  int end(int i) {
    return tokens.get(i).endPosition();
  }

  /** The word as spelled, lower case, tone in the canonical place ({@link WordList#key}). */
  String key(int i) {
    return WordList.key(tokens.get(i));
  }

  boolean isWord(int i) {
    return TokenShape.WORD.name().equals(tokens.get(i).get(CoreAnnotations.ShapeAnnotation.class));
  }

  boolean isPunct(int i, char c) {
    String w = tokens.get(i).word();
    return w.length() == 1 && w.charAt(0) == c;
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
