package org.kehoach.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kehoach.model.DecisionPart;
import org.kehoach.model.DocType;
import org.kehoach.model.HeaderBlock;
import org.kehoach.model.Span;
import org.kehoach.model.StructureWarning;
import org.kehoach.model.TitleBlock;

/**
 * Reads everything before the plan body: picks the document type line the document really starts with, walks
 * up from it for the header block (what lies above the header is boilerplate), reads the title, and when the
 * document is a decision, the decision and the annexed plan's header and title after it. Immutable.
 */
final class FrontMatterParser {
  /** A header line this close above a type line shows it is the document's own. */
  private static final int HEADER_REACH = 15;
  /** A preamble, heading or article this close below a type line shows it is the document's own. */
  private static final int BODY_REACH = 40;
  private static final Set<LineKind> HEADER_KINDS =
      EnumSet.of(LineKind.HEADER_ISSUER, LineKind.MOTTO, LineKind.NUMBER, LineKind.PLACE_DATE);
  private static final Set<LineKind> BODY_EVIDENCE =
      EnumSet.of(LineKind.PREAMBLE, LineKind.OPERATIVE, LineKind.ARTICLE);

  /**
   * What precedes the plan body.
   *
   * @param bodyStart the first line after the plan title (or after the header when there is no title)
   */
  record FrontMatter(Span boilerplate, HeaderBlock header, DecisionPart decision, TitleBlock title, int bodyStart) {}

  private final HeaderBlockBuilder headers = new HeaderBlockBuilder();
  private final TitleParser titles;
  private final DecisionParser decisions;

  FrontMatterParser(TitleParser titles, DecisionParser decisions) {
    this.titles = titles;
    this.decisions = decisions;
  }

  FrontMatter parse(LineTable lines, LineKind[] kinds, SpanFactory spans, List<StructureWarning> warnings) {
    int anchor = anchor(lines, kinds);
    if (anchor < 0) {
      warnings.add(new StructureWarning(StructureWarning.Code.NO_TITLE,
          "expected a 'KẾ HOẠCH' or 'QUYẾT ĐỊNH' line, found none", null));
      int bottom = headers.bottomBelow(lines, kinds, 0, lines.size());
      if (bottom < 0) {
        return new FrontMatter(null, null, null, null, 0);
      }
      int top = lines.nextNonBlank(0);
      return new FrontMatter(null, headers.build(lines, kinds, top, bottom, spans), null, null, bottom + 1);
    }
    int top = headers.topAbove(lines, kinds, anchor, 0);
    HeaderBlock header = top < 0 ? null : headers.build(lines, kinds, top, lines.previousNonBlank(anchor), spans);
    Span boilerplate = boilerplate(lines, kinds, top < 0 ? anchor : top, spans, warnings);
    TitleParser.Result title = titles.parse(lines, kinds, anchor, spans);
    if (title.block().type() == DocType.PLAN) {
      return new FrontMatter(boilerplate, header, null, title.block(), title.next());
    }
    int plan = nextPlanLine(lines, kinds, title.next());
    if (plan < 0) {
      warnings.add(new StructureWarning(StructureWarning.Code.NO_PLAN_AFTER_DECISION,
          "expected a 'KẾ HOẠCH' title after the decision '" + spans.cut(title.block().typeWord()) + "', found none",
          title.block().typeWord()));
      int end = endOfDecisionWithoutPlan(lines, kinds, title.next());
      DecisionPart decision = decisions.parse(lines, kinds, anchor, title.block(), title.next(), end, null, spans);
      return new FrontMatter(boilerplate, header, decision, null, end);
    }
    int annexTop = headers.topAbove(lines, kinds, plan, title.next());
    HeaderBlock annexHeader = annexTop < 0 ? null
        : headers.build(lines, kinds, annexTop, lines.previousNonBlank(plan), spans);
    int decisionEnd = annexTop < 0 ? plan : annexTop;
    DecisionPart decision =
        decisions.parse(lines, kinds, anchor, title.block(), title.next(), decisionEnd, annexHeader, spans);
    TitleParser.Result planTitle = titles.parse(lines, kinds, plan, spans);
    return new FrontMatter(boilerplate, header, decision, planTitle.block(), planTitle.next());
  }

  /**
   * The type line the document starts with: the first one with header lines just above it; else the first one
   * followed by a preamble, a decision article or a Roman heading before the next type line; else the first.
   */
  private static int anchor(LineTable lines, LineKind[] kinds) {
    int first = -1;
    int evidenced = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] != LineKind.DOC_TYPE) {
        continue;
      }
      first = first < 0 ? i : first;
      if (headerAbove(kinds, i)) {
        return i;
      }
      if (evidenced < 0 && bodyBelow(lines, kinds, i)) {
        evidenced = i;
      }
    }
    return evidenced >= 0 ? evidenced : first;
  }

  private static boolean headerAbove(LineKind[] kinds, int line) {
    for (int i = line - 1; i >= 0 && i >= line - HEADER_REACH; i--) {
      if (kinds[i] == LineKind.DOC_TYPE) {
        return false;
      }
      if (HEADER_KINDS.contains(kinds[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean bodyBelow(LineTable lines, LineKind[] kinds, int line) {
    for (int i = line + 1; i < lines.size() && i <= line + BODY_REACH; i++) {
      if (kinds[i] == LineKind.DOC_TYPE) {
        return false;
      }
      if (BODY_EVIDENCE.contains(kinds[i]) || HeadingPatterns.romanHeading(lines.get(i).text()) != null) {
        return true;
      }
    }
    return false;
  }

  private static Span boilerplate(LineTable lines, LineKind[] kinds, int documentStart, SpanFactory spans,
      List<StructureWarning> warnings) {
    int first = lines.nextNonBlank(0);
    if (first >= documentStart) {
      return null;
    }
    for (int i = first; i < documentStart; i++) {
      kinds[i] = lines.get(i).isBlank() ? kinds[i] : LineKind.BOILERPLATE;
    }
    Span span = spans.span(lines.get(first).start(), lines.get(lines.previousNonBlank(documentStart)).end());
    warnings.add(new StructureWarning(StructureWarning.Code.BOILERPLATE_SKIPPED,
        "skipped " + span.length() + " characters before the document header", span));
    return span;
  }

  /** The annexed plan's type line: the first after the decision's articles (or its title, without articles). */
  private static int nextPlanLine(LineTable lines, LineKind[] kinds, int from) {
    int start = from;
    for (int i = from; i < lines.size(); i++) {
      if (kinds[i] == LineKind.ARTICLE || kinds[i] == LineKind.OPERATIVE) {
        start = i;
        break;
      }
    }
    int found = firstPlanLine(lines, kinds, start);
    return found >= 0 || start == from ? found : firstPlanLine(lines, kinds, from);
  }

  private static int firstPlanLine(LineTable lines, LineKind[] kinds, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (kinds[i] == LineKind.DOC_TYPE && LineClassifier.docType(lines.get(i).text()) == DocType.PLAN) {
        return i;
      }
    }
    return -1;
  }

  /** Without an annexed plan the decision ends at the first Roman heading after its articles, or the end. */
  private static int endOfDecisionWithoutPlan(LineTable lines, LineKind[] kinds, int from) {
    boolean articles = false;
    for (int i = from; i < lines.size(); i++) {
      articles |= kinds[i] == LineKind.ARTICLE;
      if (articles && HeadingPatterns.romanHeading(lines.get(i).text()) != null) {
        return i;
      }
    }
    return lines.size();
  }
}
