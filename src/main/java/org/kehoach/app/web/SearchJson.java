package org.kehoach.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kehoach.index.PlanInfo;
import org.kehoach.index.SearchResult;
import org.kehoach.index.TargetHit;
import org.kehoach.index.report.SearchReport;

/**
 * The JSON of a search, in the shape of {@code kehoach search --format json}. {@link SearchReport#json} gives
 * the query, counts and facets; its {@code plans} array is rebuilt here because the report, as merged, never
 * adds the plan objects it builds to that array (the CLI prints {@code "plans": []} too). Once the report is
 * fixed this class can shrink to a call of it.
 */
final class SearchJson {
  private final ObjectMapper mapper;
  private final SearchReport report;

  SearchJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.report = new SearchReport(mapper);
  }

  ObjectNode json(SearchResult r) {
    ObjectNode root = report.json(r);
    ArrayNode plans = mapper.createArrayNode();
    for (SearchResult.PlanHit hit : r.plans()) {
      ObjectNode p = plan(hit.plan());
      ArrayNode targets = p.putArray("targets");
      hit.targets().forEach(t -> targets.add(target(t)));
      plans.add(p);
    }
    root.set("plans", plans);
    return root;
  }

  private ObjectNode plan(PlanInfo p) {
    ObjectNode o = mapper.createObjectNode();
    o.put("versionId", p.versionId());
    o.put("province", p.province());
    o.put("district", p.district());
    o.put("commune", p.commune());
    o.put("level", p.level());
    o.put("issuer", p.issuerName());
    o.put("year", p.year());
    o.put("number", p.number());
    o.put("title", p.title());
    o.put("issuedDate", p.issuedDate());
    o.put("version", p.version());
    o.put("versions", p.versions());
    o.put("superseded", p.superseded());
    ArrayNode sources = o.putArray("sources");
    for (PlanInfo.SourceRef s : p.sources()) {
      sources.addObject().put("file", s.file()).put("format", s.format()).put("sha256", s.sha256());
    }
    return o;
  }

  private ObjectNode target(TargetHit t) {
    ObjectNode o = mapper.createObjectNode();
    o.put("score", t.score());
    o.put("ordinal", t.ordinal());
    o.put("indicator", t.indicator());
    o.put("name", t.name());
    o.put("text", t.text());
    o.put("value", t.value());
    o.put("valueMax", t.valueMax());
    o.put("unit", t.unit());
    o.put("comparator", t.comparator());
    o.put("direction", t.direction());
    o.put("year", t.dueYear());
    o.put("file", t.file());
    o.putObject("span").put("start", t.spanStart()).put("end", t.spanEnd()).put("page", t.page());
    return o;
  }
}
