package org.kehoach.index.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kehoach.index.PlanInfo;
import org.kehoach.index.SearchResult;
import org.kehoach.index.TargetHit;

/** A {@link SearchResult} as text, JSON or sheets (one row per target; facet counts on a second sheet). */
public final class SearchReport {
  /** The facet dimension of indicator ids, whose values get their names beside them. */
  private static final String INDICATOR_DIM = "indicator";
  static final List<String> COLUMNS = List.of("rank", "score", "province", "district", "commune", "level", "year",
      "number", "title", "version", "superseded", "indicator", "name", "comparator", "value", "value_max", "unit",
      "direction", "due_year", "text", "file", "span_start", "span_end", "page", "sources");

  private final ObjectMapper mapper;

  public SearchReport(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Targets grouped under their plans, best first, then the facet counts. */
  public String table(SearchResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.totalTargets()).append(r.totalTargets() == 1 ? " target matches" : " targets match");
    if (!r.query().isBlank()) {
      sb.append(" \"").append(r.query()).append('"');
    }
    sb.append("; showing ").append(r.returnedTargets()).append(" in ").append(r.plans().size())
        .append(r.plans().size() == 1 ? " plan" : " plans").append('\n');
    if (!r.indicators().isEmpty()) {
      sb.append("(the query names indicator ").append(String.join(", ", r.indicators()))
          .append("; its targets match too)\n");
    }
    for (SearchResult.PlanHit hit : r.plans()) {
      PlanInfo p = hit.plan();
      sb.append('\n').append(PlanText.heading(p)).append('\n');
      sb.append("  ").append(PlanText.versionLine(p)).append('\n');
      for (TargetHit t : hit.targets()) {
        sb.append("  ").append(Values.value(t.comparator(), t.value(), t.valueMax(), t.unit()))
            .append("  ").append(t.name());
        if (t.indicator() != null) {
          sb.append("  [").append(t.indicator()).append(']');
        }
        if (t.direction() != null) {
          sb.append("  ").append(t.direction());
        }
        if (t.dueYear() != null) {
          sb.append("  by ").append(t.dueYear());
        }
        sb.append('\n');
        sb.append("      \"").append(t.text()).append("\"\n");
        sb.append("      ").append(t.file()).append(" [").append(t.spanStart()).append('-').append(t.spanEnd())
            .append(')');
        if (t.page() != null) {
          sb.append(" page ").append(t.page());
        }
        sb.append('\n');
      }
    }
    sb.append("\nFacets (matching targets)\n");
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : r.facets().entrySet()) {
      sb.append("  ").append(e.getKey()).append(": ");
      List<String> parts = new ArrayList<>();
      for (SearchResult.FacetCount c : e.getValue()) {
        parts.add(facetLabel(r, e.getKey(), c) + " " + c.count());
      }
      sb.append(parts.isEmpty() ? "-" : String.join(" · ", parts)).append('\n');
    }
    return sb.toString();
  }

  public ObjectNode json(SearchResult r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("query", r.query());
    root.put("totalTargets", r.totalTargets());
    root.put("returnedTargets", r.returnedTargets());
    ArrayNode named = root.putArray("indicators");
    r.indicators().forEach(named::add);
    ArrayNode plans = root.putArray("plans");
    for (SearchResult.PlanHit hit : r.plans()) {
      ObjectNode p = PlanText.json(mapper, hit.plan());
      plans.add(p);
      ArrayNode targets = p.putArray("targets");
      for (TargetHit t : hit.targets()) {
        ObjectNode o = targets.addObject();
        o.put("score", t.score());
        o.put("ordinal", t.ordinal());
        o.put("indicator", t.indicator());
        o.put("name", t.name());
        o.put("text", t.text());
        o.put("value", t.value());
        if (t.valueMax() == null) {
          o.putNull("valueMax");
        } else {
          o.put("valueMax", t.valueMax());
        }
        o.put("unit", t.unit());
        o.put("comparator", t.comparator());
        o.put("direction", t.direction());
        if (t.dueYear() == null) {
          o.putNull("year");
        } else {
          o.put("year", t.dueYear());
        }
        o.put("file", t.file());
        ObjectNode span = o.putObject("span");
        span.put("start", t.spanStart()).put("end", t.spanEnd());
        if (t.page() == null) {
          span.putNull("page");
        } else {
          span.put("page", t.page());
        }
      }
    }
    ObjectNode names = root.putObject("indicatorNames");
    r.indicatorNames().forEach(names::put);
    ObjectNode facets = root.putObject("facets");
    r.facets().forEach((dim, counts) -> {
      ObjectNode d = facets.putObject(dim);
      counts.forEach(c -> d.put(c.label(), c.count()));
    });
    return root;
  }

  /** The targets sheet. */
  public Sheet targets(SearchResult r) {
    List<List<Object>> rows = new ArrayList<>();
    int rank = 0;
    for (SearchResult.PlanHit hit : r.plans()) {
      PlanInfo p = hit.plan();
      for (TargetHit t : hit.targets()) {
        rank++;
        rows.add(Arrays.asList(rank, (double) t.score(), p.province(), p.district(), p.commune(), p.level(),
            p.year(), p.number(), p.title(), p.version(), p.superseded(), t.indicator(), t.name(), t.comparator(),
            t.value(), t.valueMax(), t.unit(), t.direction(), t.dueYear(), t.text(), t.file(), t.spanStart(),
            t.spanEnd(), t.page(), PlanText.files(p)));
      }
    }
    return new Sheet("targets", COLUMNS, rows);
  }

  /** The facet counts sheet: dimension, value, count. */
  public Sheet facets(SearchResult r) {
    List<List<Object>> rows = new ArrayList<>();
    r.facets().forEach((dim, counts) -> counts.forEach(c -> rows.add(Arrays.asList(dim, c.label(),
        INDICATOR_DIM.equals(dim) ? r.indicatorNames().get(c.label()) : null, c.count()))));
    return new Sheet("facets", List.of("dimension", "value", "name", "targets"), rows);
  }

  /** An indicator facet reads "name (id)" when the indicator is known; other values read as they are. */
  private static String facetLabel(SearchResult r, String dim, SearchResult.FacetCount c) {
    String name = INDICATOR_DIM.equals(dim) ? r.indicatorNames().get(c.label()) : null;
    return name == null ? c.label() : name + " (" + c.label() + ")";
  }
}
