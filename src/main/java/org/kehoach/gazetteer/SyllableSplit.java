package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The syllables ({@link SyllableTokenizer} tokens) of a range of a text, split at most once, so that readers
 * scanning many overlapping sub-ranges of it (a plan's tasks, their fields and headings, each looked up in
 * the agency gazetteer) take their syllables from it rather than splitting the same text again. The range
 * is split lazily in blocks of about {@value #BLOCK} characters, each when a sub-range first reaches it: the
 * scanned ranges cover only part of a plan, and splitting all of it costs more than splitting them.
 *
 * <p>{@link #within} gives exactly the tokens of splitting the sub-range itself: a token is a maximal run of
 * token characters and its key depends only on the run, so the runs of a sub-range are the runs of the
 * whole that lie inside it, unless a run crosses one of its ends, which {@link #within} checks on the two
 * characters at each end (and then splits the sub-range itself). Blocks end where no run crosses, for the
 * same reason. Not thread-safe (blocks are split on use); one per document and thread.
 */
public final class SyllableSplit {
  /** Characters per block, before moving its end to the end of a run: about a short task of a plan. */
  static final int BLOCK = 128;

  private final SyllableTokenizer tokenizer;
  private final CharSequence text;
  private final int from;
  private final int to;
  /** Where block {@code k} starts, or -1 until asked; the last entry is {@code to}. */
  private final int[] bounds;
  /** The tokens of block {@code k}, or null until asked. */
  private final List<List<Token>> blocks;

  private SyllableSplit(SyllableTokenizer tokenizer, CharSequence text, int from, int to) {
    this.tokenizer = tokenizer;
    this.text = text;
    this.from = from;
    this.to = to;
    int count = Math.max(1, (to - from + BLOCK - 1) / BLOCK);
    this.bounds = new int[count + 1];
    Arrays.fill(bounds, -1);
    bounds[0] = from;
    bounds[count] = to;
    this.blocks = new ArrayList<>(Collections.nCopies(count, (List<Token>) null));
  }

  /** The syllables of {@code text[from, to)}, split as they are asked for. */
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
    List<Token> out = new ArrayList<>();
    for (int k = blockOf(a); k < blocks.size() && bound(k) < b; k++) {
      for (Token t : block(k)) {
        // no run crosses a or b, so a token starting in [a, b) ends by b
        if (t.start() >= b) {
          break;
        }
        if (t.start() >= a) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Whether a run of token characters of the whole range crosses {@code offset}. */
  private boolean cut(int offset) {
    return offset > from && offset < to && SyllableTokenizer.isTokenChar(text.charAt(offset - 1))
        && SyllableTokenizer.isTokenChar(text.charAt(offset));
  }

  /** Where block {@code k} starts: {@code k} blocks into the range, moved past a run crossing there. */
  private int bound(int k) {
    if (bounds[k] < 0) {
      int p = from + k * BLOCK;
      while (cut(p)) {
        p++;
      }
      bounds[k] = p;
    }
    return bounds[k];
  }

  private List<Token> block(int k) {
    List<Token> b = blocks.get(k);
    if (b == null) {
      b = tokenizer.tokenize(text, bound(k), bound(k + 1)); // both ends lie where no run crosses
      blocks.set(k, b);
    }
    return b;
  }

  /** The block holding offset {@code x} of the range (the last one for {@code to}). */
  private int blockOf(int x) {
    int k = Math.min(blocks.size() - 1, (x - from) / BLOCK);
    while (k > 0 && bound(k) > x) {
      k--;
    }
    return k;
  }
}
