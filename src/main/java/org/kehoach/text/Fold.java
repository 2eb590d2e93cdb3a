package org.kehoach.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The diacritic fold used for matching and search keys, never for text shown to users: NFD, combining marks
 * dropped, đ→d, lower case, en and em dashes → '-', whitespace runs → one space, trimmed. It is the same
 * fold the gold scoring rules define, so a key computed here compares equal to the scorer's.
 *
 * <p>Keys are computed for every line, token and phrase of every document, so the fold of each character of
 * the Latin, Vietnamese, combining-mark and punctuation blocks is worked out once, by the definition above,
 * into a table; a string holding any other character (Greek, CJK, surrogates, spacing marks that canonical
 * reordering could move) is folded by the definition itself. Both give the same key.
 */
public final class Fold {
  /** Characters below this may be folded by table lookup. */
  private static final int TABLE_SIZE = 0x2070;

  /**
   * The blocks the table holds, as {first, last} pairs: Latin with its extensions, combining marks, Latin
   * Extended Additional (the toned Vietnamese vowels) and general punctuation. Other characters are rare in
   * plans and left out so that building the table stays cheap at start-up.
   */
  private static final int[][] TABLED_BLOCKS = {{0x0000, 0x024F}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}};

  /** {@link #of} result: the character folds to nothing (a combining mark). */
  public static final int DROP = -1;
  /** {@link #of} result: the character is whitespace, which folds to a single space between words. */
  public static final int SPACE = -2;
  /** {@link #of} result: the character is outside the table; fold the whole string with {@link #fold}. */
  public static final int UNTABLED = -3;

  /** Per character below {@link #TABLE_SIZE}: its folded character, or DROP, SPACE or UNTABLED. */
  private static final int[] TABLE = table();

  private Fold() {}

  public static String fold(String s) {
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      int f = of(s.charAt(i));
      if (f >= 0) {
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = (char) f;
      } else if (f == SPACE) {
        space = len > 0;
      } else if (f == UNTABLED) {
        return byDefinition(s);
      }
    }
    return new String(out, 0, len);
  }

  /**
   * The fold of one character on its own: the folded character, {@link #DROP}, {@link #SPACE}, or {@link
   * #UNTABLED} when only {@link #fold} of the whole string can tell. Folding a string character by character
   * this way (spaces collapsed and trimmed as {@link #fold} does) gives {@link #fold} of it unless a character
   * is UNTABLED.
   */
  public static int of(char c) {
    return c < TABLE_SIZE ? TABLE[c] : UNTABLED;
  }

  /** The fold as defined, through {@link Normalizer}; {@link #TABLE} is built from it. */
  static String byDefinition(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(lower(c));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }

  private static char lower(char c) {
    return switch (c) {
      case 'đ', 'Đ' -> 'd';
      case '\u2013', '\u2014' -> '-';
      default -> Character.toLowerCase(c);
    };
  }

  private static int[] table() {
    int[] t = new int[TABLE_SIZE];
    Arrays.fill(t, UNTABLED);
    for (int[] block : TABLED_BLOCKS) {
      for (int c = block[0]; c <= block[1]; c++) {
        t[c] = tableEntry((char) c);
      }
    }
    return t;
  }

  /**
   * The fold of {@code c} when it does not depend on its neighbours: its decomposition is marks only
   * (dropped), one space, or one base character followed by marks, none of them a mark that is kept
   * (spacing and enclosing marks), since canonical reordering could move those across each other.
   */
  private static int tableEntry(char c) {
    if (Character.isSurrogate(c) || isKeptMark(c)) {
      return UNTABLED;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    int base = -1;
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (base >= 0 || isKeptMark(x)) {
        return UNTABLED;
      }
      base = x;
    }
    if (base < 0) {
      return DROP;
    }
    if (isSpace((char) base)) {
      return d.length() == 1 ? SPACE : UNTABLED;
    }
    String folded = String.valueOf(lower((char) base)).toLowerCase(Locale.ROOT);
    return folded.length() == 1 ? folded.charAt(0) : UNTABLED;
  }

  private static boolean isKeptMark(char c) {
    int type = Character.getType(c);
    return type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }
}
