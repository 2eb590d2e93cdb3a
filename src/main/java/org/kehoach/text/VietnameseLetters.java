package org.kehoach.text;

/**
 * The Vietnamese vowel letters and their tone marks, as precomposed NFC characters: splits a character into
 * its base vowel (which keeps its vowel mark and case: ă â ê ô ơ ư) and its tone, and puts a tone back. Table
 * lookups only, no {@link java.text.Normalizer}, because it runs per character at index time.
 */
public final class VietnameseLetters {
  /** No tone mark (thanh ngang). */
  public static final int LEVEL = 0;
  /** Grave, huyền (à). */
  public static final int GRAVE = 1;
  /** Hook above, hỏi (ả). */
  public static final int HOOK = 2;
  /** Tilde, ngã (ã). */
  public static final int TILDE = 3;
  /** Acute, sắc (á). */
  public static final int ACUTE = 4;
  /** Dot below, nặng (ạ). */
  public static final int DOT = 5;

  /** The combining marks of the tones, indexed like the tone constants (LEVEL has none). */
  private static final String COMBINING = "\u0000\u0300\u0309\u0303\u0301\u0323";

  /**
   * One row per base vowel, tones in the order of the constants above. Upper-case rows are derived with
   * {@link Character#toUpperCase(char)}, which maps every one of these letters one to one.
   */
  private static final String[] LOWER_ROWS = {
    "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
    "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ"
  };

  private static final int TABLE_SIZE = 0x1F00;
  /** For each toned or plain vowel: (row index + 1) * 8 + tone, or 0 when not a vowel. */
  private static final short[] INFO = new short[TABLE_SIZE];
  /** Row index → the six toned forms, lower then upper case rows. */
  private static final char[][] FORMS = new char[LOWER_ROWS.length * 2][];

  static {
    for (int r = 0; r < LOWER_ROWS.length; r++) {
      char[] lower = LOWER_ROWS[r].toCharArray();
      char[] upper = new char[lower.length];
      for (int t = 0; t < lower.length; t++) {
        upper[t] = Character.toUpperCase(lower[t]);
      }
      FORMS[r] = lower;
      FORMS[r + LOWER_ROWS.length] = upper;
      for (int t = 0; t < lower.length; t++) {
        INFO[lower[t]] = (short) ((r + 1) * 8 + t);
        INFO[upper[t]] = (short) ((r + 1 + LOWER_ROWS.length) * 8 + t);
      }
    }
  }

  private VietnameseLetters() {}

  /** Whether {@code c} is one of the 12 Vietnamese vowels, in either case, with or without a tone. */
  public static boolean isVowel(char c) {
    return c < TABLE_SIZE && INFO[c] != 0;
  }

  /** The tone of a vowel (LEVEL…DOT), or -1 when {@code c} is not a Vietnamese vowel. */
  public static int tone(char c) {
    return isVowel(c) ? INFO[c] % 8 : -1;
  }

  /** The vowel without its tone, same case and vowel mark ("ệ" → "ê", "Ở" → "Ơ"); other chars unchanged. */
  public static char base(char c) {
    return isVowel(c) ? FORMS[INFO[c] / 8 - 1][LEVEL] : c;
  }

  /** The vowel {@code c} carrying {@code tone} instead of its own; other chars unchanged. */
  public static char withTone(char c, int tone) {
    if (tone < LEVEL || tone > DOT) {
      throw new IllegalArgumentException("tone must be 0..5, was " + tone);
    }
    return isVowel(c) ? FORMS[INFO[c] / 8 - 1][tone] : c;
  }

  /** Whether the base of {@code c} carries a vowel mark: ă â ê ô ơ ư in either case. */
  public static boolean hasVowelMark(char c) {
    return switch (Character.toLowerCase(base(c))) {
      case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư' -> true;
      default -> false;
    };
  }

  /** The combining mark of a tone (U+0300 grave … U+0323 dot below); {@code tone} must not be LEVEL. */
  public static char combiningMark(int tone) {
    if (tone <= LEVEL || tone > DOT) {
      throw new IllegalArgumentException("tone must be 1..5, was " + tone);
    }
    return COMBINING.charAt(tone);
  }

  /** The tone a combining mark stands for, or -1 when it is not one of the five tone marks. */
  public static int toneOfMark(char mark) {
    int t = COMBINING.indexOf(mark);
    return t > 0 ? t : -1;
  }
}
