package org.kehoach.structure;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kehoach.model.DocType;

/**
 * Gives each line the {@link LineKind} its own text shows, without looking at its neighbours. Patterns are
 * tried in a fixed order (most specific first); word lists come from the {@link Vocabulary}. Immutable and
 * thread-safe.
 */
final class LineClassifier {
  /** A number line: "Số" with a colon, or digits/blanks up to the slash. Examples: "Số: 43 /KH-UBND", "Số    /KH-UBND". */
  private static final Pattern NUMBER =
      Pattern.compile("^Số\\s{0,3}(?::|[\\d\\s.…_]{0,24}/)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Key of a place-date line, ending with the year. Example key: "hong ngu ngay thang 02 nam 2020". */
  private static final Pattern PLACE_DATE_KEY =
      Pattern.compile("^(?:[a-z]{1,12} ){0,6}ngay (?:\\d{1,2} )?thang (?:\\d{1,2} )?nam \\d{4}$");

  /** Key of a web-page date, which starts with a weekday, never a place. Example key: "thu hai ngay 4 thang 3 nam 2024". */
  private static final Pattern WEEKDAY_KEY = Pattern.compile("^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)(?: |$)");

  /** The word "ngày" that starts the date of a place-date line. Example: "Tam Kỳ, ngày 05 tháng 3 năm 2024". */
  private static final Pattern DAY_WORD = Pattern.compile("(?<![\\p{L}])ngày(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A decision's operative word. Example: "QUYẾT ĐỊNH:". */
  private static final Pattern OPERATIVE = Pattern.compile("^QUYẾT\\s{1,3}ĐỊNH\\s{0,2}:");

  /** A decision's article. Example: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …". */
  private static final Pattern ARTICLE = Pattern.compile("^Điều\\s{1,3}\\d{1,3}\\s{0,2}[.:]");

  /** A signature authority. Examples: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC", "Q. HIỆU TRƯỞNG", "T/M UBND". */
  private static final Pattern AUTHORITY =
      Pattern.compile("^(?:(?:TM|KT|TL|TUQ|PP|T/M|K/T|T/L)(?:\\s{0,2}[.:]\\s{0,2}|\\s{1,2})|Q\\.\\s{0,2})(?=\\p{Lu}{2})");

  /** Breadcrumb and menu separators of web pages. Example: "Trang chủ > Văn bản > Kế hoạch". */
  private static final Pattern CRUMB = Pattern.compile("[>»|]");

  private static final String PLAN_WORD = "KẾHOẠCH";
  private static final String DECISION_WORD = "QUYẾTĐỊNH";

  /** Lower-case words of an administrative unit allowed inside a place name ("thị xã Sơn Tây"). */
  private static final Set<String> UNIT_WORDS =
      Set.of("thanh", "pho", "thi", "xa", "tran", "phuong", "huyen", "tinh", "quan", "tp");

  private final Vocabulary vocabulary;

  LineClassifier(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  LineKind classify(Line line) {
    String t = line.text();
    String key = line.key();
    if (line.isBlank()) {
      return LineKind.BLANK;
    }
    if (isSeparator(t)) {
      return LineKind.SEPARATOR;
    }
    if (docType(t) != null) {
      return LineKind.DOC_TYPE;
    }
    // each pattern below is anchored at a fixed first letter: a line starting otherwise skips its matcher
    char first = t.charAt(0);
    if (first == 'Q' && OPERATIVE.matcher(t).lookingAt()) {
      return LineKind.OPERATIVE;
    }
    if ((first == 'T' || first == 'K' || first == 'P' || first == 'Q') && AUTHORITY.matcher(t).lookingAt()) {
      return LineKind.SIGNATURE_AUTHORITY;
    }
    if (Lexicon.startsWithWord(key, "noi nhan") && TextShape.wordsAtMost(t, 12)) {
      return LineKind.RECIPIENTS_HEADING;
    }
    if (key.startsWith("cong hoa xa hoi chu nghia") || key.startsWith("doc lap tu do hanh phuc")) {
      return LineKind.MOTTO;
    }
    if (TextShape.foldsTo(first, 's') && NUMBER.matcher(t).lookingAt()) {
      return LineKind.NUMBER;
    }
    if (isPlaceDate(t, key)) {
      return LineKind.PLACE_DATE;
    }
    if (first == 'Đ' && ARTICLE.matcher(t).lookingAt()) {
      return LineKind.ARTICLE;
    }
    boolean capitalStart = Character.isUpperCase(t.codePointAt(0));
    if (capitalStart && vocabulary.closingOpeners().matchesPrefix(key)) {
      return LineKind.CLOSING;
    }
    boolean capitals = TextShape.isCapitals(t);
    if (capitals && TextShape.wordsAtMost(t, 12) && vocabulary.signerTitles().matchesPrefix(key)) {
      return LineKind.SIGNER_TITLE;
    }
    if (capitals && TextShape.wordsAtMost(t, 14) && vocabulary.issuers().matchesPrefix(key)) {
      return LineKind.HEADER_ISSUER;
    }
    if (capitalStart && vocabulary.preambleOpeners().matchesPrefix(key)) {
      return LineKind.PREAMBLE;
    }
    if (isBoilerplate(t, key)) {
      return LineKind.BOILERPLATE;
    }
    return LineKind.BODY;
  }

  /** The document type a line announces ("KẾ HOẠCH …", "QUYẾT ĐỊNH …"), or {@code null}. */
  static DocType docType(String text) {
    if (typeWordEnd(text, PLAN_WORD) > 0) {
      return DocType.PLAN;
    }
    int end = typeWordEnd(text, DECISION_WORD);
    if (end > 0 && !text.substring(end).strip().startsWith(":")) {
      return DocType.DECISION;
    }
    return null;
  }

  /**
   * Where the capital type word ends when {@code text} starts with it, spaces between letters allowed
   * ("KẾ HOẠCH", "K Ế  H O Ạ C H"); -1 otherwise, and when a letter follows the word.
   */
  static int typeWordEnd(String text, String word) {
    int i = 0;
    int w = 0;
    int gap = 0;
    while (w < word.length()) {
      if (i >= text.length()) {
        return -1;
      }
      char c = text.charAt(i);
      if (TextShape.isSpace(c) && w > 0 && gap < 3) {
        gap++;
        i++;
        continue;
      }
      if (c != word.charAt(w)) {
        return -1;
      }
      gap = 0;
      i++;
      w++;
    }
    return i < text.length() && Character.isLetter(text.charAt(i)) ? -1 : i;
  }

  /**
   * "&lt;place&gt;, ngày … tháng … năm YYYY" alone on its line, the place (if any) in capitalised words, so a sentence
   * such as "Thực hiện Kế hoạch ngày 12 tháng 3 năm 2024" is not taken for it.
   */
  static boolean isPlaceDate(String t, String key) {
    // the key pattern holds the word "ngay": a key without it is no place-date, and skips the pattern
    if (key.length() > 80 || !key.contains("ngay ") || !PLACE_DATE_KEY.matcher(key).matches() || WEEKDAY_KEY.matcher(key).lookingAt()) {
      return false;
    }
    Matcher day = DAY_WORD.matcher(t);
    if (!day.find()) {
      return false;
    }
    for (String word : t.substring(0, day.start()).split("[\\s,]+")) {
      if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !UNIT_WORDS.contains(TextShape.key(word))) {
        return false;
      }
    }
    return true;
  }

  /** A line drawn with dashes, underscores or stars, as under issuer and motto. */
  static boolean isSeparator(String t) {
    if (t.length() < 3 || t.length() > 120) {
      return false;
    }
    int rules = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("-–—_=*~".indexOf(c) >= 0) {
        rules++;
      } else if (".·•oO0".indexOf(c) < 0 && !TextShape.isSpace(c)) {
        return false;
      }
    }
    return rules >= 3;
  }

  private boolean isBoilerplate(String t, String key) {
    if (!TextShape.wordsAtMost(t, 15)) {
      return false;
    }
    return CRUMB.matcher(t).find() || vocabulary.boilerplate().keys().contains(key);
  }
}
