package org.kehoach.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists and tables of one plan page, one method per part of the plan JSON. Every item is a clickable
 * element with class {@code src} and its spans in {@code data-spans}; an empty part says so in a sentence.
 */
final class PlanParts {
  private final Html h;
  private final Labels labels;
  private final VietFormat fmt;

  PlanParts(Html h, Labels labels, VietFormat fmt) {
    this.h = h;
    this.labels = labels;
    this.fmt = fmt;
  }

  void sections(JsonNode sections) {
    heading("Các phần", sections.size());
    if (empty(sections, "Không nhận ra phần nào.")) {
      return;
    }
    h.open("ol", "class", "sections");
    for (JsonNode s : sections) {
      h.open("li", "class", "src", "tabindex", "0", "data-spans", spans(s.path("span")));
      String number = PlanPage.text(s, "number");
      h.text((number == null ? "" : number + ". ") + PlanPage.text(s, "heading"));
      h.element("span", labels.of("section", PlanPage.text(s, "kind")), "class", "tag");
      h.close("li");
    }
    h.close("ol").newline();
  }

  void targets(JsonNode targets) {
    heading("Chỉ tiêu", targets.size());
    if (empty(targets, "Không tìm thấy chỉ tiêu nào.")) {
      return;
    }
    h.open("table", "class", "targets").open("thead").open("tr");
    for (String c : List.of("Chỉ tiêu", "Giá trị", "Năm", "Chiều hướng", "Mã chỉ số")) {
      h.element("th", c);
    }
    h.close("tr").close("thead").open("tbody");
    for (JsonNode t : targets) {
      h.open("tr", "class", "src", "tabindex", "0", "data-spans", spans(t.path("span")));
      h.element("td", PlanPage.text(t, "name"), "class", "name");
      h.element("td", value(t), "class", "num");
      h.element("td", PlanPage.text(t, "year"));
      h.element("td", labels.of("direction", PlanPage.text(t, "direction")));
      h.element("td", PlanPage.text(t, "indicator"), "class", "code");
      h.close("tr");
    }
    h.close("tbody").close("table").newline();
  }

