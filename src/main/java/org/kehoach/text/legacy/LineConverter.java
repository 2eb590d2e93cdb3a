package org.kehoach.text.legacy;

import java.text.Normalizer;
import org.kehoach.model.LegacyEncoding;

/**
 * Converts legacy-font mojibake to Unicode line by line, so that a document mixing Unicode paragraphs with
 * paragraphs in a legacy font converts only the latter. A line is left as it stands when it holds a letter
 * no 8-bit reading produces or a combining mark (it is Unicode already), or when it holds more well-formed
 * syllables as it stands than converted ("Tài chính" would become "Tài chớnh"); mojibake words rarely are
 * syllables, and acronyms ("L§VP" → "LĐVP") are syllables in neither reading. TCVN3 lines then get their
 * capitals repaired. Immutable.
 */
final class LineConverter {
  private final LegacyCodec codec;
  private final SyllableTest checker;

  LineConverter(LegacyCodec codec, SyllableTest checker) {
    this.codec = codec;
    this.checker = checker;
  }

  /**
   * Converts {@code text}; {@code textStartsSentence} tells whether its first line begins a sentence (true
   * for a whole file, false for a page, which may begin mid-sentence).
   */
  String convert(String text, boolean textStartsSentence) {
    StringBuilder out = new StringBuilder(text.length());
    boolean startsSentence = textStartsSentence;
    int i = 0;
    while (i < text.length()) {
      int eol = i;
      while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      String line = convertLine(text.substring(i, eol), startsSentence);
      out.append(line);
      String trimmed = line.strip();
      startsSentence =
          trimmed.isEmpty() || endsSentence(trimmed.charAt(trimmed.length() - 1)) || isCapitalsHeading(trimmed);
      int next = eol;
      if (next < text.length() && text.charAt(next) == '\r') {
        next++;
      }
      if (next < text.length() && text.charAt(next) == '\n') {
        next++;
      }
      out.append(text, eol, next);
      i = next;
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private String convertLine(String line, boolean startsSentence) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (VietnameseScore.isVietnameseOnly(c) || (c >= '\u0300' && c <= '\u036F')) {
        return line;
      }
    }
    String converted = codec.decode(line);
    if (converted.equals(line)
        || VietnameseScore.of(line, checker).valid() > VietnameseScore.of(converted, checker).valid()) {
      return line;
    }
    return codec.encoding() == LegacyEncoding.TCVN3
        ? CapitalFontRepair.repairLine(converted, startsSentence)
        : converted;
  }

  /** A line of capitals with at least two letters ("KẾ HOẠCH", "I. MỤC TIÊU"): a heading, not a wrapped sentence. */
  private static boolean isCapitalsHeading(String line) {
    int letters = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
