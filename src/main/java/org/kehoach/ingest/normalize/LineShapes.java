package org.kehoach.ingest.normalize;

import java.util.regex.Pattern;
import org.kehoach.text.SyllableChecker;

/**
 * The shapes of lines that start a new block in Vietnamese administrative documents (list items, numbered
 * headings, headings in capitals, header and signature lines) and therefore must never be glued to the
 * line before them. Shared by the layout filters so they agree on what a block start is.
 */
final class LineShapes {
  private LineShapes() {}

  /** A bullet, with or without a space after it: "- Phối hợp", "+Trợ giúp", "* Mô hình 1:", "• Nội dung". */
  static final Pattern BULLET = Pattern.compile("^[-+*•·–—▪●○◦]\\s*\\S");

  /** Arabic numbering followed by an upper-case word: "1. Truyền", "2.1. Phạm vi", "1.1 Mục tiêu", "3) Các". */
  static final Pattern ARABIC_ITEM =
      Pattern.compile("^\\d{1,2}(?:(?:\\.\\d{1,2}){0,3}[.)]|(?:\\.\\d{1,2}){1,3})\\s*[\"“(]?\\p{Lu}");

  /** A lower-case letter item: "a) Mục tiêu 1", "đ. Các". */
  static final Pattern LETTER_ITEM = Pattern.compile("^[a-zđ][.)]\\s+\\S");

  /** A Roman numeral heading: "I. MỤC TIÊU", "II.", "IV) Kinh phí". */
  static final Pattern ROMAN_ITEM = Pattern.compile("^[IVXL]{1,6}[.)](?:\\s|$)");

  /** Legal-style headings: "Điều 1.", "Chương II", "Mục 3", "Phần I", "Phụ lục 2". */
  static final Pattern ARTICLE =
      Pattern.compile("^(?:Điều|Chương|Mục|Phần|Phụ lục|PHỤ LỤC)\\s+[\\dIVXLC]+\\b");

  /** The recipients heading of the signature area: "Nơi nhận:", "Nơi gửi :". */
  static final Pattern RECIPIENTS = Pattern.compile("^Nơi\\s+(?:nhận|gửi)\\s*:?");

  /** The document number line of the header: "Số: 43 /KH-UBND", "Số:        /KH-UBND". */
  static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:");

  /** The subject line under the number: "V/v triển khai …". */
  static final Pattern SUBJECT_LINE = Pattern.compile("^V/v\\b");

  /** The place-and-date line: "Hồng Ngự, ngày     tháng 02 năm 2020", "TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2024". */
  static final Pattern PLACE_DATE =
      Pattern.compile("^\\p{Lu}[\\p{L}.\\- ]{1,40}?,\\s*ngày\\b.{0,40}?năm\\s+\\d{4}");

  /** A signing authority or delegation prefix: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC", "Q. HIỆU TRƯỞNG". */
  static final Pattern AUTHORITY = Pattern.compile("^(?:TM|KT|TL|TUQ|Q|PP)\\.\\s*\\p{Lu}");

  /** Runs of whitespace between the words of a line, compiled once for every split: "Huỳnh  Văn\tTài". */
  static final Pattern SPACES = Pattern.compile("\\s+");

  /** Punctuation that ends a clause, and closing marks that may follow it (see {@link #CLAUSE_END}). */
  private static final String STOPS = ".;:!?…";
  private static final String CLOSERS = "\"”’)]";

  /** A line that ends a sentence or clause: "… như sau:", "… giải quyết./.", "… năm 2023;" or "(…)." */
  static final Pattern CLAUSE_END = Pattern.compile("[\\Q" + STOPS + "\\E][\\Q" + CLOSERS + "\\E]*$");

  /** The characters {@link #BULLET} starts with. */
  private static final String BULLETS = "-+*•·–—▪●○◦";

