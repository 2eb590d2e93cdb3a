package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
  private final SchemaValidator validator = new SchemaValidator(TestJson.MAPPER);

  private static boolean mentions(List<String> violations, String... words) {
    return violations.stream().anyMatch(v -> {
      for (String w : words) {
        if (!v.contains(w)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void acceptsAMinimalPlan() {
    assertEquals(List.of(), validator.validate(TestJson.emptyPlan("2024_xa-a.pdf")));
  }

  @Test
  void acceptsAPlanWithOneItemOfEveryPart() {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-a.docx");
    plan.withArray("targets").add(TestJson.object("""
        {'name': 'tỷ lệ tiêm chủng', 'text': 'đạt 95%', 'value': 95, 'unit': 'percent',
         'direction': 'INCREASE', 'comparator': null, 'year': 2024, 'span': {'start': 3, 'end': 9, 'page': 1}}"""));
    plan.withArray("deadlines").add(TestJson.object("{'date': '2024-06-15', 'text': 'trước ngày 15/6', 'span': {'start': 0, 'end': 2}}"));
    plan.withArray("budgets").add(TestJson.object("{'amountVnd': null, 'text': 'ngân sách huyện', 'span': {'start': 0, 'end': 2}}"));
    plan.withArray("agencies").add(TestJson.object("{'name': 'Phòng Y tế', 'spans': []}"));
    plan.set("signer", TestJson.object("{'name': 'Lê Văn B', 'title': null}"));
    assertEquals(List.of(), validator.validate(plan));
  }

  @Test
  void rejectsAMissingRequiredProperty() {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-a.pdf");
    plan.remove("targets");
    List<String> v = validator.validate(plan);
    assertTrue(mentions(v, "targets"), v.toString());
  }

  @Test
  void rejectsAValueOutsideAnEnum() {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-a.pdf");
    plan.withArray("targets").add(TestJson.object(
        "{'name': 'a', 'text': 'b', 'value': 1, 'unit': 'percentage', 'span': {'start': 0, 'end': 1}}"));
    List<String> v = validator.validate(plan);
    assertEquals(1, v.size(), v.toString());
    assertTrue(mentions(v, "unit"), v.toString());
  }

  @Test
  void rejectsABadSha256() {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-a.pdf");
    ((ObjectNode) plan.get("source")).put("sha256", "ABC" + "0".repeat(61));
    List<String> v = validator.validate(plan);
    assertTrue(mentions(v, "sha256"), v.toString());
    ((ObjectNode) plan.get("source")).put("sha256", "0".repeat(63));
    assertFalse(validator.validate(plan).isEmpty());
  }

  @Test
  void rejectsABadDateAndANegativeSpan() {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-a.pdf");
    plan.withArray("deadlines").add(TestJson.object("{'date': '15/06/2024', 'text': 'x', 'span': {'start': -1, 'end': 2}}"));
    List<String> v = validator.validate(plan);
    assertTrue(mentions(v, "date"), v.toString());
    assertTrue(mentions(v, "start"), v.toString());
  }
}
