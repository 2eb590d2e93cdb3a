package org.kehoach.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the reading order of the two-column header that opens a Vietnamese administrative document
 * (Nghị định 30/2020): issuer on the left and national motto on the right, then the number on the left and
 * the place and date on the right. Readers scramble it: DOCX tables come out row by row (issuer, motto,
 * number, date), PDF text merges cells that share a baseline ("HUYỆN X CỘNG HÒA XÃ HỘI …", "Số: …/KH-UBND
 * Hồng Ngự, ngày …"). This filter splits such merged lines and rewrites the header as: issuer lines, the
 * "Số:" line (and a "V/v" subject line), the motto lines, the place-date line. Rules under the cells
 * ("-------") are dropped. A document without motto and number is left alone, and so is a header already
 * in that order.
 */
public final class HeaderBlockFilter implements TextFilter {
  /** How far into the document the header may reach, in non-blank lines. */
  private static final int MAX_HEADER_LINES = 14;
  private static final int MAX_ISSUER_CHARS = 80;

  /** First motto line, folded: "cong hoa xa hoi chu nghia viet nam". */
  private static final Pattern MOTTO_1 = Pattern.compile("cong hoa xa hoi chu nghia viet nam");

  /** Second motto line, folded: "doc lap - tu do - hanh phuc". */
  private static final Pattern MOTTO_2 = Pattern.compile("doc lap\\s*[-–—]\\s*tu do\\s*[-–—]\\s*hanh phuc");

  /**
   * A place-date cell glued after the number or subject cell: "… /KH-UBND Hồng Ngự, ngày …", "V/v … Hà
   * Nội, ngày …" (group 1 starts the place).
   */
  private static final Pattern INLINE_PLACE_DATE =
      Pattern.compile("\\s(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,4}),\\s*ngày\\b");

  /** A rule drawn under a header cell: "-------", "___", "——". */
  private static final Pattern RULE = Pattern.compile("^[-_=–—.*\\s]{3,}$");

  private enum Kind { ISSUER, NUMBER, SUBJECT, MOTTO, PLACE_DATE, RULE }

  private record Part(Kind kind, String text) {}

  private final Set<String> documentTypes;

  public HeaderBlockFilter() {
    this.documentTypes = Set.copyOf(WordLists.lines("document-types.txt"));
  }

  @Override
  public PagedText apply(PagedText in) {
    String s = in.text();
    List<Line> lines = Lines.head(s, MAX_HEADER_LINES + 1);
    List<Part> parts = new ArrayList<>();
    List<String> original = new ArrayList<>();
    boolean anchored = false;
    boolean numberOrDateSeen = false;
    int firstLine = -1;
    int lastLine = -1;
    int seen = 0;
    for (Line line : lines) {
      if (line.blank()) {
        continue;
      }
      if (++seen > MAX_HEADER_LINES) {
        break;
      }
      List<Part> split = classify(line.text().strip(), numberOrDateSeen);
      if (split.isEmpty()) {
        break;
      }
      for (Part p : split) {
        anchored |= p.kind() == Kind.MOTTO || p.kind() == Kind.NUMBER;
        numberOrDateSeen |= p.kind() == Kind.NUMBER || p.kind() == Kind.PLACE_DATE;
      }
      parts.addAll(split);
      original.add(line.text().strip());
      firstLine = firstLine < 0 ? line.index() : firstLine;
      lastLine = line.index();
      if (split.get(split.size() - 1).kind() == Kind.PLACE_DATE) {
        break;
      }
    }
    if (!anchored) {
      return in;
    }
    List<String> ordered = new ArrayList<>();
    for (Kind k : new Kind[] {Kind.ISSUER, Kind.NUMBER, Kind.MOTTO, Kind.PLACE_DATE}) {
      for (Part p : parts) {
        boolean take = p.kind() == k || (k == Kind.NUMBER && p.kind() == Kind.SUBJECT);
        if (take) {
          ordered.add(p.text());
        }
      }
    }
    if (ordered.equals(original)) {
      return in;
    }
    Edit edit = new Edit(lines.get(firstLine).start(), lines.get(lastLine).end(), String.join("\n", ordered));
    return in.apply(List.of(edit));
  }

  /** The header parts of one line, split where two cells were merged; empty when the line is not header. */
  private List<Part> classify(String line, boolean numberOrDateSeen) {
    List<Part> out = new ArrayList<>();
    String folded = LineShapes.foldInPlace(line);
    for (Pattern motto : new Pattern[] {MOTTO_1, MOTTO_2}) {
      Matcher m = motto.matcher(folded);
      if (m.find()) {
        String before = line.substring(0, m.start()).strip();
        String after = line.substring(m.end()).strip();
        if (!before.isEmpty()) {
          List<Part> head = classify(before, numberOrDateSeen);
          if (head.isEmpty()) {
            return List.of();
          }
          out.addAll(head);
        }
        out.add(new Part(Kind.MOTTO, line.substring(m.start(), m.end())));
        if (!after.isEmpty() && !RULE.matcher(after).matches()) {
          return List.of();
        }
        return out;
      }
    }
    if (RULE.matcher(line).matches()) {
      return List.of(new Part(Kind.RULE, line));
    }
    boolean number = LineShapes.NUMBER_LINE.matcher(line).find();
    boolean subject = LineShapes.SUBJECT_LINE.matcher(line).find();
    if (number || subject) {
      Kind kind = number ? Kind.NUMBER : Kind.SUBJECT;
      Matcher m = INLINE_PLACE_DATE.matcher(line);
      if (m.find()) {
        out.add(new Part(kind, line.substring(0, m.start(1)).strip()));
        out.add(new Part(Kind.PLACE_DATE, line.substring(m.start(1)).strip()));
        return out;
      }
      return List.of(new Part(kind, line));
    }
    if (LineShapes.PLACE_DATE.matcher(line).find()) {
      return List.of(new Part(Kind.PLACE_DATE, line));
    }
    boolean issuer = !numberOrDateSeen
        && line.length() <= MAX_ISSUER_CHARS
        && LineShapes.inCapitals(line)
        && !documentTypes.contains(line.toUpperCase(Locale.ROOT).replaceAll("[.:]+$", ""));
    return issuer ? List.of(new Part(Kind.ISSUER, line)) : List.of();
  }
}
