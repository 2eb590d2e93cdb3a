package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetsMatcherTest {
  private final TargetsMatcher matcher = new TargetsMatcher();

  private static JsonNode gold(String targets) {
    return json("{'targets': " + targets + "}");
  }

  private static ObjectNode target(String name, String text, double value, String unit) {
    ObjectNode t = TestJson.object("{'span': {'start': 0, 'end': 1}}");
    t.put("name", name).put("text", text).put("value", value).put("unit", unit);
    return t;
  }

  private static JsonNode pred(ObjectNode... targets) {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-a.pdf");
    ArrayNode arr = plan.putArray("targets");
    for (ObjectNode t : targets) {
      arr.add(t);
    }
    return plan;
  }

  private PartResult score(JsonNode gold, JsonNode pred) {
    return matcher.match(gold, pred).orElseThrow();
  }

  @Test
  void pairsOnUnitValueAndFoldedMatchInNameOrText() {
    JsonNode g = gold("[{'value': 95, 'unit': 'percent', 'match': 'tiem chung'},"
        + " {'value': 7.8, 'unit': 'percent', 'match': 'thap coi'}]");
    PartResult r = score(g, pred(
        target("Tỷ lệ trẻ em được TIÊM CHỦNG đầy đủ", "", 95.0, "percent"),
        target("tỷ lệ suy dinh dưỡng", "Giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống còn 7,8%", 7.8, "percent")));
    assertEquals(new Counts(2, 0, 0), r.counts());
  }

  @Test
  void valueMustAgreeToOneBillionthAndUnitExactly() {
    JsonNode g = gold("[{'value': 6.5, 'unit': 'per_1000', 'match': 'so sinh'}]");
    assertEquals(new Counts(1, 0, 0),
        score(g, pred(target("tử vong sơ sinh", "", 6.5 + 1e-10, "per_1000"))).counts());
    assertEquals(new Counts(0, 1, 1),
        score(g, pred(target("tử vong sơ sinh", "", 6.51, "per_1000"))).counts());
    assertEquals(new Counts(0, 1, 1),
        score(g, pred(target("tử vong sơ sinh", "", 6.5, "percent"))).counts());
  }

  @Test
  void maximumMatchingPairsWhereGreedyWouldNot() {
    // the broad 'tre em' item would grab the first prediction greedily and leave 'khai sinh' unpaired
    JsonNode g = gold("[{'value': 100, 'unit': 'percent', 'match': 'tre em'},"
        + " {'value': 100, 'unit': 'percent', 'match': 'khai sinh'}]");
    PartResult r = score(g, pred(
        target("Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", "", 100, "percent"),
        target("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", "", 100, "percent")));
    assertEquals(new Counts(2, 0, 0), r.counts());
  }

  @Test
  void optionalItemsAreNeitherMissedNorExtraAndRequiredItemsWinContention() {
    // the optional item comes first in the gold and could take the only prediction; the required one must
    JsonNode g = gold("[{'value': 100, 'unit': 'percent', 'optional': true},"
        + " {'value': 100, 'unit': 'percent', 'match': 've sinh'}]");
    PartResult one = score(g, pred(target("tỷ lệ trường học có công trình vệ sinh", "", 100, "percent")));
    assertEquals(new Counts(1, 0, 0), one.counts());
    assertEquals(0, one.optionalPaired());
    PartResult two = score(g, pred(
        target("tỷ lệ trường học có công trình vệ sinh", "", 100, "percent"),
        target("tỷ lệ xã phù hợp với trẻ em", "", 100, "percent")));
    assertEquals(new Counts(1, 0, 0), two.counts());
    assertEquals(1, two.optionalPaired());
    PartResult none = score(g, pred());
    assertEquals(new Counts(0, 0, 1), none.counts());
    assertEquals(List.of("100 percent 've sinh'"), none.missed());
  }

  @Test
  void duplicateGoldValuesNeedOnePredictionEach() {
    JsonNode g = gold("[{'value': 86, 'unit': 'percent', 'match': 'khuyet tat'},"
        + " {'value': 86, 'unit': 'percent', 'match': 'khuyet tat'}]");
    ObjectNode t = target("trẻ em khuyết tật được tiếp cận giáo dục", "", 86, "percent");
    assertEquals(new Counts(1, 0, 1), score(g, pred(t)).counts());
    assertEquals(new Counts(2, 1, 0), score(g, pred(t.deepCopy(), t.deepCopy(), t.deepCopy())).counts());
  }

  @Test
  void directionAndYearAreScoredOnPairedItemsWhereGoldGivesThem() {
    JsonNode g = gold("[{'value': 3, 'unit': 'percent', 'match': 'ngheo', 'direction': 'DECREASE', 'year': 2025},"
        + " {'value': 90, 'unit': 'percent', 'match': 'nuoc sach', 'direction': 'INCREASE'},"
        + " {'value': 50, 'unit': 'percent', 'match': 'cay xanh'},"
        + " {'value': 12, 'unit': 'percent', 'match': 'khong co', 'direction': 'DECREASE'}]");
    ObjectNode poor = target("tỷ lệ hộ nghèo", "", 3, "percent").put("direction", "INCREASE").put("year", 2025);
    ObjectNode water = target("tỷ lệ hộ dùng nước sạch", "", 90, "percent").put("direction", "INCREASE");
    ObjectNode green = target("tỷ lệ phủ cây xanh", "", 50, "percent").put("direction", "MAINTAIN");
    PartResult r = score(g, pred(poor, water, green));
    assertEquals(new Counts(3, 0, 1), r.counts());
    // the unpaired 'khong co' item and the direction-less 'cay xanh' item are not scored
    assertEquals(new Accuracy(1, 2), r.attributes().get(TargetsMatcher.DIRECTION));
    assertEquals(new Accuracy(1, 1), r.attributes().get(TargetsMatcher.YEAR));
    assertEquals(1, r.notes().size());
    assertTrue(r.notes().get(0).contains("expected \"DECREASE\""), r.notes().toString());
  }

  @Test
  void everyPredictionIsExtraWhenTheGoldHasNoTargets() {
    PartResult r = score(gold("[]"), pred(target("số trẻ", "", 20, "count"), target("kinh phí", "", 5e8, "vnd")));
    assertEquals(new Counts(0, 2, 0), r.counts());
    assertEquals(2, r.extra().size());
  }

  @Test
  void theOrderOfPredictionsNeverChangesTheCounts() {
    JsonNode g = gold("[{'value': 100, 'unit': 'percent', 'match': 'tre em'},"
        + " {'value': 100, 'unit': 'percent', 'match': 'khai sinh'},"
        + " {'value': 100, 'unit': 'percent', 'match': 'hoc sinh', 'optional': true},"
        + " {'value': 100, 'unit': 'percent', 'match': 'tre em'}]");
    List<ObjectNode> preds = new ArrayList<>(List.of(
        target("trẻ em được đăng ký khai sinh", "", 100, "percent"),
        target("trẻ em được chăm sóc", "", 100, "percent"),
        target("học sinh trẻ em được học bơi", "", 100, "percent"),
        target("người cao tuổi", "", 100, "percent")));
    Counts first = score(g, pred(preds.toArray(ObjectNode[]::new))).counts();
    assertEquals(new Counts(3, 1, 0), first);
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(preds, rnd);
      assertEquals(first, score(g, pred(preds.toArray(ObjectNode[]::new))).counts(), "seed " + seed);
    }
  }

  @Test
  void goldWithoutTargetsIsNotScoredAndBrokenGoldIsNamed() {
    assertTrue(matcher.match(json("{}"), pred()).isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> score(gold("[{'value': 1, 'unit': 'count'}, {'value': 'mot', 'unit': 'count'}]"), pred()));
    assertTrue(e.getMessage().startsWith("targets[1].value"), e.getMessage());
  }
}
