package org.kehoach.extract.agencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kehoach.extract.agencies.AgencyMention.Kind;
import org.kehoach.gazetteer.Agency;
import org.kehoach.gazetteer.AgencyKind;

/**
 * The small grammar of agency lists over {@link ScannedText} tokens, shared by the reading positions of
 * {@link AgencyListParser}: where a list splits, where a name and its locality end, what a piece is, and the
 * words skipped before a list. Immutable and thread-safe.
 */
final class ListGrammar {
  private static final int MAX_TAIL = 4;
  /** Longest piece read as a name the gazetteer does not know. */
  static final int MAX_NAME_TOKENS = 14;
  /** Runs of whitespace, collapsed in names as written: "Trung tâm\nKiểm soát" → "Trung tâm Kiểm soát". */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final AgencyWords words;

  ListGrammar(AgencyWords words) {
    this.words = Objects.requireNonNull(words, "words");
  }

  /** Reads known names joined by separators from token {@code i} into {@code out}; returns the token after them. */
  int knownList(ScannedText s, int i, List<AgencyMention> out) {
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
    return end;
  }

  /** Token ranges of the pieces of {@code [lo, hi)}; known phrases are never cut. */
  List<int[]> split(ScannedText s, int lo, int hi) {
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
  AgencyMention piece(ScannedText s, int a, int b) {
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

  AgencyMention known(ScannedText s, Agency a, int first, int end) {
    Kind kind = a.kind() == AgencyKind.GENERIC ? Kind.GROUP : Kind.KNOWN;
    return new AgencyMention(a.canonical(), a.id(), kind, s.begin(first), s.end(end - 1));
  }

  /** The token where a known phrase starts at {@code i} (or right after "các" at {@code i}), or -1. */
  int knownStart(ScannedText s, int i, int limit) {
    if (i < limit && s.agencyAt(i, limit) != null) {
      return i;
    }
    if (i + 1 < limit && s.key(i).equals("các") && s.agencyAt(i + 1, limit) != null) {
      return i + 1;
    }
    return -1;
  }

  /** Whether a new name starts at {@code j}: a specific known agency, "các …", or a head noun and a capital. */
  boolean startsName(ScannedText s, int j, int hi) {
    if (s.key(j).equals("các")) {
      return true;
    }
    Agency a = s.agencyAt(j, hi);
    return (a != null && a.kind() != AgencyKind.GENERIC) || namedAt(s, j, hi);
  }

  /** Whether {@code [a, b)} is one known name and its locality, so a comma after it ends it: "BGH, giáo viên …". */
  boolean isWholeName(ScannedText s, int a, int b) {
    int[] t = trim(s, a, b);
    int k = knownStart(s, t[0], t[1]);
    return k >= 0 && tailEnd(s, s.lastOf(k) + 1, t[1]) == t[1];
  }

  boolean namedAt(ScannedText s, int a, int b) {
    int h = words.headAt(s, a, b);
    return h > 0 && a + h < b && s.isWord(a + h) && AgencyWords.capitalised(s.word(a + h));
  }

  /**
   * The end of the locality words from {@code j}: place names, "huyện", "trực thuộc" …, never across a line
   * break or tab (the next table cell, the next line's first word).
   */
  int tailEnd(ScannedText s, int j, int hi) {
    int count = 0;
    while (j < hi && count < MAX_TAIL && s.agencyAt(j, hi) == null && s.isWord(j) && !s.breakBefore(j)
        && (words.isTailWord(s.key(j))
            || (AgencyWords.capitalised(s.word(j)) && words.headAt(s, j, hi) == 0))) {
      j++;
      count++;
    }
    return j;
  }

  boolean isJoiner(ScannedText s, int i) {
    return s.isPunct(i, ',') || s.key(i).equals("và") || s.key(i).equals("cùng");
  }

  int skipSeparators(ScannedText s, int i, int hi) {
    while (i < hi && (isJoiner(s, i) || s.isPunct(i, ';'))) {
      i++;
    }
    return i;
  }

  /** Skips bullets, opening brackets and lead-ins ("Đề nghị", "Giao") at {@code i}. */
  int skipLeading(ScannedText s, int i) {
    while (i < s.size()) {
      if (!s.isWord(i) && !Character.isLetterOrDigit(s.word(i).codePointAt(0))) {
        i++;
        continue;
      }
      int lead = words.leadInAt(s, i, s.size());
      if (lead == 0) {
        break;
      }
      i += lead;
    }
    return i;
  }

  /** {@code [a, b)} without joining words before it and punctuation after it. */
  int[] trim(ScannedText s, int a, int b) {
    while (a < b && (isJoiner(s, a) || !s.isWord(a) && !Character.isDigit(s.word(a).charAt(0)))) {
      a++;
    }
    while (b > a && !s.isWord(b - 1) && !s.isPunct(b - 1, ')')
        && !Character.isDigit(s.word(b - 1).charAt(0))) {
      b--;
    }
    return new int[] {a, b};
  }

  String written(ScannedText s, int a, int b) {
    return WHITESPACE.matcher(s.text.substring(s.begin(a), s.end(b - 1))).replaceAll(" ");
  }
}
