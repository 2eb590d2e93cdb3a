package org.kehoach.structure;

import java.util.List;
import org.kehoach.model.Closing;
import org.kehoach.model.Item;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.Span;

/** A readable outline of a {@link PlanStructure}, for test failure messages and eyeballing. */
final class StructureDump {
  private StructureDump() {}

  static String dump(String text, PlanStructure s, boolean items) {
    StringBuilder sb = new StringBuilder();
    line(sb, "boilerplate", text, s.boilerplate());
    if (s.header() != null) {
      s.header().issuer().forEach(sp -> line(sb, "issuer", text, sp));
      s.header().motto().forEach(sp -> line(sb, "motto", text, sp));
      line(sb, "number", text, s.header().number());
      line(sb, "placeDate", text, s.header().placeDate());
    }
    if (s.decision() != null) {
      line(sb, "decision.title", text, s.decision().title().title());
      sb.append("decision: ").append(s.decision().preamble().size()).append(" preamble, ")
          .append(s.decision().articles().size()).append(" articles\n");
      if (s.decision().closing() != null) {
        closing(sb, text, s.decision().closing(), "decision.");
      }
    }
    if (s.title() != null) {
      line(sb, "type", text, s.title().typeWord());
      line(sb, "title", text, s.title().title());
      line(sb, "note", text, s.title().note());
    }
    s.preamble().forEach(sp -> line(sb, "preamble", text, sp));
    for (Section sec : s.sections()) {
      sb.append("SECTION ").append(sec.kind()).append(" [").append(sec.number()).append("] ")
          .append(sec.heading()).append(" items=").append(sec.items().size()).append('\n');
      if (items) {
        items(sb, text, sec.items(), "  ");
      }
    }
    if (s.closing() != null) {
      closing(sb, text, s.closing(), "");
    }
    s.warnings().forEach(w -> sb.append("WARN ").append(w.code()).append(": ").append(w.message()).append('\n'));
    return sb.toString();
  }

  private static void closing(StringBuilder sb, String text, Closing c, String prefix) {
    line(sb, prefix + "statement", text, c.statement());
    line(sb, prefix + "recipientsHeading", text, c.recipientsHeading());
    c.recipients().forEach(sp -> line(sb, prefix + "recipient", text, sp));
    if (c.signature() != null) {
      c.signature().authority().forEach(sp -> line(sb, prefix + "authority", text, sp));
      c.signature().title().forEach(sp -> line(sb, prefix + "signerTitle", text, sp));
      line(sb, prefix + "signer", text, c.signature().name());
    }
    c.trailing().forEach(sp -> line(sb, prefix + "trailing", text, sp));
  }

  private static void items(StringBuilder sb, String text, List<Item> items, String indent) {
    for (Item it : items) {
      sb.append(indent).append(it.marker()).append(' ').append(it.number() == null ? "" : it.number())
          .append(it.label() == null ? "" : " {" + it.label() + "}").append(": ")
          .append(clip(text.substring(it.text().start(), it.text().end()))).append('\n');
      items(sb, text, it.children(), indent + "  ");
    }
  }

  private static void line(StringBuilder sb, String what, String text, Span span) {
    if (span != null) {
      sb.append(what).append(": ").append(clip(text.substring(span.start(), span.end()))).append('\n');
    }
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 90 ? one.substring(0, 90) + "…" : one;
  }
}
