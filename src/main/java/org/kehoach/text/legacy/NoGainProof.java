package org.kehoach.text.legacy;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.text.Nfc;

/**
 * Proves, for most Unicode text, that no codec's reading can read more Vietnamese than the text as it
 * stands, without scoring every distinct spelling: {@link LegacyDetector} then reports nothing and skips its
 * full count. Stateless apart from its constructor arguments; thread-safe.
 *
 * <p><b>Why a bound exists.</b> The detector reports codec c only when {@code net(c) > net(as is)} on the
 * whole text, and both nets are sums over segments ({@link LegacyDetector}). A segment without a readable
 * character (one that stands for a byte from 0x80 up) reads the same under every codec, so it adds nothing to
 * {@code net(c) - net(as is)}. For a readable segment s,
 *
 * <pre>
 *   net_c(s) - net_0(s) = valid_c - invalid_c - valid_0 + invalid_0 &lt;= counted_c(s) + counted_0(s)
 * </pre>
 *
 * and the same sum bounds {@code net_0(s) - net_c(s)}. A counted word holds a non-ASCII letter and words do not
 * overlap, so {@code counted_0(s) <= nonAscii(s)}. When every character of s is {@link Nfc#inert}, {@code
 * counted_c(s) <= nonAscii(decode_c(s)) <= nonAscii(s)}: a codec keeps ASCII characters as they are and
 * turns each non-ASCII character, or an ASCII letter together with the non-ASCII mark byte after it, into one
 * inert character, so its output is NFC as built and holds no more non-ASCII characters than s (the contract
 * of {@link LegacyCodec#decode}, checked for both codecs on every byte and byte pair by NoGainProofTest). Hence
 * {@code |net_c(s) - net_0(s)| <= 2 nonAscii(s)}, the bound of s.
 *
 * <p><b>The proof.</b> One pass counts the distinct readable spellings and their occurrences; the spellings
 * are then scored exactly, the heaviest (occurrences times bound) first. With D_c the exact gain of codec c
 * over the spellings scored so far and B the summed bounds of the rest, the final gain of c lies in
 * [D_c - B, D_c + B]. Once D_c + B <= 0 for every codec, no codec can win: proven. Once D_c - B > 0 for
 * some codec, that codec certainly reads better and the proof is given up. A readable spelling holding a
 * character outside the inert ranges (a symbol-font bullet U+F0B7, a stray combining mark) has no bound: it
 * is scored exactly before any bound is relied on. Unicode Vietnamese loses
 * a word or two under any legacy reading of its frequent spellings, so the rare spellings are never scored.
 */
final class NoGainProof {
  private final List<LegacyCodec> codecs;
  private final SegmentScorer scorer;

  /** How {@link LegacyDetector} scores one segment: the score as it stands, then one per codec in order. */
  interface SegmentScorer {
    VietnameseScore[] score(String segment);
  }

  NoGainProof(List<LegacyCodec> codecs, SegmentScorer scorer) {
    this.codecs = List.copyOf(codecs);
    this.scorer = scorer;
  }

  /** True when no codec's reading of the NFC {@code text} can have a higher net score than the text as it stands. */
  boolean noCodecGains(String text) {
    List<Spelling> spellings = readableSpellings(text);
    long remaining = 0;
    for (Spelling s : spellings) {
      remaining += s.weight();
    }
    // spellings without a bound first: the bounds of the rest only hold once those are scored exactly
    spellings.sort((a, b) -> a.bounded() != b.bounded() ? (a.bounded() ? 1 : -1) : Long.compare(b.weight(), a.weight()));
    long[] gain = new long[codecs.size()];
    for (Spelling s : spellings) {
      if (s.bounded() && settled(gain, remaining)) {
        break;
      }
      VietnameseScore[] scores = scorer.score(s.text);
      for (int c = 0; c < gain.length; c++) {
        gain[c] += (long) s.count * (scores[c + 1].net() - scores[0].net());
      }
      remaining -= s.weight();
    }
    return provenNoGain(gain, remaining);
  }

  /** Whether the outcome is known: no codec can gain, or one surely does (then the proof fails). */
  private static boolean settled(long[] gain, long remaining) {
    if (provenNoGain(gain, remaining)) {
      return true;
    }
    for (long g : gain) {
      if (g - remaining > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean provenNoGain(long[] gain, long remaining) {
    for (long g : gain) {
      if (g + remaining > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The distinct segments of {@code text} that hold a readable character, with their occurrences; segments are
   * cut as {@link LegacyDetector#readings} cuts them.
   */
  private static List<Spelling> readableSpellings(String text) {
    SpellingMemo<Spelling> memo = new SpellingMemo<>();
    List<Spelling> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (LegacyDetector.isSeparator(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean nonAscii = false;
      int hash = 0;
      for (; i < n && !LegacyDetector.isSeparator(text.charAt(i)); i++) {
        char c = text.charAt(i);
        nonAscii |= c >= 0x80;
        hash = 31 * hash + c;
      }
      if (!nonAscii) {
        continue;
      }
      // whether a spelling is readable is asked once per distinct spelling, not at every occurrence
      Spelling s = memo.get(text, start, i, hash, Spelling::of);
      if (s.readable && s.count++ == 0) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A distinct segment, whether it holds a readable character, its occurrences and its non-ASCII characters (-1
   * when one is not inert).
   */
  private static final class Spelling {
    final String text;
    final boolean readable;
    final int nonAscii;
    int count;

    private Spelling(String text, boolean readable, int nonAscii) {
      this.text = text;
      this.readable = readable;
      this.nonAscii = nonAscii;
    }

    static Spelling of(String segment) {
      int nonAscii = 0;
      boolean readable = false;
      boolean inert = true;
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        readable |= ByteView.toByte(c) >= 0x80;
        inert &= Nfc.inert(c);
        nonAscii += c >= 0x80 ? 1 : 0;
      }
      return new Spelling(segment, readable, inert ? nonAscii : -1);
    }

    /** Whether {@link #weight} bounds it: all its characters are inert. */
    boolean bounded() {
      return nonAscii >= 0;
    }

    /** The bound of all its occurrences together (how far they can move a codec's gain either way); 0 unbounded. */
    long weight() {
      return bounded() ? 2L * nonAscii * count : 0;
    }
  }
}
