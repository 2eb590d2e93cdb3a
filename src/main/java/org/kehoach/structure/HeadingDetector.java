package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.SectionKind;
import org.kehoach.structure.HeadingPatterns.Numbered;
import org.kehoach.structure.HeadingPatterns.Style;

/**
 * Finds the top-level headings of a plan body. The numbering level is chosen for the whole body: Roman
 * numerals when there are any; else one-level Arabic numbers that name a known section kind (or are in capitals)
 * and run in sequence; else unnumbered capital lines that name a known section kind. Part headings ("PHẦN I")
 * and capital-letter headings ("A. …") are top-level in every mode. Duplicated or skipped numbers are kept.
 * Immutable.
 */
final class HeadingDetector {
  /** A heading has at most this many words before any same-line content. */
  private static final int MAX_HEADING_WORDS = 20;
  /** An unnumbered heading is short. */
  private static final int MAX_UNNUMBERED_WORDS = 12;

  private final SectionKindClassifier kinds;

  HeadingDetector(SectionKindClassifier kinds) {
    this.kinds = kinds;
  }

  /** The top-level headings among lines {@code [from, to)}, in order. */
  List<Heading> detect(LineTable lines, int from, int to) {
    List<Heading> roman = new ArrayList<>();
    List<Heading> always = new ArrayList<>();
    List<Heading> arabic = new ArrayList<>();
    List<Heading> unnumbered = new ArrayList<>();
    int expected = 1;
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.isBlank() || lines.wrapsFromPrevious(i)) {
        continue;
      }
      String t = line.text();
      Numbered n = HeadingPatterns.romanHeading(t);
      if (n != null) {
        roman.add(heading(line, n));
        continue;
      }
      n = HeadingPatterns.partHeading(t);
      if (n == null) {
        n = HeadingPatterns.letterHeading(t);
      }
      if (n != null) {
        always.add(heading(line, n));
        continue;
      }
      n = HeadingPatterns.arabicHeading(t);
      if (n != null) {
        // most Arabic-numbered lines are items: the cut and the shape reject them before any classification
        Span span = span(line, n);
        SectionKind current = arabic.isEmpty() ? null : arabic.get(arabic.size() - 1).kind();
        SectionKind kind = arabicHeadingKind(span, n.value(), expected, current);
        if (kind != null) {
          arabic.add(heading(line, n, span, kind));
          expected = n.value() + 1;
        }
        continue;
      }
      if (TextShape.isCapitals(t) && TextShape.wordsAtMost(t, MAX_UNNUMBERED_WORDS)) {
        SectionKind k = kinds.matchKey(line.key());
        if (k != null && k != SectionKind.OTHER) {
          unnumbered.add(heading(line, new Numbered(null, 0, Style.NONE, 0)));
        }
      }
    }
    List<Heading> chosen = new ArrayList<>(always);
    if (!roman.isEmpty() && (roman.size() >= 2 || roman.get(0).value() <= 2)) {
      chosen.addAll(roman);
    } else if (arabic.size() >= 2) {
      chosen.addAll(arabic);
    } else if (always.isEmpty()) {
      chosen.addAll(unnumbered);
    }
    chosen.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return chosen;
  }

  /**
   * The kind of an Arabic-numbered line that is a top-level heading, {@code null} when it is not one: it is
   * short, in sequence, and either in capitals or naming a section kind other than the current section's:
   * "2. Mục tiêu cụ thể" under "1. MỤC TIÊU" is an item. Only capitals may repeat the previous number. The
   * text is classified only once the cheaper tests leave it a candidate.
   */
  private SectionKind arabicHeadingKind(Span span, int value, int expected, SectionKind current) {
    String text = span.text();
    if (value < 1 || !TextShape.wordsAtMost(text, MAX_UNNUMBERED_WORDS)) {
      return null;
    }
    if (TextShape.isCapitals(text)) {
      return value >= expected - 1 && value <= expected + 1 ? kinds.classify(text) : null;
    }
    if (value != expected && value != expected + 1) {
      return null;
    }
    // the heading's kind is read from this same text: OTHER when no row names it
    SectionKind named = kinds.classify(text);
    boolean newKind = named != SectionKind.OTHER && named != current;
    return newKind ? named : null;
  }

  /** Cuts the heading text from the rest of its line: at a colon, where capitals end, or at a full stop. */
  private Heading heading(Line line, Numbered n) {
    Span span = span(line, n);
    return heading(line, n, span, kinds.classify(span.text()));
  }

  private static Heading heading(Line line, Numbered n, Span span, SectionKind kind) {
    int base = line.start();
    return new Heading(line.index(), n.number(), n.value(), n.style(), base, base + n.restStart(),
        base + span.textEnd(), span.bodyStart() < 0 ? line.end() : base + span.bodyStart(), kind);
  }

  /** Where the heading text of a numbered line ends, and where its same-line content starts (-1: none). */
  private static Span span(Line line, Numbered n) {
    String t = line.text();
    int restStart = n.restStart();
    int restEnd = t.length();
    int cut = contentCut(t, restStart);
    int textEnd = cut < 0 ? restEnd : cut;
    while (textEnd > restStart && isTrailing(t.charAt(textEnd - 1))) {
      textEnd--;
    }
    int bodyStart = cut < 0 ? restEnd : cut;
    while (bodyStart < restEnd && isTrailing(t.charAt(bodyStart))) {
      bodyStart++;
    }
    return new Span(t.substring(restStart, textEnd), textEnd, cut < 0 ? -1 : bodyStart);
  }

  /**
   * The heading part of a numbered line, offsets relative to the line.
   *
   * @param text the heading text
   * @param textEnd where it ends
   * @param bodyStart where same-line content starts, -1 when the whole rest is the heading
   */
  private record Span(String text, int textEnd, int bodyStart) {}

  /** Where same-line content starts after the heading text, or -1 when the whole rest is the heading. */
  static int contentCut(String t, int from) {
    int colon = t.indexOf(':', from);
    int capitalsEnd = capitalsRunEnd(t, from);
    // "KINH PHÍ THỰC HIỆN Ngân sách …: 684.000.000đ": the capitals end before the colon of the content
    if (capitalsEnd > 0 && (colon < 0 || capitalsEnd < colon)) {
      return capitalsEnd;
    }
    if (colon > from && colon < t.length() - 1 && TextShape.wordsAtMost(t.substring(from, colon), MAX_HEADING_WORDS)) {
      return colon;
    }
    int stop = t.indexOf(". ", from);
    if (stop > from && stop + 2 < t.length() && Character.isUpperCase(t.charAt(stop + 2))
        && TextShape.wordsAtMost(t.substring(from, stop), MAX_HEADING_WORDS)) {
      return stop;
    }
    return -1;
  }

  /**
   * The offset where a run of two or more capital words ends and a mixed-case word starts ("KINH PHÍ Từ
   * nguồn …"), or -1.
   */
  private static int capitalsRunEnd(String t, int from) {
    int i = from;
    int capitalWords = 0;
    while (i < t.length()) {
      while (i < t.length() && TextShape.isSpace(t.charAt(i))) {
        i++;
      }
      int ws = i;
      while (i < t.length() && !TextShape.isSpace(t.charAt(i))) {
        i++;
      }
      if (ws == i) {
        break;
      }
      String word = t.substring(ws, i);
      double share = TextShape.upperShare(word);
      boolean hasLetters = word.chars().anyMatch(Character::isLetter);
      if (!hasLetters || share == 1.0) {
        capitalWords += hasLetters ? 1 : 0;
        continue;
      }
      return capitalWords >= 2 && Character.isUpperCase(word.codePointAt(0)) ? ws : -1;
    }
    return -1;
  }

  private static boolean isTrailing(char c) {
    return c == '.' || c == ':' || c == ';' || c == ',' || c == '-' || c == '–' || TextShape.isSpace(c);
  }
}
