package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers and footers: a line among the first or last {@value #ZONE} non-blank lines of a
 * page that recurs there, digits aside, on at least half of the pages (and on three at least), and never
 * occurs in the body of a page. List items are never taken for headers, even when a repeated item ("-
 * Thời gian thực hiện: Thường xuyên.") happens to open several pages. Unpaged text is returned unchanged.
 */
public final class RunningHeaderFilter implements TextFilter {
  private static final int ZONE = 2;
  private static final int MIN_PAGES = 3;
  /** A run of digits, which a key replaces with "#": "Trang 12" and "Trang 3" share one key. */
  static final Pattern DIGITS = Pattern.compile("\\d+");
  /** A run of spaces, which a key replaces with one space. */
  static final Pattern SPACES = Pattern.compile("\\s+");

  @Override
  public PagedText apply(PagedText in) {
    if (in.pageCount() < MIN_PAGES) {
      return in;
    }
    List<List<Line>> pages = new ArrayList<>();
    List<List<Line>> zones = new ArrayList<>();
    Map<String, Integer> pagesWithKey = new HashMap<>();
    for (int page = 1; page <= in.pageCount(); page++) {
      List<Line> lines = Lines.ofPage(in, page);
      List<Line> zone = zone(lines);
      pages.add(lines);
      zones.add(zone);
      Set<String> seen = new HashSet<>();
      for (Line l : zone) {
        String k = key(l.text());
        if (seen.add(k)) {
          pagesWithKey.merge(k, 1, Integer::sum);
        }
      }
    }
    int needed = Math.max(MIN_PAGES, (in.pageCount() + 1) / 2);
    if (pagesWithKey.values().stream().noneMatch(count -> count >= needed)) {
      return in; // no line recurs on enough pages: the body need not be read
    }
    // only recurring keys are looked up among the body's: a line whose key must be longer than all of them is
    // not keyed (most body lines)
    int longest = 0;
    for (Map.Entry<String, Integer> e : pagesWithKey.entrySet()) {
      longest = e.getValue() >= needed ? Math.max(longest, e.getKey().length()) : longest;
    }
    Set<String> bodyKeys = new HashSet<>();
    for (int page = 0; page < pages.size(); page++) {
      for (Line l : pages.get(page)) {
        if (!l.blank() && !zones.get(page).contains(l) && !keyLongerThan(l.text(), longest)) {
          bodyKeys.add(key(l.text()));
        }
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (List<Line> zone : zones) {
      for (Line l : zone) {
        String k = key(l.text());
        if (pagesWithKey.get(k) >= needed && !bodyKeys.contains(k) && !LineShapes.startsBlock(l.text())) {
          edits.add(l.deletion(in.text()));
        }
      }
    }
    return in.apply(edits);
  }

  private static List<Line> zone(List<Line> lines) {
    List<Line> content = new ArrayList<>();
    for (Line l : lines) {
      if (!l.blank()) {
        content.add(l);
      }
    }
    if (content.size() <= 2 * ZONE) {
      return content;
    }
    List<Line> zone = new ArrayList<>(content.subList(0, ZONE));
    zone.addAll(content.subList(content.size() - ZONE, content.size()));
    return zone;
  }

  /**
   * Lines that differ only in their digits and spacing (page numbers, dates) count as the same: each run of
   * digits becomes "#" and each run of spaces one space, as {@link #DIGITS} and {@link #SPACES} say, in one
   * pass.
   */
  static String key(String line) {
    String s = line.strip();
    StringBuilder sb = new StringBuilder(s.length());
    char previous = 'x';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        if (!isDigit(previous)) {
          sb.append('#');
        }
      } else if (isSpace(c)) {
        if (!isSpace(previous)) {
          sb.append(' ');
        }
      } else {
        sb.append(c);
      }
      previous = c;
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * True when {@code key(line)} is surely longer than {@code max} characters: the line holds more than {@code
   * max} code points that are neither digits nor whitespace. Each of them lies inside the stripped line, is
   * copied into the key on its own, and lower-casing turns a code point into one or more, never none.
   */
  static boolean keyLongerThan(String line, int max) {
    int kept = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (!(cp >= '0' && cp <= '9') && !Character.isWhitespace(cp) && ++kept > max) {
        return true;
      }
    }
    return false;
  }

  /** What {@code \\d} matches. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code \\s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
