package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kehoach.model.PageLocator;

/**
 * Immutable text that remembers which page every character came from. Normalisation filters never
 * rebuild the page map by hand: they describe their changes as {@link Edit}s and {@link #apply(List)}
 * carries the page boundaries through, so a span into the final text can always name its page.
 *
 * <p>A replaced range belongs to the page of its first character; an insertion exactly at a page
 * boundary belongs to the page before it. Unpaged text (DOCX, TXT …) reports {@code null} pages.
 */
public final class PagedText implements PageLocator {
  private final String text;
  /** pageStarts[i] is the offset where page i+1 begins; empty when the text is unpaged. */
  private final int[] pageStarts;
  /**
   * The lines of {@link #text}, split on first use: filters that leave the text alone pass this same object
   * on, so the next filter reads its lines without splitting again. Not part of the value; a race between
   * threads only splits twice, and the unmodifiable wrapper publishes a fully built list.
   */
  private List<Line> lines;

  private PagedText(String text, int[] pageStarts) {
    this.text = text;
    this.pageStarts = pageStarts;
  }

  /** Text without page information. */
  public static PagedText unpaged(String text) {
    return new PagedText(Objects.requireNonNull(text, "text"), new int[0]);
  }

  /** Pages joined with a line break, page 1 first. */
  public static PagedText ofPages(List<String> pages) {
    Objects.requireNonNull(pages, "pages");
    if (pages.isEmpty()) {
      return new PagedText("", new int[] {0});
    }
    StringBuilder sb = new StringBuilder();
    int[] starts = new int[pages.size()];
    for (int i = 0; i < pages.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      starts[i] = sb.length();
      sb.append(Objects.requireNonNull(pages.get(i), "page " + (i + 1)));
    }
    return new PagedText(sb.toString(), starts);
  }

  public String text() {
    return text;
  }

  /** The lines of the text, as {@link Lines#of} gives them; unmodifiable, shared by every caller. */
  List<Line> lines() {
    List<Line> l = lines;
    if (l == null) {
      l = Collections.unmodifiableList(Lines.of(text));
      lines = l;
    }
    return l;
  }

  public int length() {
    return text.length();
  }

  public boolean isPaged() {
    return pageStarts.length > 0;
  }

  /** Number of pages, 0 when unpaged. */
  public int pageCount() {
    return pageStarts.length;
  }

  /** Offset where the 1-based page begins. */
  public int pageStart(int page) {
    if (page < 1 || page > pageStarts.length) {
      throw new IllegalArgumentException("page must be in 1.." + pageStarts.length + ", got " + page);
    }
    return pageStarts[page - 1];
  }

  /** Offset just past the last character of the 1-based page. */
  public int pageEnd(int page) {
    return page == pageStarts.length ? text.length() : pageStart(page + 1);
  }

  /** The 1-based page of the character at {@code offset}, or {@code null} for unpaged text. */
  @Override
  public Integer pageAt(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset must be in 0.." + text.length() + ", got " + offset);
    }
    if (pageStarts.length == 0) {
      return null;
    }
    int i = Arrays.binarySearch(pageStarts, offset);
    if (i < 0) {
      i = -i - 2;
    } else {
      // several empty pages may start at the same offset: the character belongs to the last of them
      while (i + 1 < pageStarts.length && pageStarts[i + 1] == offset) {
        i++;
      }
    }
    return Math.max(i, 0) + 1;
  }

  /**
   * Applies non-overlapping edits (in any order) and returns the new text with page boundaries carried
   * through. Edits may touch but not overlap; two insertions at one offset keep their list order.
   */
  public PagedText apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return this;
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder out = new StringBuilder(text.length());
    int[] newStarts = pageStarts.clone();
    int boundary = 0;
    int copied = 0;
    for (Edit e : sorted) {
      if (e.end() > text.length()) {
        throw new IllegalArgumentException("edit " + e + " ends past the text length " + text.length());
      }
      if (e.start() < copied) {
        throw new IllegalArgumentException("edit " + e + " overlaps an earlier edit ending at " + copied);
      }
      boundary = mapBoundaries(newStarts, boundary, e.start(), out.length() - copied);
      out.append(text, copied, e.start());
      int editStartInOut = out.length();
      out.append(e.replacement());
      // a boundary at the start of a replaced range keeps the replacement; one inside it follows it
      while (boundary < pageStarts.length && pageStarts[boundary] < e.end()) {
        newStarts[boundary] = pageStarts[boundary] == e.start() ? editStartInOut : out.length();
        boundary++;
      }
      copied = e.end();
    }
    boundary = mapBoundaries(newStarts, boundary, text.length() + 1, out.length() - copied);
    out.append(text, copied, text.length());
    return new PagedText(out.toString(), newStarts);
  }

  /** Shifts every boundary below {@code limit} (not yet mapped) by {@code delta}; returns the next index. */
  private int mapBoundaries(int[] newStarts, int from, int limit, int delta) {
    int i = from;
    while (i < pageStarts.length && pageStarts[i] < limit) {
      newStarts[i] = pageStarts[i] + delta;
      i++;
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PagedText p && p.text.equals(text) && Arrays.equals(p.pageStarts, pageStarts);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(pageStarts);
  }

  @Override
  public String toString() {
    return "PagedText[pages=" + pageStarts.length + ", length=" + text.length() + "]";
  }
}
