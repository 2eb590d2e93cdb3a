package org.kehoach.text;

import java.text.Normalizer;

/**
 * A quick test for text that is NFC without asking the Unicode normaliser. Vietnamese text is ASCII, Latin-1
 * and Latin Extended letters, the precomposed vowels of U+1EA0–U+1EF9, typographic punctuation and a few
 * symbols (≥, →, •); none of these is a combining mark, composes with the character before it, or changes
 * under NFC (no singleton and no composition exclusion among them), so a text made only of them is NFC as it
 * stands. The normaliser's own check looks every such character up in its tables; this one compares ranges.
 * Pure functions.
 */
public final class Nfc {
  private Nfc() {}

  /**
   * True when every character of {@code s} lies in a range that is NFC in any sequence (see the class
   * comment); false does not mean that {@code s} is not NFC, only that the normaliser has to tell.
   */
  public static boolean plainlyNormalized(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!inert(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} in NFC: {@code s} itself when it plainly is, else what {@link Normalizer} gives. */
  public static String normalize(String s) {
    return plainlyNormalized(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Whether {@code c} is in the ranges that are NFC next to any other character of them: below the
   * combining diacritics (U+0300); Latin Extended Additional (U+1E00–U+1EFF); General Punctuation from
   * U+2002 (U+2000 and U+2001 are singletons NFC replaces), super- and subscripts and currency signs (to
   * U+20CF); arrows and mathematical operators (U+2190–U+22FF); box drawing, geometric shapes and
   * miscellaneous symbols (U+2500–U+26FF). Letterlike symbols (Ω, K and Å signs) and U+2329/U+232A are
   * singletons, so the ranges skip them.
   */
  public static boolean inert(char c) {
    return c < '\u0300'
        || (c >= '\u1E00' && c <= '\u1EFF')
        || (c >= '\u2002' && c <= '\u20CF')
        || (c >= '\u2190' && c <= '\u22FF')
        || (c >= '\u2500' && c <= '\u26FF');
  }
}
