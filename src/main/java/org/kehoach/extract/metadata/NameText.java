package org.kehoach.extract.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for reading names as written: capitalised name runs, whitespace, a glued-on motto. */
final class NameText {
  /** A run of whitespace, line breaks included: "ỦY BAN NHÂN DÂN\nHUYỆN X" reads as one line. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /**
   * The national motto glued to an issuer line by a PDF reader, either line of it: "HUYỆN X CỘNG HÒA XÃ HỘI …",
   * "THÀNH PHỐ Y Độc lập - Tự do - Hạnh phúc" (either tone place).
   */
  private static final Pattern MOTTO =
      Pattern.compile("(?iu)c[ộôo]ng\\s+h[òoà]a\\s+x[ãa]\\s+h[ộôo]i|đ[ộôo]c\\s+l[ậâa]p\\s*[-–]\\s*t[ựưu]\\s+do");

  private NameText() {}

  /**
   * The capitalised words (or a number: "Quận 1") starting at {@code words[from]}, joined by spaces or
   * hyphens only, as written; {@code null} when the word there is not capitalised.
   */
  static String nameRun(String text, List<Word> words, int from) {
    int last = nameLast(text, words, from);
    return last < 0 ? null : collapse(text.substring(words.get(from).start(), words.get(last).end()));
  }

  /** The index of the last word of the name run starting at {@code words[from]}, or -1 when there is none. */
  static int nameLast(String text, List<Word> words, int from) {
    int last = -1;
    for (int j = from; j < words.size(); j++) {
      Word w = words.get(j);
      char c = text.charAt(w.start());
      if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
        break;
      }
      if (j > from && !spaceOrHyphen(text, words.get(j - 1).end(), w.start())) {
        break;
      }
      last = j;
    }
    return last;
  }

  /** The end of an issuer line before a national motto glued to it, else {@code end}. */
  static int cutMotto(String text, int start, int end) {
    Matcher m = MOTTO.matcher(text).region(start, end);
    return m.find() ? m.start() : end;
  }

  /** {@code s} trimmed, each whitespace run made one space. */
  static String collapse(String s) {
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }

  private static boolean spaceOrHyphen(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u2013') {
        return false;
      }
    }
    return true;
  }
}
