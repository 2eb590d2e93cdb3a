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
  private static final Pattern LABEL =
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
    Matcher m = MULTILEVEL.matcher(text);
    if (digit && m.lookingAt()) {
      String n = m.group(1);
      int depth = n.split("\\.").length;
      return withLabel(ItemMarker.MULTILEVEL, n, "N" + depth, 10 * depth, text, m.end());
    }
    m = NUMBER.matcher(text);
    if (digit && m.lookingAt()) {
      boolean paren = ")".equals(m.group(2));
      return withLabel(ItemMarker.NUMBER, m.group(1), paren ? "N)" : "N1", paren ? 15 : 10, text, m.end());
    }
    m = LETTER.matcher(text);
    if (((first >= 'a' && first <= 'z') || first == 'đ') && m.lookingAt()) {
      return withLabel(ItemMarker.LETTER, m.group(1), "L", 30, text, m.end());
    }
    if (LineClassifier.isSeparator(text)) {
      return null;
    }
    m = DASH.matcher(text);
    if ("-–—‐−".indexOf(first) >= 0 && m.lookingAt()) {
      return withLabel(ItemMarker.DASH, null, "-", 50, text, m.end());
    }
    m = PLUS.matcher(text);
    if (first == '+' && m.lookingAt()) {
      return withLabel(ItemMarker.PLUS, null, "+", 60, text, m.end());
    }
    m = STAR.matcher(text);
    if (first == '*' && m.lookingAt()) {
      return withLabel(ItemMarker.STAR, null, "*", 40, text, m.end());
    }
    m = BULLET.matcher(text);
    if (BULLETS.indexOf(first) >= 0 && m.lookingAt()) {
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
    if (from >= text.length() || !Character.isLetter(text.codePointAt(from))) {
      return null; // what the pattern starts with
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
}
