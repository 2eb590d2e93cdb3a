package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsMatcherTest {
  private final SectionsMatcher matcher = new SectionsMatcher();

  private static JsonNode pred(String... kinds) {
    ObjectNode plan = TestJson.emptyPlan("2024_truong-c.pdf");
    ArrayNode arr = plan.putArray("sections");
    for (String k : kinds) {
      arr.addObject().put("kind", k).put("heading", "I. " + k).set("span", TestJson.span());
    }
    return plan;
  }

  private PartResult score(String gold, JsonNode pred) {
    return matcher.match(json("{'sections': " + gold + "}"), pred).orElseThrow();
  }

  @Test
  void sameKindsInTheSameOrderScorePerfectlyWithoutNote() {
    PartResult r = score("['PURPOSE', 'TASKS', 'ORGANIZATION']", pred("PURPOSE", "OTHER", "TASKS", "ORGANIZATION"));
    assertEquals(new Counts(3, 0, 0), r.counts());
    assertTrue(r.notes().isEmpty(), r.notes().toString());
  }

  @Test
  void aDifferentOrderIsReportedButNotPenalised() {
    PartResult r = score("['PURPOSE', 'TASKS', 'BUDGET', 'ORGANIZATION']", pred("PURPOSE", "BUDGET", "TASKS", "ORGANIZATION"));
    assertEquals(new Counts(4, 0, 0), r.counts());
    assertEquals(1, r.notes().size());
    assertTrue(r.notes().get(0).startsWith("section order differs"), r.notes().get(0));
  }

  @Test
  void kindsAreAMultiset() {
    String gold = "['ORGANIZATION', 'BUDGET', 'ORGANIZATION']";
    PartResult fewer = score(gold, pred("ORGANIZATION", "BUDGET"));
    assertEquals(new Counts(2, 0, 1), fewer.counts());
    assertEquals(List.of("ORGANIZATION"), fewer.missed());
    assertTrue(fewer.notes().isEmpty(), fewer.notes().toString());
    assertEquals(new Counts(3, 1, 0), score(gold, pred("ORGANIZATION", "BUDGET", "ORGANIZATION", "ORGANIZATION")).counts());
  }

  @Test
  void otherIsIgnoredOnBothSides() {
    assertEquals(new Counts(1, 0, 0), score("['TASKS', 'OTHER']", pred("OTHER", "TASKS", "OTHER")).counts());
  }

  @Test
  void orderIsComparedOnSharedKindsOnly() {
    // a missing REPORTING does not make the rest "out of order"
    PartResult r = score("['PURPOSE', 'REPORTING', 'TASKS']", pred("PURPOSE", "TASKS"));
    assertEquals(new Counts(2, 0, 1), r.counts());
    assertTrue(r.notes().isEmpty(), r.notes().toString());
  }
}