  void tasks(JsonNode tasks) {
    heading("Nhiệm vụ", tasks.size());
    if (empty(tasks, "Không tìm thấy nhiệm vụ nào.")) {
      return;
    }
    h.open("table", "class", "tasks").open("thead").open("tr");
    for (String c : List.of("Số", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")) {
      h.element("th", c);
    }
    h.close("tr").close("thead").open("tbody");
    for (JsonNode t : tasks) {
      h.open("tr", "class", "src", "tabindex", "0", "data-spans", spans(t.path("span")));
      h.element("td", PlanPage.text(t, "number"));
      h.element("td", PlanPage.text(t, "text"), "class", "long");
      h.element("td", list(t.path("lead")));
      h.element("td", list(t.path("partners")));
      h.element("td", PlanPage.text(t, "timeline"));
      h.close("tr");
    }
    h.close("tbody").close("table").newline();
  }

  void agencies(JsonNode agencies) {
    heading("Cơ quan, đơn vị", agencies.size());
    if (empty(agencies, "Không tìm thấy cơ quan nào.")) {
      return;
    }
    h.open("ul", "class", "agencies");
    for (JsonNode a : agencies) {
      List<String> parts = new ArrayList<>();
      a.path("spans").forEach(s -> parts.add(spans(s)));
      h.open("li", "class", "src", "tabindex", "0", "data-spans", String.join(",", parts));
      h.element("strong", PlanPage.text(a, "name"));
      int n = a.path("spans").size();
      h.element("span", n + " lần nhắc đến", "class", "tag");
      String resp = list(a.path("responsibilities"));
      if (resp != null) {
        h.element("div", resp, "class", "detail");
      }
      h.close("li");
    }
    h.close("ul").newline();
  }

  void deadlines(JsonNode deadlines) {
    heading("Thời hạn", deadlines.size());
    if (empty(deadlines, "Không tìm thấy thời hạn nào.")) {
      return;
    }
    table("deadlines", List.of("Ngày", "Việc", "Văn bản"), deadlines, d -> new String[] {
        PlanPage.text(d, "date") + (d.path("yearInferred").asBoolean() ? " (năm suy ra)" : ""),
        PlanPage.text(d, "what"), PlanPage.text(d, "text")});
  }

  void budgets(JsonNode budgets) {
    heading("Kinh phí", budgets.size());
    if (empty(budgets, "Không tìm thấy thông tin kinh phí.")) {
      return;
    }
    table("budgets", List.of("Số tiền", "Mục đích", "Nguồn", "Văn bản"), budgets, b -> new String[] {
        b.path("amountVnd").isNumber() ? fmt.integer(b.path("amountVnd").asLong()) + " đồng" : null,
        PlanPage.text(b, "purpose"), list(b.path("sources")), PlanPage.text(b, "text")});
  }

  void legalBasis(JsonNode refs) {
    heading("Căn cứ pháp lý", refs.size());
    if (empty(refs, "Không tìm thấy căn cứ nào.")) {
      return;
    }
    table("legal", List.of("Loại", "Số", "Ngày"), refs, r -> new String[] {
        PlanPage.text(r, "type"), PlanPage.text(r, "number"), PlanPage.text(r, "date")});
  }

  void warnings(JsonNode warnings) {
    heading("Cảnh báo", warnings.size());
    if (empty(warnings, "Không có cảnh báo.")) {
      return;
    }
    h.open("ul", "class", "warnings");
    for (JsonNode w : warnings) {
      String sp = w.path("span").isObject() ? spans(w.path("span")) : null;
      h.open("li", "class", sp == null ? null : "src", "tabindex", sp == null ? null : "0", "data-spans", sp);
      h.element("code", PlanPage.text(w, "code")).text(" ").text(PlanPage.text(w, "message"));
      h.close("li");
    }
    h.close("ul").newline();
  }

  private interface Cells {
    String[] of(JsonNode item);
  }

  private void table(String cls, List<String> header, JsonNode items, Cells cells) {
    h.open("table", "class", cls).open("thead").open("tr");
    header.forEach(c -> h.element("th", c));
    h.close("tr").close("thead").open("tbody");
    for (JsonNode item : items) {
      h.open("tr", "class", "src", "tabindex", "0", "data-spans", spans(item.path("span")));
      for (String c : cells.of(item)) {
        h.element("td", c);
      }
      h.close("tr");
    }
    h.close("tbody").close("table").newline();
  }

  private void heading(String title, int count) {
    h.open("h2").text(title).element("span", String.valueOf(count), "class", "count").close("h2");
  }

  private boolean empty(JsonNode items, String sentence) {
    if (items.size() == 0) {
      h.element("p", sentence, "class", "none");
      return true;
    }
    return false;
  }

  /** "≥ 95%", "1 – 2‰", "12". */
  private String value(JsonNode t) {
    StringBuilder sb = new StringBuilder();
    String cmp = PlanPage.text(t, "comparator");
    String sign = labels.of("comparator", cmp);
    if (!sign.isEmpty()) {
      sb.append(sign).append(' '); // "đạt 95%" (EQ) reads as the bare value
    }
    sb.append(fmt.number(t.path("value").asDouble()));
    if (t.path("valueMax").isNumber()) {
      sb.append(" – ").append(fmt.number(t.path("valueMax").asDouble()));
    }
    String unit = labels.of("unit", PlanPage.text(t, "unit"));
    if (!unit.isEmpty()) {
      sb.append(unit.equals("%") || unit.equals("‰") ? "" : " ").append(unit);
    }
    return sb.toString();
  }

  private static String spans(JsonNode span) {
    return span.path("start").asInt() + "-" + span.path("end").asInt();
  }

  private static String list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out.isEmpty() ? null : String.join("; ", out);
  }
}
