package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalBasisMatcherTest {
  private final LegalBasisMatcher matcher = new LegalBasisMatcher();

  private static JsonNode pred(String... numbers) {
    ObjectNode plan = TestJson.emptyPlan("2024_tinh-d.doc");
    ArrayNode arr = plan.putArray("legalBasis");
    for (String n : numbers) {
      arr.addObject().put("number", n).set("span", TestJson.span());
    }
    return plan;
  }

  private PartResult score(String gold, JsonNode pred) {
    return matcher.match(json("{'legalBasis': " + gold + "}"), pred).orElseThrow();
  }

  @Test
  void numbersCompareAfterFoldWithSpacesRemoved() {
    PartResult r = score("['26-NQ/TU', '215/LĐTBXH-TE', '12/2021/NQ-HĐND']",
        pred("26 - NQ/TU", "215/LDTBXH-TE", "12/2021/nq-hđnd"));
    assertEquals(new Counts(3, 0, 0), r.counts());
  }

  @Test
  void duplicatesCountAsAMultiset() {
    assertEquals(new Counts(1, 1, 0), score("['99/KH-UBND']", pred("99/KH-UBND", "99/KH-UBND")).counts());
    assertEquals(new Counts(1, 0, 1), score("['99/KH-UBND', '99/KH-UBND']", pred("99/KH-UBND")).counts());
  }

  @Test
  void aDifferentNumberIsBothMissedAndExtra() {
    PartResult r = score("['75/KH-UBND']", pred("76/KH-UBND"));
    assertEquals(new Counts(0, 1, 1), r.counts());
    assertEquals(List.of("75/KH-UBND"), r.missed());
    assertEquals(List.of("76/KH-UBND"), r.extra());
  }

  @Test
  void objectItemsMayBeOptional() {
    String gold = "[{'number': '1/QĐ-TTg'}, {'number': '2/CT-TTg', 'optional': true}]";
    assertEquals(new Counts(1, 0, 0), score(gold, pred("1/QĐ-TTg", "2/CT-TTg")).counts());
    assertEquals(new Counts(1, 0, 0), score(gold, pred("1/QĐ-TTg")).counts());
  }
}
