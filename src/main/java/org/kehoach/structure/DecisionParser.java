package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.Closing;
import org.kehoach.model.DecisionPart;
import org.kehoach.model.HeaderBlock;
import org.kehoach.model.Span;
import org.kehoach.model.TitleBlock;

/**
 * Reads the decision that issues a plan: its "Căn cứ" preamble up to "QUYẾT ĐỊNH:" or the first article, its
 * articles ("Điều 1. …"), and its own recipients and signature. Immutable.
 */
final class DecisionParser {
  private final ClosingLocator closingLocator;
  private final ClosingParser closings;

  DecisionParser(ClosingLocator closingLocator, ClosingParser closings) {
    this.closingLocator = closingLocator;
    this.closings = closings;
  }

  /**
   * @param typeLine the decision's type line
   * @param from the first line after the decision's title
   * @param to the first line after the decision (the annex header or the plan title)
   */
  DecisionPart parse(LineTable lines, LineKind[] kinds, int typeLine, TitleBlock title, int from, int to,
      HeaderBlock annexHeader, SpanFactory spans) {
    int firstArticle = -1;
    int operative = -1;
    for (int i = from; i < to && firstArticle < 0; i++) {
      if (kinds[i] == LineKind.OPERATIVE && operative < 0) {
        operative = i;
      } else if (kinds[i] == LineKind.ARTICLE) {
        firstArticle = i;
      }
    }
    int closingStart = closingLocator.locate(lines, kinds, Math.max(from, firstArticle), to);
    List<Integer> articleLines = new ArrayList<>();
    for (int i = Math.max(from, firstArticle); firstArticle >= 0 && i < closingStart; i++) {
      if (kinds[i] == LineKind.ARTICLE) {
        articleLines.add(i);
      }
    }
    int preambleEnd = operative >= 0 ? operative : firstArticle >= 0 ? firstArticle : closingStart;
    List<Span> preamble = new ArrayList<>();
    for (int[] p : lines.paragraphs(from, preambleEnd)) {
      if (!isParagraph(kinds[p[0]])) {
        continue;
      }
      preamble.add(spans.of(lines.get(p[0]), lines.get(p[1])));
      markPreamble(kinds, p);
    }
    List<Span> articles = new ArrayList<>();
    for (int a = 0; a < articleLines.size(); a++) {
      int start = lines.get(articleLines.get(a)).start();
      int endLine = a + 1 < articleLines.size() ? articleLines.get(a + 1) : closingStart;
      int end = endLine < lines.size() ? lines.get(endLine).start() : spans.text().length();
      articles.add(spans.trimmed(start, end));
    }
    Closing closing = closingStart < to ? closings.parse(lines, kinds, closingStart, to, spans) : null;
    int lastLine = lines.previousNonBlank(to);
    Span span = spans.span(lines.get(typeLine).start(), Math.max(lines.get(typeLine).end(), lines.get(lastLine).end()));
    return new DecisionPart(span, title, preamble, articles, closing, annexHeader);
  }

  /** The decision's authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …") and rules are not preamble paragraphs. */
  private static boolean isParagraph(LineKind kind) {
    return kind != LineKind.SIGNER_TITLE && kind != LineKind.HEADER_ISSUER && kind != LineKind.SEPARATOR;
  }

  private static void markPreamble(LineKind[] kinds, int[] p) {
    for (int i = p[0]; i <= p[1]; i++) {
      if (kinds[i] == LineKind.BODY) {
        kinds[i] = LineKind.PREAMBLE;
      }
    }
  }
}
