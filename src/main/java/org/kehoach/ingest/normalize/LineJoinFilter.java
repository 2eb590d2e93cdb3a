package org.kehoach.ingest.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins lines that were hard-wrapped inside a paragraph (PDF text, OCR, text files typed with line
 * breaks) and keeps real paragraph and list breaks. For each line break, with A the line before and B the
 * next non-blank line:
 *
 * <ul>
 *   <li>A ends with a hyphen glued to a word or number and B starts with one: joined without a space
 *       ("75/KH-" + "UBND", "2021-" + "2030"); a spaced dash ("Lao động -") joins with a space, and so
 *       does a dash that opens B in front of a lower-case word ("chính trị" + "- xã hội"), which no list
 *       item does, or in front of the rest of a document number ("số 56/KH" + "- UBND ngày …").
 *   <li>Never joined when B starts a block (list item, numbered or legal heading, header or signature
 *       line, a paragraph opener such as "Căn cứ"), is written in capitals, or A is.
 *   <li>B starting in lower case (or with "," ";" ")") continues A: joined, across blank lines too when A
 *       does not end a sentence (a page break inside a sentence, a blank line a reader put inside a
 *       paragraph; a ";" does not end it), unless A is a personal name: the signer's name ends the text before the notes moved
 *       to its end, which must stay apart.
 *   <li>Otherwise joined only when the text is hard-wrapped and A is full, or B's first word would not
 *       have fitted on it, i.e. the line broke because the next word did not fit; across one blank line too when A does not end a clause (readers that put a
 *       blank line after the indented first line of a paragraph). A full line ending with ":" is joined
 *       only to a line starting with a digit ("Số điện thoại:" + "0988…").
 * </ul>
 *
 * Fullness is judged on an estimate of the printed width (capitals and "m" are wider than "i" or "t"),
 * since a justified line of capitals and digits holds far fewer characters than one of small letters. The
 * wrap width is the 90th percentile of line widths; text counts as hard-wrapped when many lines reach it
 * and it is between {@value #MIN_WRAP_CHARS} and {@value #MAX_WRAP_CHARS} characters. A DOCX paragraph is one line, so there nothing is
 * joined by width. In text where nearly every line is followed by a blank line (Word 97 files read by
 * Tika), one blank line counts as a plain line break.
 */
public final class LineJoinFilter implements TextFilter {
  private static final int MAX_WRAP_CHARS = 150;
  private static final int MIN_WRAP_CHARS = 30;
  /** A line at least this share of the wrap width counts as full. */
  private static final double FULL = 0.85;
  /** Share of line pairs one blank line apart above which a single blank line means a plain break. */
  private static final double SPACED_SHARE = 0.6;
  /** Share of lines that must be full for the text to count as hard-wrapped. */
  private static final double WRAPPED_SHARE = 0.25;

  /** Characters at the end of a line that {@link #GLUED_HYPHEN} and {@link #SPACED_DASH} can match. */
  private static final int END_WINDOW = 8;

  /** A hyphen glued to the end of a word or number: "KH-", "2021-". */
  private static final Pattern GLUED_HYPHEN = Pattern.compile("[\\p{L}\\p{N}][-‐]$");

  /** A dash standing alone at the end, between spaces: "Lao động -", "Văn hóa –". */
  private static final Pattern SPACED_DASH = Pattern.compile("\\S\\s[-–—]$");

  /** A dash opening the line before a lower-case word: "- xã hội đẩy mạnh …" (never a list item). */
  private static final Pattern DASH_BEFORE_LOWER = Pattern.compile("^[-–—]\\s*\\p{Ll}");

  /** The first half of a document number at the end of a line: "… Kế hoạch số 56/KH". */
  private static final Pattern NUMBER_HEAD = Pattern.compile("\\d+/[\\p{Lu}Đ&]+(?:-[\\p{Lu}Đ&]+)*$");

  /** Its second half opening the next line: "- UBND ngày 26/2/2021 …". */
  private static final Pattern NUMBER_TAIL = Pattern.compile("^[-–]\\s*[\\p{Lu}Đ]{2,}(?:[-&][\\p{Lu}Đ]+)*\\b");

  /** A line holding nothing but an amount or a number, wrapped away from its label: "290.000.000đ". */
  private static final Pattern AMOUNT_ONLY =
      Pattern.compile("^\\d{1,3}(?:[.,]\\d{3})*(?:,\\d+)?\\s?(?:đ|đồng|VNĐ|triệu đồng|tỷ đồng|%)?[.;,]?$");

  private final List<String> openers;

  public LineJoinFilter() {
    this.openers = WordLists.lines("paragraph-openers.txt");
  }

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Line> lines = in.lines();
    // each line is read as A and then as B: strip it once
    String[] stripped = new String[lines.size()];
    for (int i = 0; i < stripped.length; i++) {
      stripped[i] = lines.get(i).text().strip();
    }
    // the printed widths are only read when the text is hard-wrapped (full() answers false otherwise)
    double[] widths = new double[lines.size()];
    double width = wrapWidth(stripped, widths);
    int spacing = spacedParagraphs(lines) ? 1 : 0;
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line a = lines.get(i);
      if (a.blank()) {
        continue;
      }
      int j = Lines.nextContent(lines, i + 1);
      if (j < 0) {
        break;
      }
      int blanks = Math.max(0, j - i - 1 - spacing);
      String join = join(stripped[i], widths[i], stripped[j], blanks, width);
      if (join != null) {
        edits.add(new Edit(a.end(), lines.get(j).start(), join));
      }
      i = j - 1;
    }
    return in.apply(edits);
  }

  /**
   * The text to put between A and B, or {@code null} to keep the break. A pattern is tried only when the
   * character it must start or end with is there (the last one of A may stand before a final NEL, which
   * {@code $} allows and strip keeps).
   */
  private String join(String a, double widthA, String b, int blanks, double width) {
    char b0 = b.charAt(0);
    char aLast = lastChar(a);
    boolean aHyphen = aLast == '-' || aLast == '‐';
    if (aHyphen && endMatches(GLUED_HYPHEN, a) && Character.isLetterOrDigit(b0) && blanks <= 1 && a.length() > 2) {
      return "";
    }
    boolean clauseEnds = LineShapes.endsClause(a);
    if (a.endsWith(":") && blanks <= 1 && AMOUNT_ONLY.matcher(b).matches()) {
      return " ";
    }
    boolean dashOpens = b0 == '-' || b0 == '–' || b0 == '—';
    if (blanks == 0 && !clauseEnds && dashOpens
        && (DASH_BEFORE_LOWER.matcher(b).lookingAt()
            || (b0 != '—' && NUMBER_TAIL.matcher(b).lookingAt() && NUMBER_HEAD.matcher(a).find()))) {
      return " ";
    }
    if (LineShapes.inCapitals(b) || LineShapes.inCapitals(a) || startsBlock(b)) {
      return null;
    }
    boolean aDash = aLast == '-' || aLast == '–' || aLast == '—';
    if (blanks == 0 && aDash && endMatches(SPACED_DASH, a)) {
      return " ";
    }
    if (b0 == ',' || b0 == ';' || b0 == ')' || b0 == '.') {
      return blanks == 0 || !clauseEnds ? "" : null;
    }
    if (LineShapes.startsLowerCase(b)) {
      boolean sentenceEnds = clauseEnds && !a.endsWith(";");
      return blanks == 0 || (!sentenceEnds && !LineShapes.looksLikeName(a)) ? " " : null;
    }
    if (!full(widthA, b, width) || (a.endsWith(":") && !Character.isDigit(b0))) {
      return null;
    }
    return blanks == 0 || (blanks == 1 && !clauseEnds) ? " " : null;
  }

  /**
   * Whether A is full: it reaches the wrap width, or B's first word would not have fitted on it. The width of
   * A, a space and the word is the sum of theirs (whole numbers, added exactly), so no joined copy is made.
   */
  private static boolean full(double widthA, String b, double width) {
    if (width <= 0) {
      return false;
    }
    return widthA >= FULL * width || widthA + advance(' ') + printedWidth(firstWord(b)) > width;
  }

  /** The last character of {@code s}, or the one before a final NEL; 0 for an empty line. */
  private static char lastChar(String s) {
    int n = s.length();
    if (n >= 2 && s.charAt(n - 1) == '\u0085') {
      return s.charAt(n - 2);
    }
    return n == 0 ? 0 : s.charAt(n - 1);
  }

  /**
   * Whether {@code pattern}, which is anchored at the end and matches a few characters only, matches at
   * the end of {@code s}: its match lies within the last {@value #END_WINDOW} characters (a final line
   * terminator included), so only those are searched.
   */
  private static boolean endMatches(Pattern pattern, String s) {
    return pattern.matcher(s).region(Math.max(0, s.length() - END_WINDOW), s.length()).find();
  }

  /** The text before the first whitespace, as {@code s.split("\\s", 2)[0]} gives it. */
  private static String firstWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return s.substring(0, i);
      }
    }
    return s;
  }

  private boolean startsBlock(String line) {
    if (LineShapes.startsBlock(line)) {
      return true;
    }
    for (String o : openers) {
      if (line.startsWith(o) && (line.length() == o.length() || !Character.isLetter(line.charAt(o.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when nearly every line is followed by one blank line, as in Tika's output for Word 97 files:
   * there one blank line says no more than a plain line break does elsewhere.
   */
  static boolean spacedParagraphs(List<Line> lines) {
    int pairs = 0;
    int spaced = 0;
    for (int i = Lines.nextContent(lines, 0); i >= 0; ) {
      int j = Lines.nextContent(lines, i + 1);
      if (j < 0) {
        break;
      }
      pairs++;
      spaced += j - i == 2 ? 1 : 0;
      i = j;
    }
    return pairs >= 5 && spaced >= SPACED_SHARE * pairs;
  }

  /**
   * The printed width hard-wrapped lines reach, or 0 when the text is not hard-wrapped; {@code stripped} holds
   * every line stripped, blank ones empty. Fills {@code lineWidths} with their {@link #printedWidth}s once the
   * line lengths leave the text a candidate for hard wrapping; when they do not, it is left as it was.
   */
  static double wrapWidth(String[] stripped, double[] lineWidths) {
    int count = 0;
    for (String l : stripped) {
      count += l.isEmpty() ? 0 : 1;
    }
    if (count < 5) {
      return 0;
    }
    // the 90th percentile of the line lengths is out of range exactly when too few lines are short enough or
    // too many too short, as the ranks of a sorted copy say: no copy is sorted
    int p90 = (int) Math.floor(0.9 * (count - 1));
    int longer = 0;
    int shorter = 0;
    for (String l : stripped) {
      longer += l.length() > MAX_WRAP_CHARS ? 1 : 0;
      shorter += !l.isEmpty() && l.length() < MIN_WRAP_CHARS ? 1 : 0;
    }
    if (count - longer <= p90 || shorter > p90) {
      return 0;
    }
    double[] widths = new double[count];
    int k = 0;
    for (int i = 0; i < stripped.length; i++) {
      if (!stripped[i].isEmpty()) {
        lineWidths[i] = printedWidth(stripped[i]);
        widths[k++] = lineWidths[i];
      }
    }
    double width = kthSmallest(widths, p90);
    long full = 0;
    for (double w : widths) {
      full += w >= FULL * width ? 1 : 0;
    }
    return full >= WRAPPED_SHARE * count ? width : 0;
  }

  /**
   * The value {@code Arrays.sort(a)} would put at index {@code k}, found by partitioning around a middle pivot
   * and keeping only the side that holds {@code k}: linear on average where a sort of every width is not.
   * Reorders {@code a}; its values are finite (printed widths).
   */
  static double kthSmallest(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (lo < hi) {
      double pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      // now a[lo..j] <= pivot <= a[i..hi], and what lies between j and i equals the pivot
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  /**
   * Approximate advance width of a line set in a Times-like proportional font, in thousandths of an em:
   * enough to tell a full justified line from a short one whatever mix of capitals and digits it holds.
   */
  static double printedWidth(String line) {
    double w = 0;
    for (int i = 0; i < line.length(); i++) {
      w += advance(line.charAt(i));
    }
    return w;
  }

  /** First character of Latin Extended Additional, where the toned Vietnamese vowels are. */
  private static final char EXTENDED_ADDITIONAL = '\u1E00';
  /** {@link #advanceOf} of every character of the Latin blocks Vietnamese letters come from. */
  private static final int[] LATIN_ADVANCES = advances('\u0000', '\u0250');
  private static final int[] EXTENDED_ADVANCES = advances(EXTENDED_ADDITIONAL, '\u1F00');
  /** First character of General Punctuation: dashes, quotes, the ellipsis. */
  private static final char PUNCTUATION = '\u2000';
  private static final int[] PUNCTUATION_ADVANCES = advances(PUNCTUATION, '\u2070');

  private static int advance(char c) {
    if (c < LATIN_ADVANCES.length) {
      return LATIN_ADVANCES[c];
    }
    int extended = c - EXTENDED_ADDITIONAL;
    if (extended >= 0 && extended < EXTENDED_ADVANCES.length) {
      return EXTENDED_ADVANCES[extended];
    }
    int punctuation = c - PUNCTUATION;
    return punctuation >= 0 && punctuation < PUNCTUATION_ADVANCES.length
        ? PUNCTUATION_ADVANCES[punctuation] : advanceOf(c);
  }

  private static int[] advances(char from, char to) {
    int[] table = new int[to - from];
    for (int i = 0; i < table.length; i++) {
      table[i] = advanceOf((char) (from + i));
    }
    return table;
  }

  private static int advanceOf(char c) {
    if (c == ' ') {
      return 250;
    }
    char base = c < 0x80 ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    if (Character.isDigit(base)) {
      return 500;
    }
    if (Character.isLowerCase(base)) {
      return switch (base) {
        case 'i', 'j', 'l', 't' -> 280;
        case 'f', 'r' -> 333;
        case 'm', 'w' -> 760;
        default -> 480;
      };
    }
    if (Character.isUpperCase(base)) {
      return switch (base) {
        case 'I', 'J' -> 350;
        case 'M', 'W' -> 900;
        default -> 700;
      };
    }
    return 300;
  }
}
