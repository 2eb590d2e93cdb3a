package org.kehoach.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.model.ItemMarker;

/**
 * Recognises the marker at the start of a line: "1.", "1.1.", "a)", "-", "+", "*", "•", and labelled items
 * ("Chỉ tiêu 5:", "Dự án 1:"). Numbers must be followed by a capital, a digit or a quote, so a year or a
 * date at the start of a wrapped line ("2020. Ủy ban", "1/6", "3%.") is not a marker. Immutable.
 */
final class ItemMarkerParser {
  /** Multilevel number, with a final dot or followed by a capital. Examples: "1.1. Mục tiêu", "2.3 Về bảo vệ". */
  private static final Pattern MULTILEVEL =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\.(?!\\d)|(?=\\s{1,3}\\p{Lu}))\\)?\\s*(?=\\S)");

  /** One-level number with a dot or a parenthesis. Examples: "1. Phòng Nội vụ", "2) Nội dung", "3. 100% trẻ em". */
  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})\\s?([.)])(?!\\d)\\s*(?=[\\p{Lu}\\d\"“'(\\[])");

  /** Lower-case letter with a parenthesis or slash, or a dot before a capital. Examples: "a) Mục tiêu", "b/ Nội dung", "c. Đối với". */
  private static final Pattern LETTER =
      Pattern.compile("^([a-zđ])(?:\\s?[)/]\\s*(?=\\S)|\\.\\s{1,3}(?=\\p{Lu}))");

  /** Dash bullets of any width. Examples: "- Tuyên truyền", "-Tổ chức", "– Phối hợp". */
  private static final Pattern DASH = Pattern.compile("^[-–—‐−]{1,2}\\s*(?=[^\\s\\-–—])");

  /** Plus bullet. Example: "+ Dự án 1: Truyền thông". */
  private static final Pattern PLUS = Pattern.compile("^\\+\\s*(?=\\S)");

  /** Star bullet. Example: "* Mô hình 1: Mô hình trợ giúp …". */
  private static final Pattern STAR = Pattern.compile("^\\*\\s*(?=[^\\s*])");

  /** Symbol bullets, private-use Wingdings bullets and a bullet lost to U+FFFD. Example: "• Tổ chức tập huấn". */
  private static final String BULLETS = "•●○◦▪▫■□◆◇►▶➢➤✓✔√·\uF0B7\uF0A7\uF0D8\uF076\uFFFD";
  private static final Pattern BULLET = Pattern.compile("^[" + BULLETS + "]\\s*(?=\\S)");

  /** A label word, its number and a colon, dot or dash. Examples: "Chỉ tiêu 5:", "Dự án1:", "Mô hình 2 -". */
  static final Pattern LABEL =
      Pattern.compile("^(\\p{L}{1,10}(?:\\s\\p{L}{1,10}){0,2})\\s?(\\d{1,2}|[IVX]{1,4})\\s*[:.\\-–](?!\\d)\\s*");

  private final Lexicon labels;

  ItemMarkerParser(Lexicon labels) {
    this.labels = labels;
  }

  /** The marker at the start of {@code text} (already trimmed), or {@code null}. */
  Marker parse(String text) {
    // each pattern is tried only on a line starting with a character it can start with, in the same order
    char first = text.isEmpty() ? 0 : text.charAt(0);
    boolean digit = first >= '0' && first <= '9';
    // a matcher is made only for a line its pattern can match the first character of
    Matcher m;
    if (digit && (m = MULTILEVEL.matcher(text)).lookingAt()) {
      String n = m.group(1);
      int depth = n.split("\\.").length;
      return withLabel(ItemMarker.MULTILEVEL, n, "N" + depth, 10 * depth, text, m.end());
    }
    if (digit && (m = NUMBER.matcher(text)).lookingAt()) {
      boolean paren = ")".equals(m.group(2));
      return withLabel(ItemMarker.NUMBER, m.group(1), paren ? "N)" : "N1", paren ? 15 : 10, text, m.end());
    }
    if (((first >= 'a' && first <= 'z') || first == 'đ') && (m = LETTER.matcher(text)).lookingAt()) {
      return withLabel(ItemMarker.LETTER, m.group(1), "L", 30, text, m.end());
    }
    if (LineClassifier.isSeparator(text)) {
      return null;
    }
    if ("-–—‐−".indexOf(first) >= 0 && (m = DASH.matcher(text)).lookingAt()) {
      return withLabel(ItemMarker.DASH, null, "-", 50, text, m.end());
    }
    if (first == '+' && (m = PLUS.matcher(text)).lookingAt()) {
      return withLabel(ItemMarker.PLUS, null, "+", 60, text, m.end());
    }
    if (first == '*' && (m = STAR.matcher(text)).lookingAt()) {
      return withLabel(ItemMarker.STAR, null, "*", 40, text, m.end());
    }
    if (BULLETS.indexOf(first) >= 0 && (m = BULLET.matcher(text)).lookingAt()) {
      return withLabel(ItemMarker.BULLET, null, "•", 50, text, m.end());
    }
    Label label = label(text, 0);
    if (label != null) {
      return new Marker(ItemMarker.LABEL, label.number(), label.text(), "L:" + label.word(), 35, 0);
    }
    return null;
  }

  private Marker withLabel(ItemMarker type, String number, String style, int rank, String text, int textStart) {
    Label label = label(text, textStart);
    return new Marker(type, number, label == null ? null : label.text(), style, rank, textStart);
  }

  private record Label(String text, String word, String number) {}

  /** A label at {@code from} in {@code text}: its word must be in the label list. */
  private Label label(String text, int from) {
    if (from >= text.length() || !Character.isLetter(text.codePointAt(from)) || !mayHoldLabelNumber(text, from)) {
      return null; // what the pattern starts with, and the number it needs near the start
    }
    Matcher m = LABEL.matcher(text).region(from, text.length());
    if (!m.lookingAt()) {
      return null;
    }
    String word = TextShape.key(m.group(1));
    if (!labels.keys().contains(word)) {
      return null;
    }
    String number = m.group(2);
    return new Label(text.substring(m.start(1), m.end(2)), word, number);
  }

  /**
   * Whether a {@link #LABEL} match at {@code from} is possible at all: its number (a digit or I, V, X) starts
   * after at most three words of ten letters, two spaces between them and one before it, so at most {@value
   * #LABEL_NUMBER_REACH} characters in (letters of the BMP, one character each). Most lines hold none there and skip the pattern's backtracking.
   */
  static boolean mayHoldLabelNumber(String text, int from) {
    int to = Math.min(text.length(), from + LABEL_NUMBER_REACH + 1);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // a surrogate may be half of a letter outside the BMP, two characters the bound does not count
      if ((c >= '0' && c <= '9') || c == 'I' || c == 'V' || c == 'X' || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The furthest offset, from the match start, where a {@link #LABEL} number can begin: 3 x 10 + 2 + 1. */
  private static final int LABEL_NUMBER_REACH = 33;
}
