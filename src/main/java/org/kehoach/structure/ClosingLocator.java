package org.kehoach.structure;

/**
 * Finds where the closing part begins: the first closing statement ("Trên đây là …"), "Nơi nhận:", signature
 * authority, or signer title with a name under it, after the body start. When the first one found is not a statement, a paragraph just before it that
 * ends the text with "./." is the closing statement and the closing part starts there — unless it is the only
 * content of a heading or a labelled item ("IV. TỔ CHỨC THỰC HIỆN" / "Giao Sở … thực hiện./."), which keeps it.
 * Without any marker, a final "./." paragraph alone opens the closing part. Immutable.
 */
final class ClosingLocator {
  private final ItemMarkerParser markers;

  ClosingLocator(ItemMarkerParser markers) {
    this.markers = markers;
  }

  /** The first line of the closing part, or {@code lines.size()} when there is none. */
  int locate(LineTable lines, LineKind[] kinds, int from) {
    return locate(lines, kinds, from, lines.size());
  }

  /** The first line of the closing part among lines {@code [from, to)}, or {@code to} when there is none. */
  int locate(LineTable lines, LineKind[] kinds, int from, int to) {
    for (int i = from; i < to; i++) {
      LineKind k = kinds[i];
      if (k == LineKind.CLOSING) {
        return i;
      }
      if (k == LineKind.RECIPIENTS_HEADING || k == LineKind.SIGNATURE_AUTHORITY
          || (k == LineKind.SIGNER_TITLE && nameBelow(lines, kinds, i))) {
        int p = lines.previousNonBlank(i);
        int statement = p >= from ? endOfTextParagraph(lines, kinds, p, from) : -1;
        return statement >= 0 ? statement : i;
      }
    }
    int p = lines.previousNonBlank(to);
    int statement = p >= from ? endOfTextParagraph(lines, kinds, p, from) : -1;
    return statement >= 0 ? statement : to;
  }

  /** A signer title opens the closing part only with a personal name (or "Đã ký") at most three lines below. */
  private static boolean nameBelow(LineTable lines, LineKind[] kinds, int title) {
    int seen = 0;
    for (int i = title + 1; i < lines.size() && seen < 3; i++) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      seen++;
      if (ClosingParser.isName(l.text(), kinds[i]) || ClosingParser.isSignedMark(l)) {
        return true;
      }
    }
    return false;
  }

  /** The first line of the paragraph ending at {@code last} when it ends with "/." and is plain text, else -1. */
  private int endOfTextParagraph(LineTable lines, LineKind[] kinds, int last, int from) {
    if (!lines.get(last).text().endsWith("/.")) {
      return -1;
    }
    int first = last;
    while (first > from && lines.wrapsFromPrevious(first)) {
      first--;
    }
    String t = lines.get(first).text();
    int above = lines.previousNonBlank(first);
    boolean underHeading = above >= 0 && isHeadingLike(lines.get(above).text());
    boolean article = kinds[first] == LineKind.ARTICLE;
    return !underHeading && !article && !isNumbered(t) ? first : -1;
  }

  private boolean isNumbered(String t) {
    return markers.parse(t) != null || HeadingPatterns.romanHeading(t) != null
        || HeadingPatterns.arabicHeading(t) != null;
  }

  /** A heading or a label line that introduces the paragraph under it. */
  private boolean isHeadingLike(String t) {
    return t.endsWith(":") || HeadingPatterns.romanHeading(t) != null || HeadingPatterns.partHeading(t) != null
        || HeadingPatterns.letterHeading(t) != null
        || (TextShape.isCapitals(t) && TextShape.wordsAtMost(t, 12));
  }
}
