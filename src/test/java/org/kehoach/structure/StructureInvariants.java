package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.kehoach.model.Closing;
import org.kehoach.model.DecisionPart;
import org.kehoach.model.HeaderBlock;
import org.kehoach.model.Item;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.Span;
import org.kehoach.model.TitleBlock;

/**
 * The invariants every {@link PlanStructure} must keep, whatever the input: spans inside the text and trimmed,
 * zones in document order and disjoint, sections ordered and non-overlapping, items nested inside their section
 * and their parent, siblings ordered, every part of a zone inside the zone.
 */
final class StructureInvariants {
  private StructureInvariants() {}

  static void check(String text, PlanStructure s) {
    assertNotNull(s, "structure");
    List<Span> zones = new ArrayList<>();
    add(zones, s.boilerplate());
    if (s.header() != null) {
      header(text, s.header());
      zones.add(s.header().span());
    }
    if (s.decision() != null) {
      decision(text, s.decision());
      zones.add(s.decision().span());
    }
    if (s.title() != null) {
      title(text, s.title());
      zones.add(titleSpan(s.title()));
    }
    ordered(text, "preamble", s.preamble());
    zones.addAll(s.preamble());
    for (Section sec : s.sections()) {
      section(text, sec);
      zones.add(sec.span());
    }
    if (s.closing() != null) {
      closing(text, s.closing());
      zones.add(s.closing().span());
    }
    ordered(text, "zones", zones);
  }

  private static void add(List<Span> zones, Span span) {
    if (span != null) {
      zones.add(span);
    }
  }

  private static void header(String text, HeaderBlock h) {
    span(text, "header", h.span());
    List<Span> parts = new ArrayList<>(h.issuer());
    parts.addAll(h.motto());
    add(parts, h.number());
    add(parts, h.placeDate());
    for (Span p : parts) {
      inside(text, "header part", p, h.span());
    }
  }

  private static void decision(String text, DecisionPart d) {
    span(text, "decision", d.span());
    title(text, d.title());
    inside(text, "decision title", titleSpan(d.title()), d.span());
    ordered(text, "decision preamble", d.preamble());
    ordered(text, "decision articles", d.articles());
    for (Span p : d.preamble()) {
      inside(text, "decision preamble", p, d.span());
    }
    for (Span a : d.articles()) {
      inside(text, "decision article", a, d.span());
    }
    if (d.closing() != null) {
      closing(text, d.closing());
      inside(text, "decision closing", d.closing().span(), d.span());
    }
    if (d.annexHeader() != null) {
      header(text, d.annexHeader());
      assertTrue(d.annexHeader().span().start() >= d.span().end(), "annex header must follow the decision");
    }
  }

  private static Span titleSpan(TitleBlock t) {
    int end = t.typeWord().end();
    end = t.title() == null ? end : Math.max(end, t.title().end());
    end = t.note() == null ? end : Math.max(end, t.note().end());
    return new Span(t.typeWord().start(), end, null);
  }

  private static void title(String text, TitleBlock t) {
    span(text, "type word", t.typeWord());
    if (t.title() != null) {
      span(text, "title", t.title());
      assertTrue(t.title().start() >= t.typeWord().end(), "title must follow its type word");
      ordered(text, "title lines", t.titleLines());
      for (Span l : t.titleLines()) {
        inside(text, "title line", l, t.title());
      }
    }
    if (t.note() != null) {
      span(text, "title note", t.note());
    }
  }

  private static void section(String text, Section sec) {
    span(text, "section", sec.span());
    inside(text, "heading", sec.headingSpan(), sec.span());
    inside(text, "body", sec.body(), sec.span());
    assertTrue(sec.body().start() >= sec.headingSpan().end(), "section body must follow its heading: " + sec.heading());
    assertTrue(text.substring(sec.headingSpan().start(), sec.headingSpan().end()).equals(sec.heading()),
        "heading string must be the text of its span");
    items(text, sec.items(), sec.body());
  }

  private static void items(String text, List<Item> items, Span parent) {
    ordered(text, "items", items.stream().map(Item::span).toList());
    for (Item it : items) {
      inside(text, "item", it.span(), parent);
      inside(text, "item text", it.text(), it.span());
      for (Item child : it.children()) {
        assertTrue(child.span().start() >= it.text().end(), "child item must follow its parent's own text");
      }
      items(text, it.children(), it.span());
    }
  }

  private static void closing(String text, Closing c) {
    span(text, "closing", c.span());
    List<Span> parts = new ArrayList<>();
    add(parts, c.statement());
    add(parts, c.recipientsHeading());
    parts.addAll(c.recipients());
    parts.addAll(c.trailing());
    if (c.signature() != null) {
      parts.addAll(c.signature().authority());
      parts.addAll(c.signature().title());
      add(parts, c.signature().name());
    }
    for (Span p : parts) {
      inside(text, "closing part", p, c.span());
    }
    ordered(text, "recipients", c.recipients());
    ordered(text, "trailing", c.trailing());
  }

  private static void ordered(String text, String what, List<Span> spans) {
    for (int i = 0; i < spans.size(); i++) {
      span(text, what, spans.get(i));
      if (i > 0 && spans.get(i - 1).end() > spans.get(i).start()) {
        fail(what + " overlap or are out of order: " + quote(text, spans.get(i - 1)) + " then " + quote(text, spans.get(i)));
      }
    }
  }

  private static void inside(String text, String what, Span inner, Span outer) {
    span(text, what, inner);
    if (inner.start() < outer.start() || inner.end() > outer.end()) {
      fail(what + " " + quote(text, inner) + " lies outside " + quote(text, outer));
    }
  }

  private static void span(String text, String what, Span s) {
    assertNotNull(s, what);
    if (s.end() > text.length()) {
      fail(what + " ends at " + s.end() + " past the text length " + text.length());
    }
    if (s.length() > 0 && (TextShape.isSpace(text.charAt(s.start())) || TextShape.isSpace(text.charAt(s.end() - 1)))) {
      fail(what + " is not trimmed: " + quote(text, s));
    }
  }

  private static String quote(String text, Span s) {
    String t = text.substring(s.start(), Math.min(s.end(), text.length())).replaceAll("\\s+", " ");
    return "[" + s.start() + "," + s.end() + ") '" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
  }
}
