package org.kehoach.structure;

import org.kehoach.text.Fold;

/** Small character-level tests shared by the segmentation steps; pure functions. */
final class TextShape {
  private TextShape() {}

  /** Whitespace as layouts produce it, including no-break and zero-width spaces. */
  static boolean isSpace(char c) {
    // below U+2000 only the controls up to ' ', U+00A0 and U+1680 are spaces: letters, Vietnamese ones
    // included, are answered without the character tables
    if (c > ' ' && c < '\u2000' && c != '\u00A0' && c != '\u1680') {
      return false;
    }
    return isSpaceByDefinition(c);
  }

  /** What {@link #isSpace} answers, by its definition alone. */
  static boolean isSpaceByDefinition(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u200B' || c == '\uFEFF'
        || (c >= '\u2000' && c <= '\u200A');
  }

  /**
   * The key used for word-list matching: {@link Fold#fold} with every character that is neither letter nor digit
   * turned into a space, spaces collapsed. "MỤC ĐÍCH, YÊU CẦU:" becomes "muc dich yeu cau".
   */
  static String key(String s) {
    char[] out = new char[s.length()];
    int len = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int f = c < KEYS.length ? KEYS[c] : Fold.UNTABLED;
      if (f == Fold.DROP) {
        continue;
      }
      if (f == Fold.UNTABLED) {
        return keyOfFolded(Fold.fold(s));
      }
      if (f >= 0) {
        if (space && len > 0) {
          out[len++] = ' ';
        }
        space = false;
        out[len++] = (char) f;
      } else {
        space = true;
      }
    }
    return new String(out, 0, len);
  }

  /** Characters below this are keyed by {@link #KEYS}; {@link Fold#of} tables no character from here on. */
  private static final int KEY_TABLE_SIZE = 0x2070;

  /**
   * What {@link #key} makes of each character below {@link #KEY_TABLE_SIZE}, worked out once from {@link
   * Fold#of}: the folded character when it is a letter or digit, {@link Fold#DROP}, {@link Fold#UNTABLED}, or
   * {@link Fold#SPACE} for anything else (a separator).
   */
  private static final int[] KEYS = keyTable();

  private static int[] keyTable() {
    int[] t = new int[KEY_TABLE_SIZE];
    for (int c = 0; c < t.length; c++) {
      int f = Fold.of((char) c);
      // a letter outside the BMP (a rare CJK name) is a pair of chars, neither of which is a letter alone
      if (f == Fold.DROP || f == Fold.UNTABLED || Character.isSurrogate((char) c)) {
        t[c] = f == Fold.DROP ? Fold.DROP : Fold.UNTABLED;
      } else {
        t[c] = f >= 0 && Character.isLetterOrDigit((char) f) ? f : Fold.SPACE;
      }
    }
    return t;
  }

  /** The key of an already folded string; {@link #key} folds character by character instead when it can. */
  private static String keyOfFolded(String f) {
    StringBuilder sb = new StringBuilder(f.length());
    boolean space = false;
    for (int i = 0; i < f.length(); i += Character.charCount(f.codePointAt(i))) {
      int c = f.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.appendCodePoint(c);
      } else {
        space = true;
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@code c} matches the lower-case letter {@code lower} in a pattern compiled with {@code
   * CASE_INSENSITIVE | UNICODE_CASE}, by the same rule the regex engine applies ("S", "s" and "ſ" match 's'):
   * a cheap test of the first letter before such an anchored pattern is run.
   */
  static boolean foldsTo(char c, char lower) {
    return c == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower;
  }

  /** The least share of capitals among its letters that makes a line "in capitals". */
  private static final double CAPITALS_SHARE = 0.85;

  /** Share of upper-case letters among the letters of {@code s}; 0 when it has no letters. */
  static double upperShare(CharSequence s) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters == 0 ? 0 : (double) upper / letters;
  }

  /** True when the letters of {@code s} are (nearly) all capitals, as in a heading "TỔ CHỨC THỰC HIỆN". */
  static boolean isCapitals(CharSequence s) {
    int letters = 0;
    int upper = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        } else if ((double) (upper + n - 1 - i) / (letters + n - 1 - i) < CAPITALS_SHARE) {
          return false; // even all capitals from here on would not reach the share: a body line stops early
        }
      }
    }
    return letters != 0 && (double) upper / letters >= CAPITALS_SHARE;
  }

  /** True when the first letter-or-digit of {@code s} is a lower-case letter. */
  static boolean startsLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /** True when {@code s} ends a sentence or a clause: . ; : ! ? … (closing quotes and brackets skipped). */
  static boolean endsTerminal(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '"' || c == '”' || c == '’' || c == ')' || c == '*' || isSpace(c)) {
        continue;
      }
      return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '…';
    }
    return false;
  }

  /** Whether {@code s} has at most {@code max} space-separated words; stops counting past {@code max}. */
  static boolean wordsAtMost(String s, int max) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean sp = isSpace(s.charAt(i));
      if (!sp && !in && ++n > max) {
        return false;
      }
      in = !sp;
    }
    return true;
  }
}
