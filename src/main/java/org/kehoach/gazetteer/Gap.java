package org.kehoach.gazetteer;

/**
 * What separates two adjacent tokens, from weakest to strongest. A phrase matches text only where the text's
 * separators are no stronger than the phrase's own: "Phòng LĐ-TB&XH" matches "Phòng LĐ - TB & XH", and
 * "UBND các xã, thị trấn" matches "UBND các xã thị trấn", but "Huyện ủy" does not match "Huyện, Ủy" and no
 * phrase runs across a parenthesis, colon or semicolon unless it contains one there itself.
 */
enum Gap {
  /** Whitespace (line breaks included: plans are hard-wrapped) or joining marks: {@code - – — & / . ' ’ +}. */
  SPACE,
  /** A comma, with any of the above. */
  COMMA,
  /** Anything else: {@code ( ) : ; " ! ?} and the like. */
  HARD;

  /** The class of the characters {@code [from, to)} of {@code text} lying between two tokens. */
  static Gap of(CharSequence text, int from, int to) {
    Gap g = SPACE;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || isJoiner(c)) {
        continue;
      }
      if (c == ',') {
        g = COMMA;
      } else {
        return HARD;
      }
    }
    return g;
  }

  private static boolean isJoiner(char c) {
    return switch (c) {
      case '-', '\u2010', '\u2011', '\u2013', '\u2014', '&', '/', '.', '\'', '\u2019', '+' -> true;
      default -> false;
    };
  }
}
