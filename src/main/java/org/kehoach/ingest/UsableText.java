package org.kehoach.ingest;

/**
 * When extracted text counts as text. A PDF page whose text layer has fewer than {@link #MIN_LETTERS}
 * letters is treated as an image (a scan) and sent to OCR: such a layer is at most a page number, a
 * stamp caption or a scanner's stray marks, never a page of a plan. A document with no letter or digit at
 * all is empty.
 */
final class UsableText {
  /**
   * Letters a page's text layer needs to be used as it is. A typical plan page holds 1,500–2,500 letters;
   * "Trang 2", "- 3 -" or a seal caption hold fewer than 20, and a one-line heading page ("KẾ HOẠCH" alone)
   * loses nothing by being recognised.
   */
  static final int MIN_LETTERS = 20;

  private UsableText() {}

  /** Letters in {@code text}, counted by code point (Unicode letters of any script). */
  static int letters(CharSequence text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  /** True when a page's text layer has enough letters to skip OCR. */
  static boolean isUsablePage(CharSequence text) {
    return text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() >= MIN_LETTERS;
  }

  /** True when {@code text} holds at least one letter or digit. */
  static boolean hasWords(CharSequence text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
