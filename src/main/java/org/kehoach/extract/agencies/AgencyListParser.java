package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kehoach.extract.agencies.AgencyMention.Kind;
import org.kehoach.extract.nlp.VietTokenizer;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyGazetteer;
import org.kehoach.gazetteer.AgencyKind;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.gazetteer.PhraseMatch;

/**
 * Reads the lists of organisations plans write, in four positions:
 *
 * <ul>
 *   <li>{@link #field}: a labelled value that is nothing but a list ("Cơ quan chủ trì: Phòng Nội vụ, Đồn Công
 *       an Lý Sơn"); every piece is kept;
 *   <li>{@link #heading}: a heading before ':' or a short line ("6. Phòng Y tế, Trung tâm Y tế Huyện:"); empty
 *       unless it is a list of names and nothing else;
 *   <li>{@link #subject}: the names a sentence starts with ("Đề nghị Ủy ban MTTQ huyện, các tổ chức chính
 *       trị - xã hội đẩy mạnh …"); only names the gazetteer knows;
 *   <li>{@link #typedList}: bare names after a collective heading ("Các phòng, đơn vị: Giáo dục và Đào tạo;
 *       Tư pháp; …" read with "Phòng" before each).
 * </ul>
 *
 * <p>A list splits at ';' always, and at ',' or "và" only where a new name starts after it (a known agency,
 * "các …", or a head noun with a capitalised word) or, for ',', where a whole known name ends before it; so
 * "Phòng Văn hóa, Khoa học và Thông tin" and "Hội, đoàn thể huyện" stay whole. Known names come out under their canonical gazetteer name; words after a name that
 * only say where it is ("huyện", "Lý Sơn", "trực thuộc") belong to its span. Immutable and thread-safe.
 */
public final class AgencyListParser {
  private static final int MAX_TAIL = 4;
  /** Longest piece read as a name the gazetteer does not know. */
  private static final int MAX_NAME_TOKENS = 14;
  /** How far a typed list looks ahead for one name. */
  private static final int TYPED_LOOKAHEAD = 160;
  /** Runs of whitespace, collapsed in names as written: "Trung tâm\nKiểm soát" → "Trung tâm Kiểm soát". */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final AgencyGazetteer gazetteer;
  private final AgencyWords words;
  private final VietTokenizer tokenizer = new VietTokenizer();

  public AgencyListParser(Gazetteers gazetteers) {
    this(Objects.requireNonNull(gazetteers, "gazetteers").agencies(), AgencyWords.standard());
  }

  AgencyListParser(AgencyGazetteer gazetteer, AgencyWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = Objects.requireNonNull(words, "words");
  }

  /** Every piece of the list filling {@code text[from, to)}, in order; trailing punctuation is ignored. */
  public List<AgencyMention> field(String text, int from, int to) {
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    for (int[] p : split(s, skipLeading(s, 0), s.size())) {
      int[] t = trim(s, p[0], p[1]);
      if (t[0] < t[1]) {
        out.add(piece(s, t[0], t[1]));
      }
    }
    return out;
  }

  /**
   * The names of a heading {@code text[from, to)} (before its ':' or a whole short line), or an empty list when
   * it is not a list of names: its first piece is not a name, or a known name runs on into other words.
   * Pieces after the first that are not names end the list.
   */
  public List<AgencyMention> heading(String text, int from, int to) {
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    for (int[] p : split(s, skipLeading(s, 0), s.size())) {
      int[] t = trim(s, p[0], p[1]);
      if (t[0] >= t[1]) {
        continue;
      }
      AgencyMention m = piece(s, t[0], t[1]);
      int known = knownStart(s, t[0], t[1]);
      if (known >= 0 && tailEnd(s, s.lastOf(known) + 1, t[1]) < t[1]) {
        return List.of(); // "Phòng Y tế chủ trì tổ chức …": a sentence, not a heading
      }
      boolean name = known >= 0 || m.kind() == Kind.NAMED
          || (m.kind() == Kind.GROUP && t[1] - t[0] <= MAX_NAME_TOKENS);
      if (!name) {
        break;
      }
      out.add(m);
    }
    return out;
  }

