package org.kehoach.index.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kehoach.index.PlanRecord;
import org.kehoach.index.compare.Ambition;
import org.kehoach.index.compare.ChangeKind;
import org.kehoach.index.compare.PlanComparison;
import org.kehoach.index.compare.TargetChange;
import org.kehoach.model.PlanDocument;
import org.kehoach.model.Target;

/**
 * A {@link PlanComparison} as text, JSON or sheets. The sheet has one row per target change, then one row per
 * budget total and per agency added or dropped (kind BUDGET, AGENCY_ADDED, AGENCY_DROPPED), so CSV carries
 * everything in one table.
 */
public final class CompareReport {
  static final List<String> COLUMNS = List.of("kind", "indicator", "old_name", "new_name", "unit", "old_comparator",
      "old_value", "new_comparator", "new_value", "change", "change_percent", "direction", "ambition",
      "aligned_by", "similarity", "old_text", "new_text", "old_span_start", "old_span_end", "new_span_start",
      "new_span_end");

  private final ObjectMapper mapper;

  public CompareReport(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public String table(PlanComparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append("Old: ").append(describe(c.older())).append('\n');
    sb.append("New: ").append(describe(c.newer())).append('\n');
    List<TargetChange> changed = c.of(ChangeKind.CHANGED);
    long more = changed.stream().filter(t -> t.ambition() == Ambition.MORE_AMBITIOUS).count();
    long less = changed.stream().filter(t -> t.ambition() == Ambition.LESS_AMBITIOUS).count();
    sb.append(changed.size()).append(" changed (").append(more).append(" more ambitious, ").append(less)
        .append(" less ambitious), ").append(c.of(ChangeKind.UNCHANGED).size()).append(" unchanged, ")
        .append(c.of(ChangeKind.ADDED).size()).append(" added, ").append(c.of(ChangeKind.DROPPED).size())
        .append(" dropped\n");
    for (ChangeKind kind : ChangeKind.values()) {
      List<TargetChange> rows = c.of(kind);
      if (rows.isEmpty()) {
        continue;
      }
      sb.append('\n').append(kind).append('\n');
      for (TargetChange t : rows) {
        sb.append("  ").append(line(t)).append('\n');
      }
    }
    sb.append("\nBudget total: ").append(money(c.budgetOld())).append(" → ").append(money(c.budgetNew()));
    if (c.budgetChange() != null) {
      sb.append(" (").append(Values.signed(c.budgetChange(), " VND")).append(')');
    }
    sb.append('\n');
    sb.append("Agencies added: ").append(c.agenciesAdded().isEmpty() ? "none" : String.join("; ", c.agenciesAdded()))
        .append('\n');
    sb.append("Agencies dropped: ")
        .append(c.agenciesDropped().isEmpty() ? "none" : String.join("; ", c.agenciesDropped())).append('\n');
    return sb.toString();
  }

  private static String line(TargetChange t) {
    Target x = t.either();
    StringBuilder sb = new StringBuilder();
    sb.append(x.name());
    if (x.indicator() != null) {
      sb.append(" [").append(x.indicator()).append(']');
    }
    sb.append(": ");
    String unit = x.unit().jsonName();
    switch (t.kind()) {
      case ADDED -> sb.append("new target ").append(value(t.newer()));
      case DROPPED -> sb.append("was ").append(value(t.older()));
      case UNCHANGED -> sb.append(value(t.newer()));
      case CHANGED -> {
        sb.append(value(t.older())).append(" → ").append(value(t.newer())).append(" (")
            .append(Values.signed(t.change(), Values.unit(unit).strip().equals("%") ? " points" : "")) ;
        if (t.relativeChange() != null) {
          sb.append(", ").append(Values.signed(Math.round(t.relativeChange() * 1000) / 10.0, "%"));
        }
        sb.append(")");
        if (t.direction() != null) {
          sb.append(", ").append(t.direction());
        }
        sb.append(": ").append(ambition(t.ambition()));
      }
    }
    if (t.alignedBy() == TargetChange.Alignment.PHRASE) {
      sb.append(" (paired by phrase, similarity ").append(Values.number(Math.round(t.similarity() * 100) / 100.0))
          .append(')');
    }
    return sb.toString();
  }

  private static String value(Target t) {
    return Values.value(t.comparator() == null ? null : t.comparator().name(), t.value(), t.valueMax(),
        t.unit().jsonName());
  }

  private static String ambition(Ambition a) {
    return switch (a) {
      case MORE_AMBITIOUS -> "more ambitious";
      case LESS_AMBITIOUS -> "less ambitious";
      case SAME -> "same";
      case UNKNOWN -> "direction unknown";
    };
  }

  private static String money(Long v) {
    return v == null ? "none stated" : Values.number(v) + " VND";
  }

  static String describe(PlanRecord p) {
    PlanDocument d = p.document();
    List<String> parts = new ArrayList<>();
    String place = String.join(", ", nonNull(d.location().commune(), d.location().district(), d.location().province()));
    parts.add(place.isEmpty() ? "(place unknown)" : place);
    parts.add(d.planYear() == null ? "(year unknown)" : d.planYear().toString());
    parts.add(d.number() == null ? "(no number)" : d.number());
    if (d.title() != null) {
      parts.add(d.title());
    }
    parts.add(p.source().file());
    return String.join(" · ", parts);
  }

  private static List<String> nonNull(String... s) {
    List<String> out = new ArrayList<>();
    for (String x : s) {
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }

  public ObjectNode json(PlanComparison c) {
    ObjectNode root = mapper.createObjectNode();
    root.set("old", planJson(c.older()));
    root.set("new", planJson(c.newer()));
    ObjectNode summary = root.putObject("summary");
    for (ChangeKind k : ChangeKind.values()) {
      summary.put(k.name().toLowerCase(java.util.Locale.ROOT), c.of(k).size());
    }
    ArrayNode targets = root.putArray("targets");
    for (TargetChange t : c.targets()) {
      ObjectNode o = targets.addObject();
      o.put("kind", t.kind().name());
      o.put("indicator", t.either().indicator());
      o.put("unit", t.either().unit().jsonName());
      o.set("old", t.older() == null ? null : target(t.older()));
      o.set("new", t.newer() == null ? null : target(t.newer()));
      putNumber(o, "change", t.change());
      putNumber(o, "changePercent", t.relativeChange() == null ? null : t.relativeChange() * 100);
      o.put("direction", t.direction() == null ? null : t.direction().name());
      o.put("ambition", t.ambition() == null ? null : t.ambition().name());
      o.put("alignedBy", t.alignedBy() == null ? null : t.alignedBy().name());
      o.put("similarity", t.similarity());
    }
    ObjectNode budget = root.putObject("budget");
    putNumber(budget, "old", c.budgetOld());
    putNumber(budget, "new", c.budgetNew());
    putNumber(budget, "change", c.budgetChange());
    ObjectNode agencies = root.putObject("agencies");
    ArrayNode added = agencies.putArray("added");
    c.agenciesAdded().forEach(added::add);
    ArrayNode dropped = agencies.putArray("dropped");
    c.agenciesDropped().forEach(dropped::add);
    return root;
  }

  private ObjectNode planJson(PlanRecord p) {
    PlanDocument d = p.document();
    ObjectNode o = mapper.createObjectNode();
    o.put("file", p.source().file());
    o.put("sha256", p.source().sha256());
    o.put("number", d.number());
    o.put("title", d.title());
    o.put("province", d.location().province());
    o.put("district", d.location().district());
    o.put("level", d.issuer().level().name());
    if (d.planYear() == null) {
      o.putNull("planYear");
    } else {
      o.put("planYear", d.planYear());
    }
    o.put("issuedDate", d.issuedDate());
    return o;
  }

  private ObjectNode target(Target t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("name", t.name());
    o.put("text", t.text());
    o.put("value", t.value());
    putNumber(o, "valueMax", t.valueMax());
    o.put("comparator", t.comparator() == null ? null : t.comparator().name());
    o.put("direction", t.direction() == null ? null : t.direction().name());
    o.putObject("span").put("start", t.span().start()).put("end", t.span().end());
    return o;
  }

  private static void putNumber(ObjectNode o, String name, Number v) {
    if (v == null) {
      o.putNull(name);
    } else if (v instanceof Long l) {
      o.put(name, l);
    } else {
      o.put(name, v.doubleValue());
    }
  }

  /** One row per change, then budget and agency rows. */
  public Sheet sheet(PlanComparison c) {
    List<List<Object>> rows = new ArrayList<>();
    for (TargetChange t : c.targets()) {
      Target o = t.older();
      Target n = t.newer();
      rows.add(Arrays.asList(t.kind().name(), t.either().indicator(), o == null ? null : o.name(),
          n == null ? null : n.name(), t.either().unit().jsonName(),
          o == null || o.comparator() == null ? null : o.comparator().name(), o == null ? null : o.value(),
          n == null || n.comparator() == null ? null : n.comparator().name(), n == null ? null : n.value(),
          t.change(), t.relativeChange() == null ? null : Math.round(t.relativeChange() * 10000) / 100.0,
          t.direction() == null ? null : t.direction().name(), t.ambition() == null ? null : t.ambition().name(),
          t.alignedBy() == null ? null : t.alignedBy().name(), t.alignedBy() == null ? null : t.similarity(),
          o == null ? null : o.text(), n == null ? null : n.text(), o == null ? null : o.span().start(),
          o == null ? null : o.span().end(), n == null ? null : n.span().start(), n == null ? null : n.span().end()));
    }
    rows.add(extra("BUDGET", "budget total (VND)", "budget total (VND)", c.budgetOld(), c.budgetNew(),
        c.budgetChange()));
    for (String a : c.agenciesAdded()) {
      rows.add(extra("AGENCY_ADDED", null, a, null, null, null));
    }
    for (String a : c.agenciesDropped()) {
      rows.add(extra("AGENCY_DROPPED", a, null, null, null, null));
    }
    return new Sheet("comparison", COLUMNS, rows);
  }

  private static List<Object> extra(String kind, String oldName, String newName, Long oldValue, Long newValue,
      Long change) {
    Object[] row = new Object[COLUMNS.size()];
    row[0] = kind;
    row[2] = oldName;
    row[3] = newName;
    row[4] = oldValue != null || newValue != null ? "vnd" : null;
    row[6] = oldValue;
    row[8] = newValue;
    row[9] = change;
    return Arrays.asList(row);
  }
}