  /**
   * True for lines that open a new block: list items, numbered and legal headings, header and signature
   * lines. The patterns are anchored at the start: {@code lookingAt} finds what {@code find} would, without
   * trying every later position first. Each is tried only when the line starts with a character it can
   * start with (and the place-date line only when it holds a comma and "ngày"): most lines start with a
   * capital or a small letter that rules out all but one or two of them.
   */
  static boolean startsBlock(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return (BULLETS.indexOf(c) >= 0 && BULLET.matcher(s).lookingAt())
        || (c >= '0' && c <= '9' && ARABIC_ITEM.matcher(s).lookingAt())
        || (((c >= 'a' && c <= 'z') || c == 'đ') && LETTER_ITEM.matcher(s).lookingAt())
        || ("IVXL".indexOf(c) >= 0 && ROMAN_ITEM.matcher(s).lookingAt())
        || ("ĐCMP".indexOf(c) >= 0 && ARTICLE.matcher(s).lookingAt())
        || (c == 'N' && RECIPIENTS.matcher(s).lookingAt())
        || (c == 'S' && NUMBER_LINE.matcher(s).lookingAt())
        || (c == 'V' && SUBJECT_LINE.matcher(s).lookingAt())
        || (Character.getType(s.codePointAt(0)) == Character.UPPERCASE_LETTER && s.indexOf(',') > 0
            && s.contains("ngày") && PLACE_DATE.matcher(s).lookingAt())
        || ("TKQP".indexOf(c) >= 0 && AUTHORITY.matcher(s).lookingAt());
  }

  /**
   * True when the stripped line starts as {@link #RECIPIENTS} says ("Nơi nhận:"); the pattern is tried only
   * on lines starting with "Nơi", without stripping the others.
   */
  static boolean opensRecipients(String line) {
    int from = 0;
    while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    return line.startsWith("Nơi", from) && RECIPIENTS.matcher(line.strip()).lookingAt();
  }

  /**
   * True when the line is written in capitals: at least two letters and no more than a tenth of them
   * lower case ("KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN", "III. TỔ CHỨC THỰC HIỆN.").
   */
  static boolean inCapitals(String line) {
    int letters = 0;
    int lower = 0;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          lower++;
          if (lower * 10 > letters + n - 1 - i) {
            return false; // even if every character left were a capital: a body line stops early
          }
        }
      }
    }
    return letters >= 2 && lower * 10 <= letters;
  }

  /** The first letter or digit of the line, or 0 when it has none. */
  static char firstAlnum(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
    }
    return 0;
  }

  /** True when the first non-space character is a lower-case letter: the line continues a sentence. */
  static boolean startsLowerCase(String line) {
    String s = line.stripLeading();
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }

  /** True when the line ends a clause (see {@link #CLAUSE_END}). */
  static boolean endsClause(String line) {
    String s = line.stripTrailing();
    return endsWithClauseEnd(s, s.length())
        // like "$", also before a final NEL, the one line terminator stripTrailing keeps
        || (s.endsWith("\u0085") && endsWithClauseEnd(s, s.length() - 1));
  }

  /** Whether {@code s[0, end)} ends as {@link #CLAUSE_END} requires; read backwards instead of searched. */
  private static boolean endsWithClauseEnd(String s, int end) {
    int i = end;
    while (i > 0 && CLOSERS.indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    return i > 0 && STOPS.indexOf(s.charAt(i - 1)) >= 0;
  }

  /**
   * A fold that keeps every character in place, so offsets found in the folded line hold in the original:
   * each character loses its diacritics and case, đ becomes d.
   */
  static String foldInPlace(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == 'đ' || c == 'Đ') {
        sb.append('d');
        continue;
      }
      String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
      sb.append(Character.toLowerCase(d.charAt(0)));
    }
    return sb.toString();
  }

  /**
   * How many words {@code s.split("\\s+")} gives for a stripped {@code s}: one more than its runs of {@code \\s}
   * (space, tab, line feed, vertical tab, form feed, carriage return), which it neither starts nor ends with.
   */
  static int words(String s) {
    int words = 1;
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      words += space && !inRun ? 1 : 0;
      inRun = space;
    }
    return words;
  }

  /** Two to five capitalised syllables and nothing else, as a signer's name: "Huỳnh Văn Tài". */
  static boolean looksLikeName(String line) {
    String s = line.strip();
    // most lines asked are sentences: their first letter or word count says no before any split
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || words(s) > 5) {
      return false;
    }
    String[] tokens = SPACES.split(s);
    if (tokens.length < 2 || tokens.length > 5) {
      return false;
    }
    for (String t : tokens) {
      boolean capitalised = Character.isUpperCase(t.charAt(0))
          && t.substring(1).chars().allMatch(Character::isLowerCase);
      if (!capitalised || !SyllableChecker.standard().isSyllable(t)) {
        return false;
      }
    }
    return true;
  }
}
