package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kehoach.index.report.Sheet;

/**
 * A plan JSON as export tables: one per part (document, targets, tasks, agencies, deadlines, budgets, legal
 * basis, warnings) for XLSX, and all items in one long table for CSV. Column names are stable English
 * snake_case, like the search command's CSV; span offsets let a reader find each item in the text.
 */
final class PlanTables {
  private static final List<String> ITEM_COLUMNS = List.of("part", "number", "name", "text", "value", "value_max",
      "unit", "comparator", "direction", "year", "lead", "partners", "date", "amount_vnd", "sources", "span_start",
      "span_end", "page");

  List<Sheet> sheets(JsonNode plan) {
    List<Sheet> out = new ArrayList<>();
    out.add(document(plan));
    out.add(part(plan, "targets", List.of("indicator", "name", "comparator", "value", "value_max", "unit",
        "direction", "year", "text", "span_start", "span_end", "page"), t -> Arrays.asList(s(t, "indicator"),
            s(t, "name"), s(t, "comparator"), n(t, "value"), n(t, "valueMax"), s(t, "unit"), s(t, "direction"),
            n(t, "year"), s(t, "text"), n(t.path("span"), "start"), n(t.path("span"), "end"),
            n(t.path("span"), "page"))));
    out.add(part(plan, "tasks", List.of("number", "text", "lead", "partners", "timeline", "span_start", "span_end",
        "page"), t -> Arrays.asList(s(t, "number"), s(t, "text"), joined(t, "lead"), joined(t, "partners"),
            s(t, "timeline"), n(t.path("span"), "start"), n(t.path("span"), "end"), n(t.path("span"), "page"))));
    out.add(part(plan, "agencies", List.of("name", "responsibilities", "mentions"), a -> Arrays.asList(
        s(a, "name"), joined(a, "responsibilities"), a.path("spans").size())));
    out.add(part(plan, "deadlines", List.of("date", "year_inferred", "what", "text", "span_start", "span_end",
        "page"), d -> Arrays.asList(s(d, "date"), d.path("yearInferred").asBoolean(), s(d, "what"), s(d, "text"),
            n(d.path("span"), "start"), n(d.path("span"), "end"), n(d.path("span"), "page"))));
    out.add(part(plan, "budgets", List.of("amount_vnd", "purpose", "sources", "text", "span_start", "span_end",
        "page"), b -> Arrays.asList(n(b, "amountVnd"), s(b, "purpose"), joined(b, "sources"), s(b, "text"),
            n(b.path("span"), "start"), n(b.path("span"), "end"), n(b.path("span"), "page"))));
    out.add(part(plan, "legalBasis", List.of("type", "number", "date", "span_start", "span_end"), l -> Arrays.asList(
        s(l, "type"), s(l, "number"), s(l, "date"), n(l.path("span"), "start"), n(l.path("span"), "end"))));
    out.add(part(plan, "warnings", List.of("code", "message", "span_start", "span_end"), w -> Arrays.asList(
        s(w, "code"), s(w, "message"), n(w.path("span"), "start"), n(w.path("span"), "end"))));
    return out;
  }

  /** Every item of the plan in one table, with its part named in the first column. */
  Sheet items(JsonNode plan) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode t : plan.path("targets")) {
      rows.add(Arrays.asList("target", null, s(t, "name"), s(t, "text"), n(t, "value"), n(t, "valueMax"),
          s(t, "unit"), s(t, "comparator"), s(t, "direction"), n(t, "year"), null, null, null, null, null,
          n(t.path("span"), "start"), n(t.path("span"), "end"), n(t.path("span"), "page")));
    }
    for (JsonNode t : plan.path("tasks")) {
      rows.add(Arrays.asList("task", s(t, "number"), null, s(t, "text"), null, null, null, null, null, null,
          joined(t, "lead"), joined(t, "partners"), s(t, "timeline"), null, null, n(t.path("span"), "start"),
          n(t.path("span"), "end"), n(t.path("span"), "page")));
    }
    for (JsonNode d : plan.path("deadlines")) {
      rows.add(Arrays.asList("deadline", null, s(d, "what"), s(d, "text"), null, null, null, null, null, null, null,
          null, s(d, "date"), null, null, n(d.path("span"), "start"), n(d.path("span"), "end"),
          n(d.path("span"), "page")));
    }
    for (JsonNode b : plan.path("budgets")) {
      rows.add(Arrays.asList("budget", null, s(b, "purpose"), s(b, "text"), null, null, "vnd", null, null, null, null,
          null, null, n(b, "amountVnd"), joined(b, "sources"), n(b.path("span"), "start"), n(b.path("span"), "end"),
          n(b.path("span"), "page")));
    }
    for (JsonNode a : plan.path("agencies")) {
      JsonNode first = a.path("spans").path(0);
      rows.add(Arrays.asList("agency", null, s(a, "name"), joined(a, "responsibilities"), null, null, null, null,
          null, null, null, null, null, null, null, n(first, "start"), n(first, "end"), n(first, "page")));
    }
    return new Sheet("items", ITEM_COLUMNS, rows);
  }

  private static Sheet document(JsonNode plan) {
    JsonNode d = plan.path("document");
    JsonNode src = plan.path("source");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList("number", s(d, "number")));
    rows.add(Arrays.asList("title", s(d, "title")));
    rows.add(Arrays.asList("issuer", s(d.path("issuer"), "name")));
    rows.add(Arrays.asList("level", s(d.path("issuer"), "level")));
    rows.add(Arrays.asList("province", s(d.path("location"), "province")));
    rows.add(Arrays.asList("district", s(d.path("location"), "district")));
    rows.add(Arrays.asList("commune", s(d.path("location"), "commune")));
    rows.add(Arrays.asList("place", s(d, "place")));
    rows.add(Arrays.asList("issued_date", s(d, "issuedDate")));
    rows.add(Arrays.asList("plan_year", n(d, "planYear")));
    rows.add(Arrays.asList("signer", s(plan.path("signer"), "name")));
    rows.add(Arrays.asList("file", s(src, "file")));
    rows.add(Arrays.asList("format", s(src, "format")));
    rows.add(Arrays.asList("sha256", s(src, "sha256")));
    rows.add(Arrays.asList("pages", n(src, "pages")));
    rows.add(Arrays.asList("ocr", src.path("ocr").asBoolean()));
    return new Sheet("document", List.of("field", "value"), rows);
  }

  private interface Row {
    List<Object> of(JsonNode item);
  }

  private static Sheet part(JsonNode plan, String field, List<String> header, Row row) {
    List<List<Object>> rows = new ArrayList<>();
    for (JsonNode item : plan.path(field)) {
      rows.add(row.of(item));
    }
    return new Sheet(field, header, rows);
  }

  private static String s(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  private static Number n(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? v.numberValue() : null;
  }

  private static String joined(JsonNode node, String field) {
    List<String> parts = new ArrayList<>();
    node.path(field).forEach(v -> parts.add(v.asText()));
    return parts.isEmpty() ? null : String.join("; ", parts);
  }
}
