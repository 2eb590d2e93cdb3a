package org.kehoach.text;

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

  /** No real syllable is longer ("nghiêng" has 7 letters); longer runs are not parsed at all. */
  private static final int MAX_LENGTH = 8;

  /** The lower-case, toneless letter at {@code i}: the form onsets, rhymes and finals are compared in. */
  static char plain(CharSequence s, int i) {
    return Character.toLowerCase(VietnameseLetters.base(s.charAt(i)));
  }

  /**
   * Parses {@code s[start, end)} as one syllable, or returns {@code null} when its spelling is not that of a
   * Vietnamese syllable (unknown onset or final, no vowel, two tone marks, a non-Vietnamese letter).
   *
   * <p>The onset is the longest one the word starts with that a vowel follows: "ngh", then the two-letter
   * onsets (ch gh gi kh ng nh ph qu th tr), then the single consonants (b c d đ g h k l m n p r s t v x), then
   * none. "gi" and "qu" need a vowel after them: "gìn" is g + ìn.
   */
  static Syllable parse(CharSequence s, int start, int end) {
    int n = end - start;
    if (n <= 0 || n > MAX_LENGTH) {
      return null;
    }
    int tone = VietnameseLetters.LEVEL;
    int toneAt = -1;
    for (int i = start; i < end; i++) {
      int t = VietnameseLetters.tone(s.charAt(i));
      if (t > VietnameseLetters.LEVEL) {
        if (toneAt >= 0) {
          return null;
        }
        tone = t;
        toneAt = i;
      }
    }
    char p0 = plain(s, start);
    char p1 = n > 1 ? plain(s, start + 1) : 0;
    char p2 = n > 2 ? plain(s, start + 2) : 0;
    int v;
    if (p0 == 'n' && p1 == 'g' && p2 == 'h' && vowelAt(s, start + 3, end)) {
      v = 3;
    } else if (isTwoLetterOnset(p0, p1) && vowelAt(s, start + 2, end)) {
      v = 2;
    } else if (isOneLetterOnset(p0) && vowelAt(s, start + 1, end)) {
      v = 1;
    } else if (vowelAt(s, start, end)) {
      v = 0;
    } else {
      return null;
    }
    int f = start + v;
    while (f < end && VietnameseLetters.isVowel(plain(s, f))) {
      f++;
    }
    return isFinal(s, f, end) ? new Syllable(start, start + v, f, end, tone, toneAt) : null;
  }

  private static boolean vowelAt(CharSequence s, int i, int end) {
    return i < end && VietnameseLetters.isVowel(plain(s, i));
  }

  private static boolean isTwoLetterOnset(char a, char b) {
    return switch (a) {
      case 'c', 'k', 'p', 't' -> b == 'h' || (a == 't' && b == 'r');
      case 'g' -> b == 'h' || b == 'i';
      case 'n' -> b == 'g' || b == 'h';
      case 'q' -> b == 'u';
      default -> false;
    };
  }

  private static boolean isOneLetterOnset(char c) {
    return switch (c) {
      case 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x' -> true;
      default -> false;
    };
  }

  /** Whether {@code s[from, to)} is a final: none, c, ch, m, n, ng, nh, p or t. */
  private static boolean isFinal(CharSequence s, int from, int to) {
    return switch (to - from) {
      case 0 -> true;
      case 1 -> switch (plain(s, from)) {
        case 'c', 'm', 'n', 'p', 't' -> true;
        default -> false;
      };
      case 2 -> {
        char a = plain(s, from);
        char b = plain(s, from + 1);
        yield (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'));
      }
      default -> false;
    };
  }

  /** Whether the syllable ends in a consonant (c, ch, m, n, ng, nh, p, t). */
  boolean closed() {
    return finalStart < end;
  }
}