  /**
   * The known names a sentence {@code text[from, to)} starts with (after a lead-in such as "Đề nghị"), joined by
   * ',', ';' or "và"; empty when the sentence does not start with one, or when the names hand duties to others
   * ("UBND huyện yêu cầu …").
   */
  public List<AgencyMention> subject(String text, int from, int to) {
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    int i = skipLeading(s, 0);
    int end = i;
    while (i < s.size()) {
      int k = knownStart(s, i, s.size());
      if (k < 0) {
        break;
      }
      end = tailEnd(s, s.lastOf(k) + 1, s.size());
      out.add(known(s, s.agencyAt(k, s.size()), i, end));
      int j = skipSeparators(s, end, s.size());
      if (j == end || j >= s.size() || knownStart(s, j, s.size()) < 0) {
        break;
      }
      i = j;
    }
    if (!out.isEmpty() && words.delegatingAt(s.tokens, end, s.size())) {
      return List.of();
    }
    return out;
  }

  /**
   * Bare names after a collective heading, each looked up as written and then with {@code prefix} before it
   * ("Tư pháp" → Phòng Tư pháp); the list ends at the first piece that is neither.
   */
  public List<AgencyMention> typedList(String text, int from, int to, String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    int i = skipLeading(s, 0);
    while (i < s.size()) {
      int k = knownStart(s, i, s.size());
      Agency agency;
      int last;
      if (k >= 0) {
        agency = s.agencyAt(k, s.size());
        last = s.lastOf(k);
      } else {
        String virtual = prefix + " " + text.substring(s.begin(i), Math.min(to, s.begin(i) + TYPED_LOOKAHEAD));
        List<PhraseMatch<Agency>> found = gazetteer.findIn(virtual);
        if (found.isEmpty() || found.get(0).start() != 0 || found.get(0).end() <= prefix.length() + 1) {
          break;
        }
        agency = found.get(0).first();
        int realEnd = s.begin(i) + found.get(0).end() - prefix.length() - 1;
        last = i;
        while (last + 1 < s.size() && s.end(last + 1) <= realEnd) {
          last++;
        }
      }
      int end = tailEnd(s, last + 1, s.size());
      out.add(known(s, agency, i, end));
      int j = skipSeparators(s, end, s.size());
      if (j == end || j >= s.size()) {
        break;
      }
      i = j;
    }
    return out;
  }

  /** The word to put before the bare names that follow a collective heading ("Các phòng, đơn vị" → "Phòng"). */
  public Optional<String> typePrefix(String text, AgencyMention group) {
    Objects.requireNonNull(group, "group");
    ScannedText s = scan(text, group.start(), group.end());
    if (group.kind() != Kind.GROUP || s.size() < 2 || !s.key(0).equals("các")) {
      return Optional.empty();
    }
    return words.groupTypeAt(s.tokens, 1, s.size());
  }

