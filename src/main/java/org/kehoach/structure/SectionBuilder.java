package org.kehoach.structure;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.Section;
import org.kehoach.model.Span;
import org.kehoach.model.StructureWarning;

/**
 * Turns the detected headings into sections: each runs from its heading to the next heading or the body end,
 * and gets its item tree. Reports duplicated, skipped and out-of-order numbers. Immutable.
 */
final class SectionBuilder {
  private final ItemTreeParser items;

  SectionBuilder(ItemTreeParser items) {
    this.items = items;
  }

  /**
   * @param bodyEndLine the first line after the body (the closing part or the end)
   * @param bodyEnd the offset where the body ends
   */
  List<Section> build(LineTable lines, LineKind[] kinds, List<Heading> headings, int bodyEndLine, int bodyEnd,
      SpanFactory spans, List<StructureWarning> warnings) {
    List<Section> out = new ArrayList<>();
    Heading previous = null;
    for (int k = 0; k < headings.size(); k++) {
      Heading h = headings.get(k);
      boolean last = k + 1 == headings.size();
      int end = last ? bodyEnd : headings.get(k + 1).start();
      int endLine = last ? bodyEndLine : headings.get(k + 1).line();
      Span span = spans.trimmed(h.start(), end);
      Span body = spans.trimmed(Math.min(h.bodyStart(), span.end()), span.end());
      Span headingSpan = spans.span(h.textStart(), h.textEnd());
      String heading = spans.cut(headingSpan);
      out.add(new Section(h.kind(), h.number(), heading, headingSpan, span, body,
          items.parse(lines, kinds, h.line() + 1, endLine, span.end(), spans)));
      kinds[h.line()] = LineKind.SECTION_HEADING;
      checkNumber(previous, h, spans, warnings);
      previous = h;
    }
    return out;
  }

  private static void checkNumber(Heading previous, Heading h, SpanFactory spans, List<StructureWarning> warnings) {
    if (previous == null || previous.style() != h.style() || previous.value() == 0 || h.value() == 0) {
      return;
    }
    Span at = spans.span(h.start(), h.textEnd());
    String quoted = "'" + spans.cut(at) + "'";
    if (h.value() == previous.value()) {
      warnings.add(new StructureWarning(StructureWarning.Code.DUPLICATE_SECTION_NUMBER,
          "section number " + h.number() + " repeats the previous heading's number at " + quoted, at));
    } else if (h.value() > previous.value() + 1) {
      warnings.add(new StructureWarning(StructureWarning.Code.SKIPPED_SECTION_NUMBER,
          "expected section number after " + previous.number() + ", found " + h.number() + " at " + quoted, at));
    } else if (h.value() < previous.value()) {
      warnings.add(new StructureWarning(StructureWarning.Code.SECTION_NUMBER_OUT_OF_ORDER,
          "section number " + h.number() + " follows " + previous.number() + " at " + quoted, at));
    }
  }
}
