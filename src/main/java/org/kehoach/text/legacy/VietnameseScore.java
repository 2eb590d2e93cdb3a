package org.kehoach.text.legacy;

import org.kehoach.text.SyllableChecker;

/**
 * How Vietnamese a text reads: among its words (runs of letters) that hold a non-ASCII letter, how many
 * are well-formed Vietnamese syllables and how many are not. Pure-ASCII words are not counted, since every
 * candidate decoding leaves them alike.
 *
 * @param valid words with a non-ASCII letter that are syllables ("Việt", "trình")
 * @param invalid words with a non-ASCII letter that are not ("hiÖn", "Thöïc", "café")
 * @param unicodeOnly words holding a letter that no 8-bit reading produces (ă đ ơ ư, U+1EA0–U+1EF9): proof
 *     that the text is already Unicode Vietnamese
 */
record VietnameseScore(int valid, int invalid, int unicodeOnly) {
  /** The score of a text without a counted word. */
  static final VietnameseScore NONE = new VietnameseScore(0, 0, 0);

  static VietnameseScore of(CharSequence text, SyllableChecker checker) {
    return of(text, checker::isSyllable);
  }

  static VietnameseScore of(CharSequence text, SyllableTest checker) {
    int valid = 0;
    int invalid = 0;
    int unicodeOnly = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean nonAscii = false;
      boolean vietnameseOnly = false;
      for (; i < n && Character.isLetter(text.charAt(i)); i++) {
        char c = text.charAt(i);
        nonAscii |= c >= 0x80;
        vietnameseOnly |= isVietnameseOnly(c);
      }
      if (!nonAscii) {
        continue;
      }
      if (checker.isSyllable(text, start, i)) {
        valid++;
        unicodeOnly += vietnameseOnly ? 1 : 0;
      } else {
        invalid++;
      }
    }
    return new VietnameseScore(valid, invalid, unicodeOnly);
  }

  /** Whether {@code c} is a Vietnamese letter outside Latin-1 and windows-1252, which mojibake never holds. */
  static boolean isVietnameseOnly(char c) {
    return switch (c) {
      case 'Ă', 'ă', 'Đ', 'đ', 'Ĩ', 'ĩ', 'Ũ', 'ũ', 'Ơ', 'ơ', 'Ư', 'ư' -> true;
      default -> c >= '\u1EA0' && c <= '\u1EF9';
    };
  }

  /** The score of two texts side by side (separated by a non-letter). */
  VietnameseScore plus(VietnameseScore other) {
    return new VietnameseScore(valid + other.valid, invalid + other.invalid, unicodeOnly + other.unicodeOnly);
  }

  /** Words counted. */
  int counted() {
    return valid + invalid;
  }

  /** Valid minus invalid words: the number candidate decodings are ranked by. */
  int net() {
    return valid - invalid;
  }
}
