package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kehoach.text.Fold;

/**
 * Splits text into runs of letters, digits and combining marks (everything else — spaces, punctuation,
 * {@code & - . /} — separates tokens) and gives each run a matching key: {@link Fold#fold} (no tones, đ→d,
 * lower case), OCR's {@code ð} read as {@code d}, the free {@code y}/{@code i} spelling unified
 * ({@code tỷ}/{@code tỉ}, {@code Lý}/{@code Lí}, {@code quy}/{@code qui} all key as {@code …i}), and digit runs
 * without leading zeros ({@code 08} keys as {@code 8}). Offsets point into the original text, so matches can
 * be shown and highlighted as written. Stateless and thread-safe.
 */
public final class SyllableTokenizer {
  /** Initial consonants after which a lone {@code y} and {@code i} are spelling variants of one rhyme. */
  private static final Set<String> ONSETS =
      Set.of(
          "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "ch", "gh", "kh", "nh",
          "ph", "th", "tr", "ng", "ngh", "qu");

  /** {@link #ONSETS} packed by {@link #pack} and sorted, to look a run's start up without making a string of it. */
  private static final int[] PACKED_ONSETS =
      ONSETS.stream().mapToInt(o -> pack(o.toCharArray(), o.length())).sorted().toArray();

  /** The first {@code n} characters as one int, 7 bits each, when they are at most 3 ASCII characters; else -1. */
  private static int pack(char[] s, int n) {
    if (n > 3) {
      return -1;
    }
    int packed = 0;
    for (int i = 0; i < n; i++) {
      if (s[i] >= 0x80) {
        return -1;
      }
      packed = packed << 7 | s[i];
    }
    return packed;
  }

  /** Tokens of {@code text} in order. */
  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  /**
   * Tokens of {@code text[from, to)} in order, with offsets into {@code text}: the tokens of {@code
   * text.subSequence(from, to)} shifted by {@code from}.
   */
  public List<Token> tokenize(CharSequence text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    List<Token> out = new ArrayList<>();
    int n = to;
    int i = from;
    while (i < n) {
      while (i < n && !isTokenChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String key = key(text, start, i);
        if (!key.isEmpty()) {
          out.add(new Token(key, start, i));
        }
      }
    }
    return out;
  }

  /** The keys of {@code text}'s tokens, in order. */
  public List<String> keys(CharSequence text) {
    List<String> keys = new ArrayList<>();
    for (Token t : tokenize(text)) {
      keys.add(t.key());
    }
    return keys;
  }

  /** The keys of {@code text} joined with single spaces: a canonical lookup key for a whole phrase. */
  public String phraseKey(CharSequence text) {
    return String.join(" ", keys(text));
  }

  /** Whether {@code c} belongs to a token: a letter, a digit or a combining mark. */
  static boolean isTokenChar(char c) {
    return TOKEN_CHARS[c];
  }

  /** {@link #isTokenChar} of every char, read from a table since nearly every character of a text is asked. */
  private static final boolean[] TOKEN_CHARS = tokenChars();

  private static boolean[] tokenChars() {
    boolean[] table = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int type = Character.getType(c);
      table[c] = Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
    return table;
  }

  /**
   * The key of the run {@code text[start, end)}: folded character by character when the fold table allows,
   * with the {@link #spelling} rules applied on the way, else through {@link Fold#fold} and {@link #spelling}.
   */
  private static String key(CharSequence text, int start, int end) {
    char[] folded = new char[end - start];
    int len = 0;
    boolean digits = true;
    for (int i = start; i < end; i++) {
      int f = Fold.of(text.charAt(i));
      if (f >= 0) {
        char k = f == 'ð' ? 'd' : (char) f;
        digits &= k >= '0' && k <= '9';
        folded[len++] = k;
      } else if (f != Fold.DROP) {
        return spelling(Fold.fold(text.subSequence(start, end).toString()));
      }
    }
    if (digits) {
      int z = 0;
      while (z < len - 1 && folded[z] == '0') {
        z++;
      }
      return new String(folded, z, len - z);
    }
    if (len >= 2 && folded[len - 1] == 'y' && Arrays.binarySearch(PACKED_ONSETS, pack(folded, len - 1)) >= 0) {
      folded[len - 1] = 'i';
    }
    return new String(folded, 0, len);
  }

  /** The spelling rules applied to a folded run: ð as d, numbers without leading zeros, y after an onset as i. */
  private static String spelling(String foldedRun) {
    String k = foldedRun.replace('ð', 'd');
    if (isDigits(k)) {
      int z = 0;
      while (z < k.length() - 1 && k.charAt(z) == '0') {
        z++;
      }
      return k.substring(z);
    }
    if (k.length() >= 2 && k.charAt(k.length() - 1) == 'y' && ONSETS.contains(k.substring(0, k.length() - 1))) {
      return k.substring(0, k.length() - 1) + 'i';
    }
    return k;
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
