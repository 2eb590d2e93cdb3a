package org.kehoach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kehoach.model.Item;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.model.Span;
import org.kehoach.text.Fold;

/**
 * Where in a plan each fact family is read, from its segmentation: the cascade's routing table. Keeping
 * it in one place means an extractor never guesses which part of the text it was given.
 */
record Regions(List<Span> preamble, Span body, List<Span> budget, List<Span> objectives) {
  private static final Set<SectionKind> OBJECTIVE_KINDS = Set.of(SectionKind.OBJECTIVES, SectionKind.PURPOSE);
  /** The folded words an item holding targets starts with: "1.1. Mục tiêu: …". */
  private static final String OBJECTIVE_HEAD = "muc tieu";

  static Regions of(PlanStructure s, String text) {
    int length = text.length();
    List<Span> pre = new ArrayList<>(s.preamble());
    if (s.decision() != null) {
      pre.addAll(s.decision().preamble());
    }
    Span preambleCover = cover(s.preamble());
    int bodyStart = s.sections().isEmpty()
        ? (preambleCover == null ? (s.title() == null ? 0 : end(s.title().title(), s.title().typeWord())) : preambleCover.end())
        : s.sections().get(0).span().start();
    int bodyEnd = s.closing() == null ? length : Math.max(bodyStart, closingEnd(s, length));
    List<Span> budget = new ArrayList<>();
    List<Span> objectives = new ArrayList<>();
    for (Section sec : s.sections()) {
      if (sec.kind() == SectionKind.BUDGET) {
        budget.add(sec.body());
      }
      if (OBJECTIVE_KINDS.contains(sec.kind())) {
        objectives.add(sec.body());
      } else {
        collectObjectiveItems(sec.items(), text, objectives);
      }
    }
    if (s.decision() != null) {
      budget.addAll(s.decision().articles().stream().filter(a -> Fold.fold(slice(text, a)).contains("kinh phi")).toList());
    }
    return new Regions(pre, new Span(bodyStart, bodyEnd, null), budget, objectives);
  }

  /** Items labelled "Mục tiêu …" inside other sections hold targets too ("1.1. Mục tiêu: …"). */
  private static void collectObjectiveItems(List<Item> items, String text, List<Span> out) {
    for (Item item : items) {
      if (foldStartsWith(text, item.text(), OBJECTIVE_HEAD)
          || (item.label() != null && Fold.fold(item.label()).startsWith(OBJECTIVE_HEAD))) {
        out.add(item.span());
      } else {
        collectObjectiveItems(item.children(), text, out);
      }
    }
  }

  /**
   * Whether {@code Fold.fold(slice(text, span))} starts with {@code prefix}, folding only as far as needed: item
   * texts run to whole paragraphs, and only their first words decide. Characters are folded one by one as
   * {@link Fold#fold} does (spaces collapsed, leading ones dropped); a character the fold table lacks makes the
   * whole slice be folded by definition, as {@link Fold#fold} would.
   */
  static boolean foldStartsWith(String text, Span span, String prefix) {
    if (span == null) {
      return prefix.isEmpty();
    }
    int matched = 0;
    boolean space = false;
    for (int i = span.start(); i < span.end() && matched < prefix.length(); i++) {
      int f = Fold.of(text.charAt(i));
      if (f == Fold.UNTABLED) {
        return Fold.fold(slice(text, span)).startsWith(prefix);
      } else if (f == Fold.SPACE) {
        space = matched > 0;
      } else if (f >= 0) {
        // a pending space is written only now that a character follows it, as the fold trims its end
        if (space && prefix.charAt(matched++) != ' ') {
          return false;
        }
        space = false;
        if (matched < prefix.length() && prefix.charAt(matched++) != (char) f) {
          return false;
        }
      }
    }
    return matched == prefix.length();
  }

  private static int closingEnd(PlanStructure s, int length) {
    // the body ends where the closing part starts; deadlines in the closing statement still count
    return s.closing().statement() != null ? s.closing().statement().end() : s.closing().span().start();
  }

  private static int end(Span a, Span b) {
    return a != null ? a.end() : b.end();
  }

  private static Span cover(List<Span> spans) {
    if (spans.isEmpty()) {
      return null;
    }
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (Span sp : spans) {
      start = Math.min(start, sp.start());
      end = Math.max(end, sp.end());
    }
    return new Span(start, end, null);
  }

  static String slice(String text, Span span) {
    return span == null ? "" : text.substring(span.start(), span.end());
  }
}
