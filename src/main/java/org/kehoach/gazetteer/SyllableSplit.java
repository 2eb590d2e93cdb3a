package org.kehoach.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * The syllables ({@link SyllableTokenizer} tokens) of a range of a text, split once so that readers scanning
 * many sub-ranges of it (a plan's tasks, fields and headings, each looked up in the agency gazetteer) take
 * their syllables from it rather than splitting the same text again. {@link #within} gives exactly the
 * tokens of splitting the sub-range itself: a token is a maximal run of token characters and its key
 * depends only on the run, so the runs of a sub-range are the runs of the whole that lie inside it, unless
 * a run crosses one of its ends, which {@link #within} checks on the two characters at each end (and then
 * splits the sub-range itself). Immutable.
 */
public final class SyllableSplit {
  private final SyllableTokenizer tokenizer;
  private final CharSequence text;
  private final int from;
  private final int to;
  private final List<Token> tokens;

  private SyllableSplit(SyllableTokenizer tokenizer, CharSequence text, int from, int to) {
    this.tokenizer = tokenizer;
    this.text = text;
    this.from = from;
    this.to = to;
    this.tokens = tokenizer.tokenize(text, from, to);
  }

  /** The syllables of {@code text[from, to)}. */
  public static SyllableSplit of(SyllableTokenizer tokenizer, CharSequence text, int from, int to) {
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= " + text.length() + ", got [" + from + ", " + to + ")");
    }
    return new SyllableSplit(tokenizer, text, from, to);
  }

  /**
   * The syllables of {@code text[a, b)} with offsets into the text, as {@link SyllableTokenizer#tokenize(
   * CharSequence, int, int)} gives them.
   */
  public List<Token> within(int a, int b) {
    if (a < from || b > to || a > b || cut(a) || cut(b)) {
      return tokenizer.tokenize(text, a, b);
    }
    return tokens.subList(firstStartingAt(a), firstStartingAt(b));
  }

  /** Whether a run of token characters of the whole range crosses {@code offset}. */
  private boolean cut(int offset) {
    return offset > from && offset < to && SyllableTokenizer.isTokenChar(text.charAt(offset - 1))
        && SyllableTokenizer.isTokenChar(text.charAt(offset));
  }

  /** The index of the first token starting at or after {@code offset}, or the number of tokens. */
  private int firstStartingAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
