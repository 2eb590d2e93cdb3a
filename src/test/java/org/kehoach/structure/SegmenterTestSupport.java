package org.kehoach.structure;

import java.util.List;
import org.kehoach.model.Item;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Span;

/** Shared helpers for segmenter tests: run, check invariants, read spans back. */
abstract class SegmenterTestSupport {
  static final Segmenter SEGMENTER = new Segmenter();

  String text;
  PlanStructure s;

  PlanStructure segment(String input) {
    text = input;
    s = SEGMENTER.segment(input);
    StructureInvariants.check(input, s);
    return s;
  }

  String cut(Span span) {
    return span == null ? null : text.substring(span.start(), span.end());
  }

  /** The span's text with whitespace runs collapsed. */
  String flat(Span span) {
    return span == null ? null : cut(span).replaceAll("\\s+", " ");
  }

  List<SectionKind> kinds() {
    return s.sections().stream().map(Section::kind).toList();
  }

  List<String> numbers() {
    return s.sections().stream().map(Section::number).toList();
  }

  List<String> own(List<Item> items) {
    return items.stream().map(i -> flat(i.text())).toList();
  }

  String dump() {
    return StructureDump.dump(text, s, true);
  }
}
