package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan view, rendered on the server: metadata, then every extracted part as a list or table beside the
 * normalised text. Each item carries its source spans ({@code data-spans="start-end,…"}); {@code plan.js}
 * marks and scrolls to the span when the item is clicked. Every value comes from the plan and is escaped
 * by {@link Html}.
 */
final class PlanPage {
  private final Labels labels;

  PlanPage(Labels labels) {
    this.labels = labels;
  }

  String render(String id, JsonNode plan, String text) {
    Html h = new Html();
    JsonNode doc = plan.path("document");
    String title = text(doc, "title");
    PageChrome.start(h, title == null ? id : title, "plan");
    h.open("main", "class", "plan", "data-plan-id", id);
    h.open("section", "class", "facts", "aria-label", "Kết quả trích xuất");
    header(h, id, plan);
    PlanParts parts = new PlanParts(h, labels, new VietFormat());
    parts.sections(plan.path("sections"));
    parts.targets(plan.path("targets"));
    parts.tasks(plan.path("tasks"));
    parts.agencies(plan.path("agencies"));
    parts.deadlines(plan.path("deadlines"));
    parts.budgets(plan.path("budgets"));
    parts.legalBasis(plan.path("legalBasis"));
    parts.warnings(plan.path("warnings"));
    h.close("section").newline();
    h.open("section", "class", "source", "aria-label", "Văn bản nguồn");
    h.element("h2", "Văn bản (đã chuẩn hoá)");
    // the newline after <pre> is dropped by the HTML parser; writing one keeps the text's offsets intact
    h.open("pre", "id", "source-text").newline().text(text).close("pre");
    h.close("section").close("main").newline();
    PageChrome.end(h, "/static/plan.js");
    return h.toString();
  }

  private void header(Html h, String id, JsonNode plan) {
    JsonNode doc = plan.path("document");
    JsonNode src = plan.path("source");
    String enc = JobJson.encode(id);
    h.element("h1", text(doc, "title") == null ? id : "Kế hoạch " + text(doc, "title"));
    h.open("p", "class", "downloads").text("Tải về: ");
    h.element("a", "JSON", "href", "/api/plans/" + enc + "/download?format=json", "download", "");
    h.text(" · ");
    h.element("a", "CSV", "href", "/api/plans/" + enc + "/download?format=csv", "download", "");
    h.text(" · ");
    h.element("a", "Excel (XLSX)", "href", "/api/plans/" + enc + "/download?format=xlsx", "download", "");
    h.close("p");
    h.open("dl", "class", "meta");
    row(h, "Số hiệu", text(doc, "number"));
    row(h, "Cơ quan ban hành", text(doc.path("issuer"), "name"));
    row(h, "Cấp", labels.of("level", text(doc.path("issuer"), "level")));
    row(h, "Địa bàn", place(doc.path("location")));
    String date = text(doc, "issuedDateText") != null ? text(doc, "issuedDateText") : text(doc, "issuedDate");
    row(h, "Nơi, ngày ban hành", join(", ", text(doc, "place"), date));
    row(h, "Năm kế hoạch", doc.path("planYear").isInt() ? doc.path("planYear").asText() : null);
    JsonNode period = doc.path("period");
    if (period.isObject()) {
      row(h, "Giai đoạn", period.path("from").asText() + "–" + period.path("to").asText());
    }
    JsonNode signer = plan.path("signer");
    if (signer.isObject()) {
      row(h, "Người ký", join(", ", text(signer, "name"), text(signer, "title")));
    }
    StringBuilder file = new StringBuilder(text(src, "file") == null ? id : text(src, "file"));
    file.append(" (").append(labels.of("format", text(src, "format")));
    if (src.path("pages").isInt()) {
      file.append(", ").append(src.path("pages").asInt()).append(" trang");
    }
    if (src.path("ocr").asBoolean()) {
      file.append(", nhận dạng chữ OCR");
    }
    file.append(')');
    row(h, "Tệp nguồn", file.toString());
    h.close("dl").newline();
  }

  private static void row(Html h, String label, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    h.element("dt", label).element("dd", value);
  }

  private static String place(JsonNode loc) {
    return join(", ", text(loc, "commune"), text(loc, "district"), text(loc, "province"));
  }

  static String join(String sep, String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p);
      }
    }
    return kept.isEmpty() ? null : String.join(sep, kept);
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }
}
