package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops printed page numbers. On paged text a candidate is the first or last non-blank line of a page that
 * holds only a number ("2", "- 2 -", "Trang 2", "2/5"); candidates go when their number follows the page
 * index with the offset most of them share (a cover page shifts it), so a lone "3" that happens to end a
 * page of a table is kept unless it matches. Numbered items ("2. Phòng Giáo dục") never match. On unpaged
 * text (DOCX, DOC) the page field of the header or footer is emitted once, as a bare number on the first
 * or last line of the whole text; it goes too.
 */
public final class PageNumberFilter implements TextFilter {
  /** A line that is only a page number: "2", "- 2 -", "– 12 –", "(3)", "Trang 4", "4/13". */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(?:[-–—(\\[]\\s*)?(?:[Tt]rang\\s+)?(\\d{1,4})(?:\\s*/\\s*\\d{1,4})?(?:\\s*[-–—)\\]])?$");

  @Override
  public PagedText apply(PagedText in) {
    List<Edit> edits = in.isPaged() ? paged(in) : unpaged(in);
    return in.apply(edits);
  }

  private static List<Edit> paged(PagedText in) {
    record Candidate(Line line, int offset) {}
    List<Candidate> candidates = new ArrayList<>();
    Map<Integer, Integer> offsets = new HashMap<>();
    for (int page = 1; page <= in.pageCount(); page++) {
      List<Line> lines = Lines.ofPage(in, page);
      int first = Lines.nextContent(lines, 0);
      int last = Lines.previousContent(lines, lines.size() - 1);
      for (int idx : first == last ? new int[] {first} : new int[] {first, last}) {
        if (idx < 0) {
          continue;
        }
        Matcher m = PAGE_NUMBER.matcher(lines.get(idx).text().strip());
        if (m.matches()) {
          int offset = Integer.parseInt(m.group(1)) - page;
          candidates.add(new Candidate(lines.get(idx), offset));
          offsets.merge(offset, 1, Integer::sum);
        }
      }
    }
    int bestOffset = 0;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
      boolean better = e.getValue() > bestCount
          || (e.getValue() == bestCount && Math.abs(e.getKey()) < Math.abs(bestOffset));
      if (better) {
        bestOffset = e.getKey();
        bestCount = e.getValue();
      }
    }
    List<Edit> edits = new ArrayList<>();
    if (bestCount >= 2 || (bestCount == 1 && bestOffset == 0)) {
      for (Candidate c : candidates) {
        if (c.offset() == bestOffset) {
          edits.add(c.line().deletion(in.text()));
        }
      }
    }
    return edits;
  }

  private static List<Edit> unpaged(PagedText in) {
    List<Line> lines = in.lines();
    int first = Lines.nextContent(lines, 0);
    int last = Lines.previousContent(lines, lines.size() - 1);
    List<Edit> edits = new ArrayList<>();
    if (first < 0 || first == last) {
      return edits;
    }
    for (int idx : new int[] {first, last}) {
      Line line = lines.get(idx);
      if (PAGE_NUMBER.matcher(line.text().strip()).matches()) {
        edits.add(line.deletion(in.text()));
      }
    }
    return edits;
  }
}
