package org.kehoach.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The diacritic fold used for matching and search keys, never for text shown to users: NFD, combining marks
 * dropped, đ→d, lower case, en and em dashes → '-', whitespace runs → one space, trimmed. It is the same
 * fold the gold scoring rules define, so a key computed here compares equal to the scorer's.
 */
public final class Fold {
  private Fold() {}

  public static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      switch (c) {
        case 'đ', 'Đ' -> sb.append('d');
        case '\u2013', '\u2014' -> sb.append('-');
        default -> sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
