package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DeadlinesMatcherTest {
  private final DeadlinesMatcher matcher = new DeadlinesMatcher();

  private static JsonNode pred(String... dates) {
    ObjectNode plan = TestJson.emptyPlan("2024_phuong-e.txt");
    ArrayNode arr = plan.putArray("deadlines");
    for (String d : dates) {
      arr.addObject().put("date", d).put("text", "trước ngày").set("span", TestJson.span());
    }
    return plan;
  }

  private PartResult score(String gold, JsonNode pred) {
    return matcher.match(json("{'deadlines': " + gold + "}"), pred).orElseThrow();
  }

  @Test
  void distinctDatesAreScoredOnce() {
    String gold = "[{'date': '2024-06-15'}, {'date': '2024-12-10'}]";
    assertEquals(new Counts(2, 0, 0), score(gold, pred("2024-06-15", "2024-12-10", "2024-06-15")).counts());
    assertEquals(new Counts(1, 1, 1), score(gold, pred("2024-06-15", "2024-06-15", "2023-12-10")).counts());
  }

  @Test
  void optionalDatesAreNeitherMissedNorExtra() {
    String gold = "[{'date': '2024-06-15'}, {'date': '2024-06-30', 'optional': true}]";
    assertEquals(new Counts(1, 0, 0), score(gold, pred("2024-06-15", "2024-06-30")).counts());
    assertEquals(new Counts(1, 0, 0), score(gold, pred("2024-06-15")).counts());
  }

  @Test
  void aDateListedRequiredAndOptionalIsRequired() {
    String gold = "[{'date': '2024-06-30', 'optional': true}, {'date': '2024-06-30'}]";
    assertEquals(new Counts(0, 0, 1), score(gold, pred()).counts());
  }
}