  /** Every known name in {@code text[from, to)} with the locality words after it, in text order. */
  public List<AgencyMention> mentions(String text, int from, int to) {
    ScannedText s = scan(text, from, to);
    List<AgencyMention> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Agency a = s.agencyAt(i, s.size());
      if (a == null) {
        i++;
        continue;
      }
      int end = tailEnd(s, s.lastOf(i) + 1, s.size());
      out.add(known(s, a, i, end));
      i = end;
    }
    return out;
  }

  private ScannedText scan(String text, int from, int to) {
    Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range must satisfy 0 <= from <= to <= " + text.length() + ", got [" + from + ", " + to + ")");
    }
    return new ScannedText(text, from, to, tokenizer, gazetteer);
  }

  /** Token ranges of the pieces of {@code [lo, hi)}; known phrases are never cut. */
  private List<int[]> split(ScannedText s, int lo, int hi) {
    List<int[]> out = new ArrayList<>();
    int start = lo;
    int i = lo;
    while (i < hi) {
      if (s.agencyAt(i, hi) != null) {
        i = s.lastOf(i) + 1;
      } else if (s.isPunct(i, ';')) {
        out.add(new int[] {start, i});
        start = ++i;
      } else if (isJoiner(s, i)) {
        int j = skipSeparators(s, i, hi);
        if (j < hi && (startsName(s, j, hi) || s.isPunct(i, ',') && isWholeName(s, start, i))) {
          out.add(new int[] {start, i});
          start = j;
        }
        i = Math.max(j, i + 1);
      } else {
        i++;
      }
    }
    out.add(new int[] {start, hi});
    return out;
  }

  /** One piece {@code [a, b)} as a mention. */
  private AgencyMention piece(ScannedText s, int a, int b) {
    int k = knownStart(s, a, b);
    if (k >= 0) {
      return known(s, s.agencyAt(k, b), a, b);
    }
    String written = written(s, a, b);
    if (s.key(a).equals("các") || s.key(a).equals("những")) {
      return new AgencyMention(written, null, Kind.GROUP, s.begin(a), s.end(b - 1));
    }
    Kind kind = namedAt(s, a, b) && b - a <= MAX_NAME_TOKENS ? Kind.NAMED : Kind.OTHER;
    return new AgencyMention(written, null, kind, s.begin(a), s.end(b - 1));
  }

  private static AgencyMention known(ScannedText s, Agency a, int first, int end) {
    Kind kind = a.kind() == AgencyKind.GENERIC ? Kind.GROUP : Kind.KNOWN;
    return new AgencyMention(a.canonical(), a.id(), kind, s.begin(first), s.end(end - 1));
  }

  /** The token where a known phrase starts at {@code i} (or right after "các" at {@code i}), or -1. */
  private static int knownStart(ScannedText s, int i, int limit) {
    if (i < limit && s.agencyAt(i, limit) != null) {
      return i;
    }
    if (i + 1 < limit && s.key(i).equals("các") && s.agencyAt(i + 1, limit) != null) {
      return i + 1;
    }
    return -1;
  }

  /** Whether a new name starts at {@code j}: a specific known agency, "các …", or a head noun with a capitalised word. */
  private boolean startsName(ScannedText s, int j, int hi) {
    if (s.key(j).equals("các")) {
      return true;
    }
    Agency a = s.agencyAt(j, hi);
    return (a != null && a.kind() != AgencyKind.GENERIC) || namedAt(s, j, hi);
  }

  /** Whether {@code [a, b)} is one known name and its locality, so a comma after it ends it: "Ban Giám hiệu, giáo viên …". */
  private boolean isWholeName(ScannedText s, int a, int b) {
    int[] t = trim(s, a, b);
    int k = knownStart(s, t[0], t[1]);
    return k >= 0 && tailEnd(s, s.lastOf(k) + 1, t[1]) == t[1];
  }

  private boolean namedAt(ScannedText s, int a, int b) {
    int h = words.headAt(s.tokens, a, b);
    return h > 0 && a + h < b && s.isWord(a + h) && AgencyWords.capitalised(s.tokens.get(a + h));
  }

  /** The end of the locality words from {@code j}: place names, "huyện", "trực thuộc" … */
  private int tailEnd(ScannedText s, int j, int hi) {
    int count = 0;
    while (j < hi && count < MAX_TAIL && s.agencyAt(j, hi) == null && s.isWord(j)
        && (words.isTailWord(s.tokens.get(j))
            || (AgencyWords.capitalised(s.tokens.get(j)) && words.headAt(s.tokens, j, hi) == 0))) {
      j++;
      count++;
    }
    return j;
  }

  private static boolean isJoiner(ScannedText s, int i) {
    return s.isPunct(i, ',') || s.key(i).equals("và") || s.key(i).equals("cùng");
  }

  private static int skipSeparators(ScannedText s, int i, int hi) {
    while (i < hi && (isJoiner(s, i) || s.isPunct(i, ';'))) {
      i++;
    }
    return i;
  }

  /** Skips bullets, opening brackets and lead-ins ("Đề nghị", "Giao") at {@code i}. */
  private int skipLeading(ScannedText s, int i) {
    while (i < s.size()) {
      if (!s.isWord(i) && !Character.isLetterOrDigit(s.tokens.get(i).word().codePointAt(0))) {
        i++;
        continue;
      }
      int lead = words.leadInAt(s.tokens, i, s.size());
      if (lead == 0) {
        break;
      }
      i += lead;
    }
    return i;
  }

  /** {@code [a, b)} without joining words before it and punctuation after it. */
  private static int[] trim(ScannedText s, int a, int b) {
    while (a < b && (isJoiner(s, a) || !s.isWord(a) && !Character.isDigit(s.tokens.get(a).word().charAt(0)))) {
      a++;
    }
    while (b > a && !s.isWord(b - 1) && !s.isPunct(b - 1, ')') && !Character.isDigit(s.tokens.get(b - 1).word().charAt(0))) {
      b--;
    }
    return new int[] {a, b};
  }

  private static String written(ScannedText s, int a, int b) {
    return WHITESPACE.matcher(s.text.substring(s.begin(a), s.end(b - 1))).replaceAll(" ");
  }
}
