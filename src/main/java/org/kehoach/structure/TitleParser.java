package org.kehoach.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kehoach.model.DocType;
import org.kehoach.model.Span;
import org.kehoach.model.TitleBlock;

/**
 * Reads the title under a document type line: the rest of the type line, or the lines below it, until a
 * blank line, a preamble opener ("Căn cứ", "Thực hiện" — except as the first title line), a rule, a header or
 * signature line, a numbered line or a long body line; then an optional annex note "(Ban hành kèm theo …)".
 * Immutable.
 */
final class TitleParser {
  /** Titles are short: more lines than this are body text. */
  private static final int MAX_TITLE_LINES = 5;
  /** A title line longer than this is a body paragraph. */
  private static final int MAX_TITLE_LINE_LENGTH = 220;
  /** A title line below the first that starts with a capital is at most this long. */
  private static final int MAX_CAPITALISED_CONTINUATION = 120;
  /** Lines that can never be part of a title. */
  private static final Set<LineKind> STOPS =
      EnumSet.of(
          LineKind.SEPARATOR,
          LineKind.HEADER_ISSUER,
          LineKind.MOTTO,
          LineKind.NUMBER,
          LineKind.PLACE_DATE,
          LineKind.DOC_TYPE,
          LineKind.OPERATIVE,
          LineKind.ARTICLE,
          LineKind.CLOSING,
          LineKind.RECIPIENTS_HEADING,
          LineKind.SIGNATURE_AUTHORITY,
          LineKind.SIGNER_TITLE);

  /**
   * A parsed title block.
   *
   * @param block the title block
   * @param next the first line after the block
   */
  record Result(TitleBlock block, int next) {}

  private final ItemMarkerParser markers;

  TitleParser(ItemMarkerParser markers) {
    this.markers = markers;
  }

  Result parse(LineTable lines, LineKind[] kinds, int typeLine, SpanFactory spans) {
    Line type = lines.get(typeLine);
    DocType docType = LineClassifier.docType(type.text());
    String word = docType == DocType.PLAN ? "KẾHOẠCH" : "QUYẾTĐỊNH";
    int wordEnd = type.start() + LineClassifier.typeWordEnd(type.text(), word);
    Span typeWord = spans.span(type.start(), wordEnd);
    List<Span> titleLines = new ArrayList<>();
    Span rest = spans.trimmed(wordEnd, type.end());
    if (rest.length() > 0) {
      titleLines.add(rest);
    }
    int i = typeLine + 1;
    if (titleLines.isEmpty()) {
      int first = lines.nextNonBlank(i);
      if (first < lines.size() && first - i <= 2 && canOpenTitle(lines.get(first), kinds[first])) {
        titleLines.add(spans.of(lines.get(first)));
        kinds[first] = LineKind.TITLE;
        i = first + 1;
      }
    }
    while (!titleLines.isEmpty() && i < lines.size() && titleLines.size() < MAX_TITLE_LINES) {
      // PDF and DOC extraction may put a blank line inside a title; a lower-case line after it goes on
      int j = lines.get(i).isBlank() && i + 1 < lines.size() && TextShape.startsLowerCase(lines.get(i + 1).text())
          ? i + 1 : i;
      if (!continuesTitle(lines, kinds, j)) {
        break;
      }
      titleLines.add(spans.of(lines.get(j)));
      kinds[j] = LineKind.TITLE;
      i = j + 1;
    }
    Span note = null;
    int n = skipRules(lines, kinds, i);
    if (n < lines.size() && isAnnexNote(lines.get(n))) {
      int last = n;
      while (last + 1 < lines.size() && last - n < 3 && !lines.get(last).text().contains(")")
          && !lines.get(last + 1).isBlank()) {
        last++;
      }
      note = spans.of(lines.get(n), lines.get(last));
      for (int k = n; k <= last; k++) {
        kinds[k] = LineKind.TITLE_NOTE;
      }
      i = last + 1;
    }
    Span title = titleLines.isEmpty()
        ? null
        : spans.span(titleLines.get(0).start(), titleLines.get(titleLines.size() - 1).end());
    return new Result(new TitleBlock(docType, typeWord, title, titleLines, note), i);
  }

  private boolean canOpenTitle(Line line, LineKind kind) {
    if (STOPS.contains(kind) || line.text().length() > MAX_TITLE_LINE_LENGTH || isAnnexNote(line)) {
      return false;
    }
    boolean basis = kind == LineKind.PREAMBLE && Lexicon.startsWithWord(line.key(), "can cu");
    return !basis && !looksNumbered(line);
  }

  private boolean continuesTitle(LineTable lines, LineKind[] kinds, int i) {
    Line line = lines.get(i);
    Line prev = lines.get(lines.previousNonBlank(i));
    if (kinds[i] == LineKind.DOC_TYPE && announcesAPlan(prev)) {
      return true;
    }
    if (line.isBlank() || STOPS.contains(kinds[i]) || kinds[i] == LineKind.PREAMBLE || kinds[i] == LineKind.BOILERPLATE) {
      return false;
    }
    if (line.text().length() > MAX_TITLE_LINE_LENGTH || isAnnexNote(line) || looksNumbered(line)) {
      return false;
    }
    if (TextShape.endsTerminal(prev.text()) && !TextShape.startsLowerCase(line.text())) {
      return false;
    }
    // a title never ends with ";" or ":" and a capitalised long line is a preamble sentence run on under it
    String t = line.text();
    if (t.endsWith(";") || t.endsWith(":")
        || (!TextShape.startsLowerCase(t) && t.length() > MAX_CAPITALISED_CONTINUATION)) {
      return false;
    }
    int width = lines.wrapWidth();
    if (width > 0 && line.physicalLength() >= width * 9 / 10 && !TextShape.startsLowerCase(line.text())) {
      return false;
    }
    // a capitals line under a sentence-case title is an authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN …")
    return TextShape.isCapitals(line.text()) == TextShape.isCapitals(prev.text()) || TextShape.startsLowerCase(line.text());
  }

  /** "QUYẾT ĐỊNH / BAN HÀNH / KẾ HOẠCH …": the plan's name is part of the decision's title. */
  private static boolean announcesAPlan(Line previousTitleLine) {
    String key = previousTitleLine.key();
    return key.endsWith("ban hanh") || key.endsWith("phe duyet") || key.endsWith("ve viec");
  }

  private boolean looksNumbered(Line line) {
    return markers.parse(line.text()) != null || HeadingPatterns.romanHeading(line.text()) != null;
  }

  private static int skipRules(LineTable lines, LineKind[] kinds, int from) {
    int i = from;
    while (i < lines.size() && (lines.get(i).isBlank() || kinds[i] == LineKind.SEPARATOR) && i - from < 4) {
      i++;
    }
    return i;
  }

  /** "(Ban hành kèm theo Quyết định số …)" under an annexed plan's title. */
  private static boolean isAnnexNote(Line line) {
    return line.text().startsWith("(") && (line.key().contains("kem theo") || line.key().startsWith("ban hanh"));
  }
}
