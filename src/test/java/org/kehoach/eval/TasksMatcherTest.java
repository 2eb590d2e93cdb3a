package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TasksMatcherTest {
  private final TasksMatcher matcher = new TasksMatcher();

  private static ObjectNode task(String number, String timeline, String... leads) {
    ObjectNode t = TestJson.object("{'text': 'Tổ chức tuyên truyền', 'partners': []}");
    t.put("number", number);
    ArrayNode lead = t.putArray("lead");
    for (String l : leads) {
      lead.add(l);
    }
    t.put("timeline", timeline);
    t.set("span", TestJson.span());
    return t;
  }

  private static JsonNode pred(ObjectNode... tasks) {
    ObjectNode plan = TestJson.emptyPlan("2024_huyen-g.pdf");
    ArrayNode arr = plan.putArray("tasks");
    for (ObjectNode t : tasks) {
      arr.add(t);
    }
    return plan;
  }

  private PartResult score(String gold, JsonNode pred) {
    return matcher.match(json("{'tasks': " + gold + "}"), pred).orElseThrow();
  }

  @Test
  void sameNumberLeadsAndTimelineMakeATruePositive() {
    String gold = "[{'number': '1', 'lead': ['phong noi vu'], 'timeline': 'thuong xuyen trong nam'},"
        + " {'number': '2', 'lead': [['huyen doan', 'doan thanh nien']], 'timeline': 'quy ii, iv nam 2024'}]";
    PartResult r = score(gold, pred(
        task("2", "Quý II, IV năm 2024", "Đoàn Thanh niên huyện"),
        task("1", "Thường xuyên trong năm.", "Phòng Nội vụ")));
    assertEquals(new Counts(2, 0, 0), r.counts());
    assertEquals(new Accuracy(2, 2), r.attributes().get(TasksMatcher.LEAD));
  }

  @Test
  void leadListsMustHaveTheSameLength() {
    String gold = "[{'number': '3', 'lead': ['cong an'], 'timeline': 'thuong xuyen'}]";
    PartResult r = score(gold, pred(task("3", "Thường xuyên", "Công an huyện", "Phòng Tư pháp")));
    assertEquals(new Counts(0, 1, 1), r.counts());
    assertEquals(new Accuracy(0, 1), r.attributes().get(TasksMatcher.LEAD));
    assertEquals(new Accuracy(1, 1), r.attributes().get(TasksMatcher.TIMELINE));
  }

  @Test
  void eachGoldLeadNeedsItsOwnPredictedLead() {
    // both gold leads are inside the first predicted lead only; the second lead matches neither
    String gold = "[{'number': '4', 'lead': ['phong noi vu', 'cong an'], 'timeline': 'thuong xuyen'}]";
    assertEquals(new Counts(0, 1, 1),
        score(gold, pred(task("4", "Thường xuyên", "Phòng Nội vụ và Công an huyện", "Phòng Tư pháp"))).counts());
    assertEquals(new Counts(1, 0, 0),
        score(gold, pred(task("4", "Thường xuyên", "Công an huyện", "Phòng Nội vụ"))).counts());
  }

  @Test
  void aWrongTimelineIsAMissAndANote() {
    String gold = "[{'number': '5', 'lead': ['phong y te'], 'timeline': 'quy iii nam 2024'}]";
    PartResult r = score(gold, pred(task("5", "Quý IV năm 2024", "Phòng Y tế")));
    assertEquals(new Counts(0, 1, 1), r.counts());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("timeline")), r.notes().toString());
  }

  @Test
  void missingNumbersAndUnclaimedPredictionsAreCounted() {
    String gold = "[{'number': '6', 'lead': ['phong tu phap'], 'timeline': 'thuong xuyen'}]";
    PartResult r = score(gold, pred(task("7", "Thường xuyên", "Phòng Tư pháp")));
    assertEquals(new Counts(0, 1, 1), r.counts());
    assertEquals(List.of("task 6 (no task with this number)"), r.missed());
  }

  @Test
  void aGoldNullTimelineNeedsANullTimeline() {
    String gold = "[{'number': '8', 'lead': ['phong y te'], 'timeline': null}]";
    ObjectNode none = task("8", null, "Phòng Y tế");
    assertEquals(new Counts(1, 0, 0), score(gold, pred(none)).counts());
    assertEquals(new Counts(0, 1, 1), score(gold, pred(task("8", "Năm 2024", "Phòng Y tế"))).counts());
  }

  @Test
  void goldWithoutTasksIsNotScored() {
    assertTrue(matcher.match(json("{'targets': []}"), pred(task("1", "x", "y"))).isEmpty());
  }
}
