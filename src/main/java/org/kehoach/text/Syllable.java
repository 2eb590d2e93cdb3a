package org.kehoach.text;

import java.util.List;

/**
 * The written shape of one Vietnamese syllable inside a character sequence: initial consonant(s), vowel
 * cluster (including the glides i/y/o/u that close a rhyme, as in "ai", "ao"), final consonant and the tone
 * mark. Offsets are absolute indexes into the parsed sequence. Only the spelling is checked here (a known
 * onset, at least one vowel, a known final, at most one tone mark); {@link SyllableChecker} checks the rhyme.
 *
 * @param start index of the first letter
 * @param vowelStart index of the first vowel of the cluster (after the onset, so after "qu" and "gi")
 * @param finalStart index of the final consonant, or {@code end} when the syllable is open
 * @param end index after the last letter
 * @param tone the tone, {@link VietnameseLetters#LEVEL} … {@link VietnameseLetters#DOT}
 * @param toneAt index of the letter carrying the tone mark, or -1 when the tone is LEVEL
 */
record Syllable(int start, int vowelStart, int finalStart, int end, int tone, int toneAt) {

  /** Onsets, longest first so that "ngh" wins over "ng" and "n". "gi" and "qu" also hold a vowel letter. */
  private static final List<String> ONSETS =
      List.of(
          "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k",
          "l", "m", "n", "p", "r", "s", "t", "v", "x", "");

  private static final List<String> FINALS = List.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

  /** No real syllable is longer ("nghiêng" has 7 letters); longer runs are not parsed at all. */
  private static final int MAX_LENGTH = 8;

  /** The lower-case, toneless letter at {@code i}: the form onsets, rhymes and finals are compared in. */
  static char plain(CharSequence s, int i) {
    return Character.toLowerCase(VietnameseLetters.base(s.charAt(i)));
  }

  /**
   * Parses {@code s[start, end)} as one syllable, or returns {@code null} when its spelling is not that of a
   * Vietnamese syllable (unknown onset or final, no vowel, two tone marks, a non-Vietnamese letter).
   */
  static Syllable parse(CharSequence s, int start, int end) {
    int n = end - start;
    if (n <= 0 || n > MAX_LENGTH) {
      return null;
    }
    char[] plain = new char[n];
    int tone = VietnameseLetters.LEVEL;
    int toneAt = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(start + i);
      plain[i] = Character.toLowerCase(VietnameseLetters.base(c));
      int t = VietnameseLetters.tone(c);
      if (t > VietnameseLetters.LEVEL) {
        if (toneAt >= 0) {
          return null;
        }
        tone = t;
        toneAt = start + i;
      }
    }
    for (String onset : ONSETS) {
      if (!matches(plain, 0, n, onset)) {
        continue;
      }
      int v = onset.length();
      int f = v;
      while (f < n && VietnameseLetters.isVowel(plain[f])) {
        f++;
      }
      if (f == v) {
        // "gi" and "qu" need a vowel after them; "gìn" is g + ìn, so fall through to the shorter onset
        continue;
      }
      return isFinal(plain, f, n) ? new Syllable(start, start + v, start + f, end, tone, toneAt) : null;
    }
    return null;
  }

  private static boolean matches(char[] plain, int from, int to, String part) {
    if (part.length() > to - from) {
      return false;
    }
    for (int k = 0; k < part.length(); k++) {
      if (plain[from + k] != part.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFinal(char[] plain, int from, int to) {
    for (String fin : FINALS) {
      if (fin.length() == to - from && matches(plain, from, to, fin)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the syllable ends in a consonant (c, ch, m, n, ng, nh, p, t). */
  boolean closed() {
    return finalStart < end;
  }
}
