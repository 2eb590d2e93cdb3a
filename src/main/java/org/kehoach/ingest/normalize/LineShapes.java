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

  /** Punctuation that ends a clause, and closing marks that may follow it (see {@link #CLAUSE_END}). */
  private static final String STOPS = ".;:!?…";
  private static final String CLOSERS = "\"”’)]";

  /** A line that ends a sentence or clause: "… như sau:", "… giải quyết./.", "… năm 2023;" or "(…)." */
  static final Pattern CLAUSE_END = Pattern.compile("[\\Q" + STOPS + "\\E][\\Q" + CLOSERS + "\\E]*$");

  /**
   * True for lines that open a new block: list items, numbered and legal headings, header and signature
   * lines. The patterns are anchored at the start: {@code lookingAt} finds what {@code find} would, without
   * trying every later position first.
   */
  static boolean startsBlock(String line) {
    String s = line.strip();
    return BULLET.matcher(s).lookingAt()
        || ARABIC_ITEM.matcher(s).lookingAt()
        || LETTER_ITEM.matcher(s).lookingAt()
        || ROMAN_ITEM.matcher(s).lookingAt()
        || ARTICLE.matcher(s).lookingAt()
        || RECIPIENTS.matcher(s).lookingAt()
        || NUMBER_LINE.matcher(s).lookingAt()
        || SUBJECT_LINE.matcher(s).lookingAt()
        || PLACE_DATE.matcher(s).lookingAt()
        || AUTHORITY.matcher(s).lookingAt();
  }

  /**
   * True when the line is written in capitals: at least two letters and no more than a tenth of them
   * lower case ("KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN", "III. TỔ CHỨC THỰC HIỆN.").
   */
  static boolean inCapitals(String line) {
    int letters = 0;
    int lower = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          lower++;
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

  /** Two to five capitalised syllables and nothing else, as a signer's name: "Huỳnh Văn Tài". */
  static boolean looksLikeName(String line) {
    String[] tokens = line.strip().split("\\s+");
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
