package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds from a gold file the prediction a perfect tool would write for it: schema-valid, every gold item
 * present once (optional ones too), names built from the gold phrases so that they contain them.
 */
final class PerfectPredictions {
  private PerfectPredictions() {}

  static ObjectNode from(JsonNode gold, String sourceFile) {
    ObjectNode plan = TestJson.emptyPlan(sourceFile);
    ObjectNode doc = (ObjectNode) plan.get("document");
    JsonNode g = gold.get("document");
    doc.set("number", g.get("number"));
    doc.set("title", g.get("title"));
    ((ObjectNode) doc.get("issuer")).set("level", g.at("/issuer/level"));
    ((ObjectNode) doc.get("location")).set("province", g.at("/location/province"));
    ((ObjectNode) doc.get("location")).set("district", g.at("/location/district"));
    doc.set("issuedDate", g.get("issuedDate"));
    doc.set("planYear", g.get("planYear"));
    JsonNode signer = gold.get("signer");
    if (signer != null && !signer.isNull()) {
      plan.putObject("signer").put("name", signer.get("name").asText()).put("title", "Phó Chủ tịch");
    }
    ArrayNode sections = plan.putArray("sections");
    gold.get("sections").forEach(k -> sections.addObject()
        .put("kind", k.asText()).put("heading", k.asText()).set("span", TestJson.span()));
    ArrayNode legal = plan.putArray("legalBasis");
    gold.get("legalBasis").forEach(n -> legal.addObject().put("number", n.asText()).set("span", TestJson.span()));
    ArrayNode targets = plan.putArray("targets");
    for (JsonNode t : gold.get("targets")) {
      ObjectNode p = targets.addObject()
          .put("name", "chỉ tiêu " + firstPhrase(t.get("match"), "bất kỳ"))
          .put("text", "đạt chỉ tiêu");
      p.set("value", t.get("value"));
      p.set("unit", t.get("unit"));
      if (t.has("direction")) {
        p.set("direction", t.get("direction"));
      }
      if (t.has("year")) {
        p.set("year", t.get("year"));
      }
      p.set("span", TestJson.span());
    }
    ArrayNode deadlines = plan.putArray("deadlines");
    gold.get("deadlines").forEach(d -> deadlines.addObject()
        .put("date", d.get("date").asText()).put("text", "trước ngày").set("span", TestJson.span()));
    ArrayNode budgets = plan.putArray("budgets");
    gold.get("budgets").forEach(b -> {
      ObjectNode p = budgets.addObject();
      p.set("amountVnd", b.get("amountVnd"));
      p.put("text", "kinh phí").set("span", TestJson.span());
    });
    ArrayNode agencies = plan.putArray("agencies");
    gold.get("agencies").forEach(a -> agencies.addObject()
        .put("name", firstPhrase(a.get("match"), null)).putArray("spans"));
    if (gold.has("tasks")) {
      ArrayNode tasks = plan.putArray("tasks");
      for (JsonNode t : gold.get("tasks")) {
        ObjectNode p = tasks.addObject().put("number", t.get("number").asText()).put("text", "nhiệm vụ");
        ArrayNode lead = p.putArray("lead");
        t.get("lead").forEach(l -> lead.add(firstPhrase(l, null)));
        p.putArray("partners");
        p.put("timeline", t.get("timeline").asText());
        p.set("span", TestJson.span());
      }
    }
    return plan;
  }

  private static String firstPhrase(JsonNode match, String fallback) {
    if (match == null || match.isNull()) {
      return fallback;
    }
    return match.isArray() ? match.get(0).asText() : match.asText();
  }
}
