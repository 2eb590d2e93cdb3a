package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetsMatcherTest {
  private final BudgetsMatcher matcher = new BudgetsMatcher();

  private static JsonNode pred(Long... amounts) {
    ObjectNode plan = TestJson.emptyPlan("2024_tinh-f.pdf");
    ArrayNode arr = plan.putArray("budgets");
    for (Long a : amounts) {
      ObjectNode b = arr.addObject().put("text", "Kinh phí thực hiện");
      if (a == null) {
        b.putNull("amountVnd");
      } else {
        b.put("amountVnd", a);
      }
      b.set("span", TestJson.span());
    }
    return plan;
  }

  private PartResult score(String gold, JsonNode pred) {
    return matcher.match(json("{'budgets': " + gold + "}"), pred).orElseThrow();
  }

  @Test
  void amountsPairWhenEqualAndNullAmountsAreNotScored() {
    String gold = "[{'amountVnd': 250000000}, {'amountVnd': null}, {'amountVnd': 1.2E8}]";
    PartResult r = score(gold, pred(120_000_000L, null, 250_000_000L, null));
    assertEquals(new Counts(2, 0, 0), r.counts());
  }

  @Test
  void equalAmountsStatedTwiceNeedTwoPredictions() {
    String gold = "[{'amountVnd': 50000000}, {'amountVnd': 50000000}]";
    PartResult r = score(gold, pred(50_000_000L, 5_000_000L));
    assertEquals(new Counts(1, 1, 1), r.counts());
    assertEquals(List.of("50000000 VND"), r.missed());
    assertEquals(List.of("5000000 VND"), r.extra());
  }

  @Test
  void optionalBudgetsAreNeitherMissedNorExtra() {
    String gold = "[{'amountVnd': 10000000}, {'amountVnd': 30000000, 'optional': true}]";
    assertEquals(new Counts(1, 0, 0), score(gold, pred(30_000_000L, 10_000_000L)).counts());
    assertEquals(new Counts(1, 0, 0), score(gold, pred(10_000_000L)).counts());
  }
}
