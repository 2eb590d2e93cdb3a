package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kehoach.eval.TestJson.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentFieldsMatcherTest {
  private final DocumentFieldsMatcher matcher = new DocumentFieldsMatcher();

  private static final String GOLD = """
      {'document': {'number': '12/KH-UBND', 'title': 'Phòng, chống dịch bệnh năm 2024',
                    'issuer': {'level': 'COMMUNE'},
                    'location': {'province': 'Thừa Thiên Huế', 'district': null},
                    'issuedDate': '2024-03', 'planYear': 2024},
       'signer': {'name': 'Lê Thị Hoà'}}
      """;

  private static ObjectNode pred() {
    ObjectNode plan = TestJson.emptyPlan("2024_xa-h.pdf");
    plan.set("document", json("""
        {'number': '12 / KH-UBND', 'title': 'PHÒNG, CHỐNG DỊCH BỆNH NĂM 2024:',
         'issuer': {'name': 'UBND xã', 'level': 'COMMUNE'},
         'location': {'province': 'THỪA THIÊN HUẾ', 'district': null},
         'issuedDate': '2024-03', 'planYear': 2024}
        """));
    plan.set("signer", json("{'name': 'Lê Thị Hòa', 'title': 'Chủ tịch'}"));
    return plan;
  }

  private Map<MetadataField, FieldCheck> checks(JsonNode gold, JsonNode pred) {
    return matcher.match(gold, pred).checks().stream().collect(Collectors.toMap(FieldCheck::field, Function.identity()));
  }

  @Test
  void variantsAllowedByTheRulesAreCorrect() {
    // spaces in the number, case and trailing ':' in the title, case in the province, old tone placement (Hoà)
    MetadataResult r = matcher.match(json(GOLD), pred());
    assertEquals(new Accuracy(8, 8), r.accuracy(), r.checks().toString());
  }

  @Test
  void nfdTextFoldsLikeNfc() {
    ObjectNode p = pred();
    ((ObjectNode) p.get("document")).put("title", Normalizer.normalize("Phòng, chống dịch bệnh năm 2024", Normalizer.Form.NFD));
    assertTrue(checks(json(GOLD), p).get(MetadataField.TITLE).correct());
  }

  @Test
  void nullMustBeNull() {
    ObjectNode p = pred();
    ((ObjectNode) p.at("/document/location")).put("district", "Phú Vang");
    ((ObjectNode) p.get("document")).putNull("number");
    Map<MetadataField, FieldCheck> c = checks(json(GOLD), p);
    assertFalse(c.get(MetadataField.DISTRICT).correct());
    assertFalse(c.get(MetadataField.NUMBER).correct());
    assertEquals("null", c.get(MetadataField.DISTRICT).gold());
    assertEquals("\"Phú Vang\"", c.get(MetadataField.DISTRICT).predicted());
  }

  @Test
  void levelDateAndYearAreExact() {
    ObjectNode p = pred();
    ObjectNode d = (ObjectNode) p.get("document");
    d.put("issuedDate", "2024-03-05");
    d.put("planYear", 2023);
    ((ObjectNode) d.get("issuer")).put("level", "DISTRICT");
    Map<MetadataField, FieldCheck> c = checks(json(GOLD), p);
    assertFalse(c.get(MetadataField.ISSUED_DATE).correct());
    assertFalse(c.get(MetadataField.PLAN_YEAR).correct());
    assertFalse(c.get(MetadataField.ISSUER_LEVEL).correct());
    assertEquals(new Accuracy(5, 8), matcher.match(json(GOLD), p).accuracy());
  }

  @Test
  void aGoldNullSignerAcceptsNoSignerOrASignerWithoutName() {
    JsonNode gold = json("{'signer': null}");
    ObjectNode p = pred();
    p.putNull("signer");
    assertTrue(checks(gold, p).get(MetadataField.SIGNER).correct());
    p.remove("signer");
    assertTrue(checks(gold, p).get(MetadataField.SIGNER).correct());
    p.set("signer", json("{'title': 'Hiệu trưởng', 'authority': null}"));
    assertTrue(checks(gold, p).get(MetadataField.SIGNER).correct());
    p.set("signer", json("{'name': 'Nguyễn Văn An'}"));
    assertFalse(checks(gold, p).get(MetadataField.SIGNER).correct());
  }

  @Test
  void aPrintedSignerMustBeFound() {
    ObjectNode p = pred();
    p.putNull("signer");
    assertFalse(checks(json(GOLD), p).get(MetadataField.SIGNER).correct());
  }

  @Test
  void onlyFieldsTheGoldAnnotatesAreScored() {
    MetadataResult r = matcher.match(json("{'document': {'planYear': 2024}}"), pred());
    assertEquals(new Accuracy(1, 1), r.accuracy());
    assertEquals(new Accuracy(0, 0), r.accuracy(MetadataField.SIGNER));
  }
}
