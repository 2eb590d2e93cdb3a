package org.kehoach.extract.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document number: "Số: 43 /KH-UBND" → "43/KH-UBND", "Số: 15/2024/QĐ-UBND", "Số: 26-NQ/TU". A number
 * left blank for the signer to fill in ("Số:        /KH-UBND", "Số: …/KH-UBND") is {@code null}: its part
 * before the first slash has no digit. Stateless.
 */
final class DocumentNumbers {
  /** "Số:" or "Số" before a number, not inside a word ("Số: 43 /KH-UBND", "số 15/QĐ-UBND"; OCR's "Sô:"). */
  private static final Pattern LABEL = Pattern.compile("(?iu)(?<!\\p{L})s[ốoôó]\\s*:?\\s*");
  /** Pieces joined by slashes or hyphens, spaces allowed around the joints: "43 /KH-UBND", " /KH-UBND", "…/KH". */
  private static final Pattern NUMBER =
      Pattern.compile("[\\p{L}\\p{N}.…_&]*(?:\\s{0,3}[/\\-–]\\s{0,3}[\\p{L}\\p{N}.…_&]+)+");

  private DocumentNumbers() {}

  /** A number read after "Số" in {@code text[from, to)}, with its range. */
  record Found(String number, int start, int end) {}

  /**
   * The number after the first "Số" label in {@code text[from, to)}: spaces removed, en dashes made hyphens,
   * a trailing period dropped; {@code number() == null} when it is left blank. {@code null} when no label
   * followed by a number-shaped run is there.
   */
  static Found afterLabel(String text, int from, int to) {
    Matcher label = LABEL.matcher(text).region(from, to);
    while (label.find()) {
      Matcher n = NUMBER.matcher(text).region(label.end(), to);
      if (n.lookingAt()) {
        return new Found(normalise(n.group()), label.start(), n.end());
      }
    }
    return null;
  }

  /** {@code written} made a number, or {@code null} when its part before the first slash has no digit. */
  static String normalise(String written) {
    StringBuilder sb = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c == '\u2013' ? '-' : c);
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
      sb.setLength(sb.length() - 1);
    }
    String s = sb.toString();
    int slash = s.indexOf('/');
    String head = slash < 0 ? s : s.substring(0, slash);
    boolean digit = head.chars().anyMatch(Character::isDigit);
    return digit ? s : null;
  }
}
