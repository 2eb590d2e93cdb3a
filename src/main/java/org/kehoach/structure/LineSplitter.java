package org.kehoach.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text into {@link Line}s. Besides line breaks it separates the table cells that readers glue onto
 * one line: tab-separated cells (DOCX tables) and, at a few unambiguous places, cells a PDF put on one baseline
 * (motto after the issuer, place-date after the number, an authority line after a recipient). Stateless.
 */
final class LineSplitter {
  /** The national name glued after another header cell. Example: "HUYỆN HỒNG NGỰ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  private static final Pattern MOTTO_INSIDE =
      Pattern.compile("(?<=\\S)[ \\u00A0]+(?=CỘNG\\s{1,4}H(?:ÒA|OÀ)\\s{1,4}XÃ\\s{1,4}HỘI)");

  /** The motto glued after another header cell. Example: "HỒNG NGỰ Độc lập - Tự do - Hạnh phúc". */
  private static final Pattern SLOGAN_INSIDE =
      Pattern.compile(
          "(?<=\\S)[ \\u00A0]+(?=Độc\\s{1,4}lập\\s{0,3}[-–—]\\s{0,3}Tự\\s{1,4}do)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A place-date cell after the number or the motto. Example: "Số: 12/KH-UBND Hồng Ngự, ngày 3 tháng 2 năm 2020". */
  private static final Pattern PLACE_DATE_INSIDE =
      Pattern.compile("(?<=\\S)[ \\u00A0]+(?=\\p{Lu}[\\p{L}.]{0,12}(?:[ \\u00A0]{1,3}\\p{Lu}[\\p{L}.]{0,12}){0,5},\\s{0,3}ngày[\\s.…_\\d])");

  /** Cells that may carry a place-date after them: the number line and the motto. Example: "Số: 43 /KH-UBND". */
  private static final Pattern PLACE_DATE_HOST =
      Pattern.compile("^(?:Số|Độc\\s{1,4}lập)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A signature authority glued after a recipient or "Nơi nhận:". Example: "- Sở Y tế; KT. CHỦ TỊCH". */
  private static final Pattern AUTHORITY_INSIDE =
      Pattern.compile("(?<=[;:.,])[ \\u00A0]+(?=(?:TM|KT|TL|TUQ|Q)\\.\\s{0,2}\\p{Lu}{2})");

  /** "Nơi nhận:" glued after the closing statement. Example: "… thực hiện./. Nơi nhận:". */
  private static final Pattern RECIPIENTS_INSIDE = Pattern.compile("(?<=\\S)[ \\u00A0]+(?=Nơi\\s{1,3}nhận\\s{0,2}:)");

  /**
   * The glued-cell patterns. Each match holds a character sequence ({@link #mayHold}): most cells hold none,
   * and one pass over the cell spares them every pattern.
   */
  private static final List<Pattern> GLUED_CELLS =
      List.of(MOTTO_INSIDE, SLOGAN_INSIDE, AUTHORITY_INSIDE, RECIPIENTS_INSIDE);

  LineTable split(String text) {
    List<Line> lines = new ArrayList<>();
    int pos = 0;
    boolean blankBefore = true;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      List<int[]> cells = cells(text, pos, lineEnd);
      int physicalLength = physicalLength(text, pos, lineEnd);
      if (cells.isEmpty()) {
        lines.add(new Line(lines.size(), pos, pos, "", "", true, blankBefore, 0));
        blankBefore = true;
      } else {
        boolean first = true;
        for (int[] c : cells) {
          String t = text.substring(c[0], c[1]);
          lines.add(new Line(lines.size(), c[0], c[1], t, TextShape.key(t), first, blankBefore, physicalLength));
          first = false;
        }
        blankBefore = false;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return new LineTable(text, lines);
  }

  /**
   * Trimmed, non-empty cells of one physical line as {start, end} pairs; runs of tabs separate cells. The walk
   * that looks for the next tab also notes which glued-cell patterns the cell may hold ({@link #holds}), so
   * each character is read once.
   */
  private static List<int[]> cells(String text, int from, int to) {
    List<int[]> out = new ArrayList<>(2);
    int cellStart = from;
    while (true) {
      long scan = scanCell(text, cellStart, to);
      int tab = (int) scan;
      splitGlued(text, cellStart, tab, (int) (scan >>> 32), out);
      if (tab == to) {
        return out;
      }
      cellStart = tab + 1;
      while (cellStart < to && text.charAt(cellStart) == '\t') {
        cellStart++;
      }
    }
  }

  /**
   * Walks from {@code from} to the next tab or {@code lineEnd}, whichever comes first, and says where it
   * stopped (low 32 bits) and, above them, what {@link #mayHold} answers for the trimmed cell before it: one
   * read of each character instead of two.
   */
  static long scanCell(String text, int from, int lineEnd) {
    int i = from;
    int candidates = 0;
    char c;
    while (i < lineEnd && (c = text.charAt(i)) != '\t') {
      candidates |= holds(text, c, i, from, lineEnd);
      i++;
    }
    return (long) candidates << 32 | i;
  }

  /**
   * Splits the cell {@code text[from, to)} where glued cells start; {@code candidates} says which of {@link
   * #GLUED_CELLS} may match in it, as {@link #mayHold} answers for the cell.
   */
  private static void splitGlued(String text, int from, int to, int candidates, List<int[]> out) {
    int[] cell = trim(text, from, to);
    if (cell == null) {
      return;
    }
    int[] cuts = null;
    int count = 0;
    for (int g = 0; g < GLUED_CELLS.size(); g++) {
      if ((candidates & 1 << g) == 0) {
        continue;
      }
      Matcher m = GLUED_CELLS.get(g).matcher(text).region(cell[0], cell[1]);
      while (m.find()) {
        if (cuts == null) {
          cuts = new int[4];
        } else if (count == cuts.length) {
          cuts = Arrays.copyOf(cuts, count * 2);
        }
        cuts[count++] = m.start();
      }
    }
    int s = cell[0];
    if (cuts != null) {
      Arrays.sort(cuts, 0, count);
      for (int i = 0; i < count; i++) {
        if (i > 0 && cuts[i] == cuts[i - 1]) {
          continue;
        }
        addWithPlaceDate(text, s, cuts[i], out);
        s = cuts[i];
      }
    }
    addWithPlaceDate(text, s, cell[1], out);
  }

  /**
   * Which of {@link #GLUED_CELLS} may match in {@code text[from, to)}, as bit i for pattern i: the range holds
   * "CỘNG" (the national name), "độc" in any case (the motto), "M.", "T.", "L." or "Q." (as the authorities
   * "TM.", "KT.", "TL.", "TUQ.", "Q." end), or "Nơi" (the recipients heading). One pass for all four.
   */
  static int mayHold(String text, int from, int to) {
    int found = 0;
    for (int i = from; i < to; i++) {
      found |= holds(text, text.charAt(i), i, from, to);
    }
    return found;
  }

  /**
   * What {@link #mayHold} learns from the character {@code c} at {@code i} of {@code text[from, to)}. The
   * sequences looked for hold no space and no tab, so {@code to} may also be the end of the physical line the
   * range is part of when the range ends at a tab or trailing spaces: the answer is the same.
   */
  private static int holds(String text, char c, int i, int from, int to) {
    if (c == 'C' && i + 4 <= to && text.startsWith("CỘNG", i)) {
      return 1;
    } else if ((c == 'Đ' || c == 'đ') && i + 2 < to && Character.toLowerCase(text.charAt(i + 1)) == 'ộ'
        && Character.toLowerCase(text.charAt(i + 2)) == 'c') {
      return 2;
    } else if (c == '.' && i > from && "MTLQ".indexOf(text.charAt(i - 1)) >= 0) {
      return 4;
    } else if (c == 'N' && i + 3 <= to && text.startsWith("Nơi", i)) {
      return 8;
    }
    return 0;
  }

  private static void addWithPlaceDate(String text, int from, int to, List<int[]> out) {
    int[] cell = trim(text, from, to);
    if (cell == null) {
      return;
    }
    // the host pattern starts with "Số" or "Độc" in any case: other cells skip its matcher
    char first = text.charAt(cell[0]);
    if ((TextShape.foldsTo(first, 's') || TextShape.foldsTo(first, 'đ'))
        && PLACE_DATE_HOST.matcher(text).region(cell[0], cell[1]).lookingAt()) {
      Matcher m = PLACE_DATE_INSIDE.matcher(text).region(cell[0], cell[1]);
      if (m.find()) {
        out.add(trim(text, cell[0], m.start()));
        out.add(trim(text, m.end(), cell[1]));
        return;
      }
    }
    out.add(cell);
  }

  /** {@code text[from, to)} without its surrounding spaces and CRs, as {start, end}; null when nothing is left. */
  static int[] trim(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && (TextShape.isSpace(text.charAt(s)) || text.charAt(s) == '\r')) {
      s++;
    }
    while (e > s && (TextShape.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '\r')) {
      e--;
    }
    return s < e ? new int[] {s, e} : null;
  }

  private static int physicalLength(String text, int from, int to) {
    int[] t = trim(text, from, to);
    return t == null ? 0 : t[1] - t[0];
  }
}
