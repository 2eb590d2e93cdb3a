package org.kehoach.gazetteer;

import java.util.ArrayList;
import java.util.List;
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

  /** Tokens of {@code text} in order. */
  public List<Token> tokenize(CharSequence text) {
    List<Token> out = new ArrayList<>();
    scan(text, (key, start, end) -> out.add(new Token(key.string(), start, end)));
    return out;
  }

  /**
   * Tokens of {@code text} in order, split as {@link #tokenize} splits them, each with the code of its key in
   * {@code codes}: no key is built as a string.
   */
  CodedTokens encode(CharSequence text, SyllableCodes codes) {
    CodedTokens out = new CodedTokens();
    scan(text, (key, start, end) -> out.add(codes.code(key.chars, key.from, key.length), start, end));
    return out;
  }

  /** Receives the tokens of a scan: the key is only valid during the call. */
  private interface TokenSink {
    void token(KeyBuffer key, int start, int end);
  }

  /** Splits {@code text} into runs and hands each run with a non-empty key to {@code sink}. */
  private static void scan(CharSequence text, TokenSink sink) {
    KeyBuffer key = new KeyBuffer();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isTokenChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isTokenChar(text.charAt(i))) {
        i++;
      }
      if (i > start && key.set(text, start, i)) {
        sink.token(key, start, i);
      }
    }
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

  private static boolean isTokenChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The key of one run, reused from run to run: {@code chars[from, from + length)}. The run is folded
   * character by character when the fold table allows, else as a whole string; then spelled.
   */
  private static final class KeyBuffer {
    char[] chars = new char[32];
    int from;
    int length;

    /** Sets the key of the run {@code text[start, end)}; false when it is empty. */
    boolean set(CharSequence text, int start, int end) {
      if (chars.length < end - start) {
        chars = new char[end - start];
      }
      int len = 0;
      for (int i = start; i < end; i++) {
        int f = Fold.of(text.charAt(i));
        if (f >= 0) {
          chars[len++] = (char) f;
        } else if (f != Fold.DROP) {
          String folded = Fold.fold(text.subSequence(start, end).toString());
          if (chars.length < folded.length()) {
            chars = new char[folded.length()];
          }
          folded.getChars(0, folded.length(), chars, 0);
          len = folded.length();
          break;
        }
      }
      spell(len);
      return length > 0;
    }

    /** The spelling rules on the folded run {@code chars[0, len)}: ð as d, numbers without leading zeros, y after an onset as i. */
    private void spell(int len) {
      boolean digits = true;
      for (int k = 0; k < len; k++) {
        if (chars[k] == 'ð') {
          chars[k] = 'd';
        }
        digits &= chars[k] >= '0' && chars[k] <= '9';
      }
      from = 0;
      length = len;
      if (digits) {
        while (from < len - 1 && chars[from] == '0') {
          from++;
        }
        length = len - from;
      } else if (len >= 2 && chars[len - 1] == 'y' && ONSETS.contains(new String(chars, 0, len - 1))) {
        chars[len - 1] = 'i';
      }
    }

    String string() {
      return new String(chars, from, length);
    }
  }

}
