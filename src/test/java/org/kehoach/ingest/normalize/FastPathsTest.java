package org.kehoach.ingest.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kehoach.text.RandomText;

/**
 * The filters skip work their patterns cannot need (lines that cannot start a match, runs of spaces that
 * cannot change, patterns whose first character is absent); each shortcut must give what the straightforward
 * way gives, on invented lines and on random text. The seed is printed on failure (-Dkehoach.seed=N replays).
 */
class FastPathsTest {
  private static final String[] PIECES = {
    "I.", "II.", "HI.", "IV.", "2.1.", "3.", "MỤC TIÊU", "Mục tiêu", "Nơi nhận:", "Nơi  gửi", " ", "  ", "\t",
    "\n", "\n\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "- ", "– ", "a) ", "đ. ", "Điều 1.", "Chương II",
    "PHỤ LỤC 2", "Số: 43/KH-UBND", "V/v triển khai", "Hồng Ngự, ngày 5 tháng 3 năm 2024", "TM. ỦY BAN",
    "KT. CHỦ TỊCH", "Q. HIỆU TRƯỞNG", "x", "Đ", "$", "\\geq", "$\\geq 95\\%$", "\\(", "\\)", "{", "}", "*",
    "ỦY BAN NHÂN DÂN", "các đơn vị", "Huỳnh Văn Tài"
  };

  /** A Roman or Arabic number at a line start and the multi-line patterns of two filters. */
  private static final List<Pattern> LINE_START_PATTERNS = List.of(
      Pattern.compile("(?m)^(?:[IVXL]{1,6}|\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.(?=\\p{Lu})"),
      Pattern.compile("(?m)^([IVXH]{0,4}H[IVXH]{0,4})\\.(?=\\s*\\p{Lu})(.*)$"));

  @Test
  void lineStartMatchesAreWhatFindFinds() {
    RandomText random = new RandomText(PIECES);
    for (int round = 0; round < 20_000; round++) {
      String s = random.next(12, 20);
      for (Pattern p : LINE_START_PATTERNS) {
        List<String> expected = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
          expected.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        List<String> actual = new ArrayList<>();
        for (MatchResult r : LineStartMatches.of(p, s, c -> "IVXLH0123456789".indexOf(c) >= 0)) {
          actual.add(r.start() + "-" + r.end() + ":" + r.group());
        }
        assertEquals(expected, actual, "seed " + random.seed() + ", pattern " + p + ", text '" + s + "'");
      }
    }
  }

  @Test
  void blankLineFilterTidiesAsTheCharacterScanDoes() {
    assertFilterAgrees(new BlankLineFilter(), FastPathsTest::straightforwardBlankLines,
        new RandomText(" ", "  ", "\t", "\n", "\n\n", " \n ", "\n \n\t\n", "ab", "Việt", "x"));
  }

  @Test
  void spacingIsNormalisedAsTheCharacterScanDoes() {
    assertFilterAgrees(new WhitespaceFilter(), FastPathsTest::straightforwardSpacing, new RandomText(
        " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\u2028", "\u1680", "ab", "Việt", "x"));
  }

  @Test
  void nfcRecomposesAsTheClusterScanDoes() {
    assertFilterAgrees(new NfcFilter(), FastPathsTest::straightforwardNfc, new RandomText(
        "a", "e", "o", "u", "y", "Viê", "Việt", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302",
        "\u0306", "\u031B", "\u20D0", "\u1DC0", " ", "\n", "\uF0B7", "→", "\u2001", "Ω", "\u1100", "\u1161"));
  }

  /** The NFC filter as first written: every base character with its marks is one cluster, recomposed alone. */
  private static String straightforwardNfc(String s) {
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int start = i;
      i += Character.charCount(s.codePointAt(i));
      while (i < s.length() && isMark(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      String cluster = s.substring(start, i);
      if (!java.text.Normalizer.isNormalized(cluster, java.text.Normalizer.Form.NFC)) {
        edits.add(new Edit(start, i, java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFC)));
      }
    }
    return PagedText.unpaged(s).apply(edits).text();
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void assertFilterAgrees(TextFilter filter, UnaryOperator<String> reference, RandomText random) {
    for (int round = 0; round < 20_000; round++) {
      String s = random.next(10, 30);
      assertEquals(reference.apply(s), filter.apply(PagedText.unpaged(s)).text(),
          "seed " + random.seed() + ", text '" + s.replace("\n", "\\n") + "'");
    }
  }

  @Test
  void blockStartsAreWhatThePatternsSay() {
    RandomText random = new RandomText(PIECES);
    for (int round = 0; round < 20_000; round++) {
      String line = random.next(4, 10);
      assertEquals(straightforwardStartsBlock(line), LineShapes.startsBlock(line),
          "seed " + random.seed() + ", line '" + line + "'");
      assertEquals(straightforwardInCapitals(line), LineShapes.inCapitals(line),
          "seed " + random.seed() + ", line '" + line + "'");
      assertEquals(LineShapes.RECIPIENTS.matcher(line.strip()).find(), LineShapes.opensRecipients(line),
          "seed " + random.seed() + ", line '" + line + "'");
    }
  }

  @Test
  void namesAreWhatTheSplitSays() {
    RandomText random = new RandomText("Huỳnh", "Văn", "Tài", "Nguyễn", "Thị", "Lan", "văn", "VĂN", "Xyz", " ", "  ",
        "\t", "\u00A0", "\u2003", "\r", "\u000B", "\f", ".", "1", "Trần Văn An", "các đơn vị", "");
    for (int round = 0; round < 20_000; round++) {
      String line = random.next(12, 15);
      assertEquals(straightforwardLooksLikeName(line), LineShapes.looksLikeName(line),
          "seed " + random.seed() + ", line '" + line + "'");
    }
  }

  /** The name test as first written: split, then every token capitalised and a syllable. */
  private static boolean straightforwardLooksLikeName(String line) {
    String[] tokens = line.strip().split("\\s+");
    if (tokens.length < 2 || tokens.length > 5) {
      return false;
    }
    for (String t : tokens) {
      boolean capitalised = Character.isUpperCase(t.charAt(0))
          && t.substring(1).chars().allMatch(Character::isLowerCase);
      if (!capitalised || !org.kehoach.text.SyllableChecker.standard().isSyllable(t)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void latexIsFoundWhereverItStarts() {
    LatexMathFilter filter = new LatexMathFilter();
    assertEquals("tỷ lệ ≥ 95% và 5$ và $ 100",
        filter.apply(PagedText.unpaged("tỷ lệ $\\geq 95\\%$ và 5$ và $ 100")).text());
    assertEquals("a \\ b ≤ 5", filter.apply(PagedText.unpaged("a \\ b \\(\\leq 5\\)")).text());
  }

  @Test
  void headLinesAreTheFirstLinesOfAllLines() {
    String text = "\n\nA\n\nB\nC\n\n";
    for (int content = 1; content <= 4; content++) {
      List<Line> all = Lines.of(text);
      List<Line> head = Lines.head(text, content);
      assertEquals(all.subList(0, head.size()), head);
      assertEquals(Math.min(content, 3), head.stream().filter(l -> !l.blank()).count());
    }
  }

  /** BlankLineFilter as it was first written: every run of spaces and breaks looked at in turn. */
  private static String straightforwardBlankLines(String s) {
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '\n' && c != ' ' && c != '\t') {
        i++;
        continue;
      }
      int start = i;
      int breaks = 0;
      while (i < s.length() && (s.charAt(i) == '\n' || s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        breaks += s.charAt(i) == '\n' ? 1 : 0;
        i++;
      }
      String replacement;
      if (start == 0 || i == s.length()) {
        replacement = "";
      } else if (breaks == 0) {
        continue;
      } else {
        replacement = breaks == 1 ? "\n" : "\n\n";
      }
      if (!s.substring(start, i).equals(replacement)) {
        edits.add(new Edit(start, i, replacement));
      }
    }
    return PagedText.unpaged(s).apply(edits).text();
  }

  /** The spacing rules of {@link WhitespaceFilter}, written as one regular-expression pass per rule. */
  private static String straightforwardSpacing(String s) {
    String t = s.replaceAll("\r\n", "\n").replaceAll("[\r\u000B\u000C\u2028\u2029\u0085]", "\n");
    t = t.replaceAll("[\u200B\u200C\u200D\u2060\uFEFF\u007F\u0000-\u0008\u000E-\u001F]", "");
    t = t.replaceAll("[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\u1680]+", " ");
    return t.replaceAll("(?m)^ | $", "");
  }

  private static boolean straightforwardStartsBlock(String line) {
    String s = line.strip();
    return LineShapes.BULLET.matcher(s).lookingAt()
        || LineShapes.ARABIC_ITEM.matcher(s).lookingAt()
        || LineShapes.LETTER_ITEM.matcher(s).lookingAt()
        || LineShapes.ROMAN_ITEM.matcher(s).lookingAt()
        || LineShapes.ARTICLE.matcher(s).lookingAt()
        || LineShapes.RECIPIENTS.matcher(s).lookingAt()
        || LineShapes.NUMBER_LINE.matcher(s).lookingAt()
        || LineShapes.SUBJECT_LINE.matcher(s).lookingAt()
        || LineShapes.PLACE_DATE.matcher(s).lookingAt()
        || LineShapes.AUTHORITY.matcher(s).lookingAt();
  }

  private static boolean straightforwardInCapitals(String line) {
    int letters = 0;
    int lower = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower += Character.isLowerCase(c) ? 1 : 0;
      }
    }
    return letters >= 2 && lower * 10 <= letters;
  }
}
