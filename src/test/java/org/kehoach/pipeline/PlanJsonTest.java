package org.kehoach.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kehoach.index.PlanJsonReader;
import org.kehoach.index.PlanModelReader;
import org.kehoach.model.Plan;
import org.kehoach.model.Target;

/**
 * The plan JSON written token by token is what the mapper writes for the same plan as a tree, pretty and
 * compact; and the index reads the same record from a parsed plan as from its JSON.
 */
class PlanJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long SEED = 20261122L;
  private static final int PLANS = 400;

  private final PlanJson planJson = new PlanJson(MAPPER);

  @Test
  void theBytesAreThoseTheMapperWritesForTheTreeOfThePlan() throws Exception {
    RandomPlans plans = new RandomPlans(SEED);
    for (int i = 0; i < PLANS; i++) {
      Plan plan = plans.next();
      byte[] pretty = planJson.pretty(plan);
      JsonNode tree = MAPPER.readTree(pretty);
      String where = "plan " + i + " of seed " + SEED;
      assertArrayEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree), pretty, where);
      assertArrayEquals(MAPPER.writeValueAsBytes(tree), planJson.compact(plan), where);
      assertArrayEquals(planJson.compact(plan), PlanJson.compactOf(pretty), where + ": compact taken from pretty");
    }
  }

  @Test
  void compactingKeepsEveryByteOfAStringAndDropsOnlyThePrintersWhitespace() throws Exception {
    // strings that hold what the scan must not take for whitespace or an end of string
    String[] values = {"  hai  khoảng  ", "ngoặc \" kép \" ", "gạch \\", "gạch cuối \\\\", "dòng\nmới\t tab",
        "", " ", "\\\"", "chữ 𠀀 ngoài BMP", "{ [ : , ] }"};
    for (String v : values) {
      JsonNode tree = MAPPER.createObjectNode().put("a b", v).set("list",
          MAPPER.createArrayNode().add(v).add(MAPPER.createObjectNode()).add(MAPPER.createArrayNode()).add(1.5));
      byte[] pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
      assertArrayEquals(MAPPER.writeValueAsBytes(tree), PlanJson.compactOf(pretty), v);
    }
  }

  @Test
  void everyPartIsWrittenInContractOrderAndAbsentValuesAreNulls() throws Exception {
    RandomPlans plans = new RandomPlans(SEED);
    int checked = 0;
    for (int i = 0; i < PLANS; i++) {
      Plan plan = plans.next();
      JsonNode json = MAPPER.readTree(planJson.compact(plan));
      assertEquals(List.of("schemaVersion", "source", "document", "signer", "recipients", "legalBasis", "sections",
          "targets", "tasks", "agencies", "deadlines", "budgets", "warnings"), names(json));
      assertEquals(List.of("file", "format", "sha256", "pages", "ocr", "encoding"), names(json.get("source")));
      assertEquals(plan.source().format().name().toLowerCase(Locale.ROOT), json.at("/source/format").asText());
      assertEquals(List.of("number", "title", "issuer", "location", "place", "issuedDate", "issuedDateText",
          "planYear", "period"), names(json.get("document")));
      assertEquals(plan.signer() == null, json.get("signer").isNull());
      assertEquals(plan.document().period() == null, json.at("/document/period").isNull());
      for (int t = 0; t < plan.targets().size(); t++) {
        Target target = plan.targets().get(t);
        JsonNode node = json.get("targets").get(t);
        assertEquals(List.of("indicator", "name", "text", "value", "valueMax", "unit", "comparator", "direction",
            "year", "span"), names(node));
        assertEquals(target.unit().jsonName(), node.get("unit").asText());
        assertEquals(target.valueMax() == null, node.get("valueMax").isNull());
        assertEquals(target.span().page() == null, node.at("/span/page").isNull());
        checked++;
      }
      for (int w = 0; w < plan.warnings().size(); w++) {
        // a warning, like a signer, names a span only when it has one
        assertEquals(plan.warnings().get(w).span() != null, json.get("warnings").get(w).has("span"));
      }
    }
    assertTrue(checked > 100, "the random plans hold targets");
  }

  @Test
  void theIndexReadsTheSameRecordFromThePlanAsFromItsJson() throws Exception {
    PlanJsonReader fromJson = new PlanJsonReader();
    PlanModelReader fromModel = new PlanModelReader();
    RandomPlans plans = new RandomPlans(SEED + 1);
    int refused = 0;
    for (int i = 0; i < PLANS; i++) {
      Plan plan = plans.next();
      JsonNode json = MAPPER.readTree(planJson.pretty(plan));
      String where = "plan " + i + " of seed " + (SEED + 1);
      if (plan.targets().stream().allMatch(t -> Double.isFinite(t.value()))) {
        assertEquals(fromJson.read(json), fromModel.read(plan), where);
      } else {
        refused++;
        assertThrows(IllegalArgumentException.class, () -> fromJson.read(json), where);
        assertThrows(IllegalArgumentException.class, () -> fromModel.read(plan), where);
      }
    }
    assertTrue(refused > 0 && refused < PLANS / 2, "refused " + refused + " of " + PLANS);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
