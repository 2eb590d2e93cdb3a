package org.kehoach.structure;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering of top-level headings: Roman, "Phần …", capital letter, Arabic. Pure functions. */
final class HeadingPatterns {
  private HeadingPatterns() {}

  /** How a heading is numbered. */
  enum Style {
    ROMAN,
    PART,
    LETTER,
    ARABIC,
    NONE
  }

  /**
   * A heading number at a line start.
   *
   * @param number as printed without punctuation ("II", "3", "A", "Phần I")
   * @param value its numeric value, 0 when unknown
   * @param style the numbering style
   * @param restStart offset in the line where the heading text begins
   */
  record Numbered(String number, int value, Style style, int restStart) {}

  /** Roman numeral and punctuation before a letter. Examples: "II. NHIỆM VỤ", "IV- TỔ CHỨC", "I.MỤC TIÊU". */
  private static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,7})\\s{0,2}[.):/\\-–]\\s*(?=[\\p{L}\"“])");

  /** OCR-damaged Roman numeral: I read as l, 1 or |, II read as H. Examples: "HI. KINH PHÍ", "Il. NHIỆM VỤ". */
  private static final Pattern ROMAN_OCR = Pattern.compile("^([IVXlH1|]{2,5})\\s{0,2}[.)]\\s*(?=\\p{Lu})");

  /** A part heading. Examples: "PHẦN I. ĐÁNH GIÁ …", "Phần thứ hai", "PHẦN 2: NHIỆM VỤ". */
  private static final Pattern PART =
      Pattern.compile(
          "^(PHẦN|Phần)\\s{1,3}(?:(?:THỨ|thứ)\\s{1,3}(\\p{L}{2,5})|([IVX]{1,5}|\\d{1,2}))(?![\\p{L}\\d])\\s{0,2}[.:\\-–]?\\s*");

  /** Capital letter heading before a capital. Examples: "A. MỤC TIÊU", "B/ NHIỆM VỤ". */
  private static final Pattern LETTER = Pattern.compile("^([A-ZĐ])\\s{0,2}[.)/]\\s{1,3}(?=\\p{Lu})");

  /** One-level Arabic number before a letter. Examples: "1. MỤC ĐÍCH, YÊU CẦU", "2) Nhiệm vụ". */
  private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s{0,2}[.)/](?![\\d/])\\s*(?=\\p{L})");

  private static final Map<String, Integer> ORDINALS =
      Map.of("nhat", 1, "hai", 2, "ba", 3, "tu", 4, "nam", 5, "sau", 6, "bay", 7, "tam", 8, "chin", 9, "muoi", 10);

  /** A Roman heading number (OCR damage tolerated when the rest is in capitals), or {@code null}. */
  static Numbered romanHeading(String text) {
    char first = firstChar(text);
    Matcher m = ROMAN.matcher(text);
    if ("IVXLC".indexOf(first) >= 0 && m.lookingAt()) {
      int v = romanValue(m.group(1));
      return v > 0 ? new Numbered(m.group(1), v, Style.ROMAN, m.end()) : null;
    }
    m = ROMAN_OCR.matcher(text);
    if ("IVXlH1|".indexOf(first) >= 0 && m.lookingAt() && hasRealAndDamaged(m.group(1))
        && TextShape.isCapitals(text.substring(m.end()))) {
      String fixed = m.group(1).replace("H", "II").replace('l', 'I').replace('1', 'I').replace('|', 'I');
      int v = romanValue(fixed);
      return v > 0 ? new Numbered(fixed, v, Style.ROMAN, m.end()) : null;
    }
    return null;
  }

  static Numbered partHeading(String text) {
    if (firstChar(text) != 'P') {
      return null;
    }
    Matcher m = PART.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    int value;
    String number;
    if (m.group(2) != null) {
      value = ORDINALS.getOrDefault(TextShape.key(m.group(2)), 0);
      number = text.substring(m.start(1), m.end(2));
    } else {
      String n = m.group(3);
      value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : romanValue(n);
      number = text.substring(m.start(1), m.end(3));
    }
    return new Numbered(number, value, Style.PART, m.end());
  }

  static Numbered letterHeading(String text) {
    char first = firstChar(text);
    if ((first < 'A' || first > 'Z') && first != 'Đ') {
      return null;
    }
    Matcher m = LETTER.matcher(text);
    if (!m.lookingAt() || !TextShape.isCapitals(text.substring(m.end()))) {
      return null;
    }
    return new Numbered(m.group(1), m.group(1).charAt(0) - 'A' + 1, Style.LETTER, m.end());
  }

  static Numbered arabicHeading(String text) {
    char first = firstChar(text);
    if (first < '0' || first > '9') {
      return null;
    }
    Matcher m = ARABIC.matcher(text);
    return m.lookingAt() ? new Numbered(m.group(1), Integer.parseInt(m.group(1)), Style.ARABIC, m.end()) : null;
  }

  /**
   * The first character of a line, or 0 for an empty one. Every pattern above starts with a character from a
   * small set; a line that starts with another (most lines) is not handed to the pattern at all.
   */
  private static char firstChar(String text) {
    return text.isEmpty() ? 0 : text.charAt(0);
  }

  /** The value of a Roman numeral in 1..39 written in the usual subtractive form, else 0. */
  static int romanValue(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'I' -> 1;
        case 'V' -> 5;
        case 'X' -> 10;
        case 'L' -> 50;
        case 'C' -> 100;
        default -> -1;
      };
      if (v < 0) {
        return 0;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total >= 1 && total <= 39 && toRoman(total).equals(s) ? total : 0;
  }

  private static String toRoman(int n) {
    String[] tens = {"", "X", "XX", "XXX"};
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return tens[n / 10] + ones[n % 10];
  }

  private static boolean hasRealAndDamaged(String s) {
    boolean real = false;
    boolean damaged = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      real |= c == 'I' || c == 'V' || c == 'X';
      damaged |= c == 'l' || c == 'H' || c == '1' || c == '|';
    }
    return real && damaged;
  }
}
