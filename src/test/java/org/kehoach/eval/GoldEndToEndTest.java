package org.kehoach.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores the development gold set against predictions built from it: perfect ones must score 1.0 everywhere,
 * and a copy with known perturbations must lose exactly what each perturbation costs under the rules.
 */
class GoldEndToEndTest {
  private static Path goldDir;
  private static Map<String, JsonNode> gold;

  private final PlanEvaluator evaluator = new PlanEvaluator(TestJson.MAPPER);

  @BeforeAll
  static void loadGold() throws IOException {
    goldDir = GoldDirectory.locate().orElse(null);
    Assumptions.assumeTrue(goldDir != null, "gold set not found: set -Dkehoach.gold=DIR or put shared/gold beside the repo");
    gold = new GoldLoader(TestJson.MAPPER).load(goldDir);
  }

  private static void write(Path dir, String name, JsonNode plan) throws IOException {
    Files.writeString(dir.resolve(name), TestJson.MAPPER.writeValueAsString(plan), StandardCharsets.UTF_8);
  }

  /** Required items per part, counted straight from the gold files. */
  private static Map<Part, Integer> requiredCounts() {
    Map<Part, Integer> n = new EnumMap<>(Part.class);
    for (JsonNode g : gold.values()) {
      for (Part p : Part.values()) {
        if (!g.has(p.key())) {
          continue;
        }
        List<JsonNode> items = StreamSupport.stream(g.get(p.key()).spliterator(), false).toList();
        long count;
        if (p == Part.SECTIONS) {
          count = items.stream().filter(k -> !k.asText().equals("OTHER")).count();
        } else if (p == Part.DEADLINES) {
          Set<String> required = new HashSet<>();
          items.stream().filter(d -> !d.path("optional").asBoolean()).forEach(d -> required.add(d.get("date").asText()));
          count = required.size();
        } else {
          count = items.stream().filter(i -> !i.path("optional").asBoolean()).count();
        }
        n.merge(p, (int) count, Integer::sum);
      }
    }
    return n;
  }

  private static int goldDirections() {
    int n = 0;
    for (JsonNode g : gold.values()) {
      for (JsonNode t : g.path("targets")) {
        n += t.hasNonNull("direction") ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void perfectPredictionsScoreOneEverywhere(@TempDir Path pred) throws IOException {
    SchemaValidator validator = new SchemaValidator(TestJson.MAPPER);
    for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
      // two formats of the same plan: each is scored on its own against the same gold
      for (String ext : List.of(".pdf", ".scan.pdf")) {
        ObjectNode plan = PerfectPredictions.from(e.getValue(), e.getKey() + ext);
        assertEquals(List.of(), validator.validate(plan), e.getKey() + ext);
        write(pred, e.getKey() + ext + ".json", plan);
      }
    }
    write(pred, "report.json", TestJson.object("{'files': 10}"));
    write(pred, "orphan.json", PerfectPredictions.from(gold.values().iterator().next(), "2099_nowhere.docx"));

    EvalReport r = evaluator.evaluate(goldDir, pred);
    assertEquals(2 * gold.size(), r.files().size());
    assertEquals(1, r.withoutGold().size(), r.withoutGold().toString());
    assertTrue(r.unreadable().isEmpty(), r.unreadable().toString());
    assertTrue(r.goldWithoutPrediction().isEmpty());

    Map<Part, Integer> required = requiredCounts();
    for (Part p : Part.values()) {
      assertEquals(required.containsKey(p), r.scored(p), p.key());
      if (!r.scored(p)) {
        continue;
      }
      Counts c = r.total(p);
      assertEquals(new Counts(2 * required.get(p), 0, 0), c, p.key());
      assertEquals(1.0, c.f1(), p.key());
    }
    assertEquals(r.metadata().scored(), r.metadata().correct());
    assertEquals(2 * gold.size() * MetadataField.values().length, r.metadata().scored());
    assertEquals(new Accuracy(2 * goldDirections(), 2 * goldDirections()), r.attributes(Part.TARGETS).get("direction"));
    for (FileResult f : r.files()) {
      f.parts().values().forEach(pr -> assertTrue(pr.notes().isEmpty(), f.prediction() + " " + pr.notes()));
    }
  }

  @Test
  void perturbedPredictionsLoseExactlyWhatEachChangeCosts(@TempDir Path perfectDir, @TempDir Path perturbedDir)
      throws IOException {
    Map<String, ObjectNode> plans = new TreeMap<>();
    gold.forEach((doc, g) -> plans.put(doc, PerfectPredictions.from(g, doc + ".docx")));
    for (Map.Entry<String, ObjectNode> e : plans.entrySet()) {
      write(perfectDir, e.getKey() + ".json", e.getValue());
    }
    EvalReport base = evaluator.evaluate(goldDir, perfectDir);

    ObjectNode camPha = required(plans, "2023_cam-pha");
    ObjectNode hongNgu = required(plans, "2020_hong-ngu");
    ObjectNode haNam = required(plans, "2014_ha-nam");
    ObjectNode lySon = required(plans, "2025_ly-son");
    ObjectNode school = required(plans, "2025_bu-gia-map-school");

    // targets: drop the first required target (no other prediction carries its phrase): TP-1, FN+1;
    // add a value no gold item has: FP+1; flip one paired direction: direction accuracy -1
    ArrayNode targets = (ArrayNode) camPha.get("targets");
    assertFalse(gold.get("2023_cam-pha").at("/targets/0").path("optional").asBoolean());
    targets.remove(0);
    ObjectNode flipped = (ObjectNode) targets.get(1);
    assertEquals("DECREASE", flipped.get("direction").asText());
    flipped.put("direction", "INCREASE");
    targets.addObject().put("name", "tỷ lệ hộ dân dùng điện").put("text", "đạt 42%").put("value", 42)
        .put("unit", "percent").set("span", TestJson.span());
    // deadlines: one date moved by a day is one miss and one extra
    ((ObjectNode) hongNgu.at("/deadlines/0")).put("date", "2020-05-14");
    // metadata: a wrong title, and a number where the gold says none is printed
    ((ObjectNode) haNam.get("document")).put("title", "Kế hoạch khác").put("number", "12/KH-UBND");
    // budgets: the same amount twice, though the gold states it once
    ((ArrayNode) haNam.get("budgets")).add(haNam.at("/budgets/0").deepCopy());
    // agencies: an organisation the gold does not name at all
    ((ArrayNode) lySon.get("agencies")).addObject().put("name", "Sở Công Thương tỉnh").putArray("spans");
    // tasks: a wrong timeline fails that task (miss + extra) and the timeline attribute
    for (JsonNode t : lySon.get("tasks")) {
      if (t.get("number").asText().equals("9")) {
        ((ObjectNode) t).put("timeline", "Quý III năm 2025");
      }
    }
    // no cost: sections reordered with an OTHER inserted, a legal basis number spaced and lower-cased
    ArrayNode sections = (ArrayNode) school.get("sections");
    ArrayNode reversed = TestJson.MAPPER.createArrayNode();
    for (int i = sections.size() - 1; i >= 0; i--) {
      reversed.add(sections.get(i));
    }
    reversed.insert(1, TestJson.object("{'kind': 'OTHER', 'heading': 'Phụ lục', 'span': {'start': 0, 'end': 1}}"));
    school.set("sections", reversed);
    ((ObjectNode) school.at("/legalBasis/0")).put("number", "252 / kh-ubnd");

    for (Map.Entry<String, ObjectNode> e : plans.entrySet()) {
      write(perturbedDir, e.getKey() + ".json", e.getValue());
    }
    EvalReport r = evaluator.evaluate(goldDir, perturbedDir);

    Counts t0 = base.total(Part.TARGETS);
    assertEquals(new Counts(t0.tp() - 1, 1, 1), r.total(Part.TARGETS));
    assertEquals(2.0 * (t0.tp() - 1) / (2.0 * (t0.tp() - 1) + 2), r.total(Part.TARGETS).f1(), 1e-12);
    Accuracy d0 = base.attributes(Part.TARGETS).get("direction");
    assertEquals(new Accuracy(d0.correct() - 2, d0.scored() - 1), r.attributes(Part.TARGETS).get("direction"));

    Counts dl = base.total(Part.DEADLINES);
    assertEquals(new Counts(dl.tp() - 1, 1, 1), r.total(Part.DEADLINES));
    assertEquals((double) (dl.tp() - 1) / dl.tp(), r.total(Part.DEADLINES).recall(), 1e-12);

    Counts b0 = base.total(Part.BUDGETS);
    assertEquals(new Counts(b0.tp(), 1, 0), r.total(Part.BUDGETS));
    assertEquals((double) b0.tp() / (b0.tp() + 1), r.total(Part.BUDGETS).precision(), 1e-12);

    Counts a0 = base.total(Part.AGENCIES);
    assertEquals(new Counts(a0.tp(), 1, 0), r.total(Part.AGENCIES));

    Counts k0 = base.total(Part.TASKS);
    assertEquals(new Counts(k0.tp() - 1, 1, 1), r.total(Part.TASKS));
    Accuracy tl = base.attributes(Part.TASKS).get("timeline");
    assertEquals(new Accuracy(tl.correct() - 1, tl.scored()), r.attributes(Part.TASKS).get("timeline"));

    assertEquals(base.total(Part.SECTIONS), r.total(Part.SECTIONS));
    assertEquals(base.total(Part.LEGAL_BASIS), r.total(Part.LEGAL_BASIS));
    FileResult schoolResult = r.files().stream()
        .filter(f -> f.gold().equals("2025_bu-gia-map-school")).findFirst().orElseThrow();
    assertEquals(1, schoolResult.parts().get(Part.SECTIONS).notes().size());

    Accuracy m0 = base.metadata();
    assertEquals(new Accuracy(m0.correct() - 2, m0.scored()), r.metadata());
    assertEquals(new Accuracy(gold.size() - 1, gold.size()), r.metadata(MetadataField.TITLE));
    assertEquals(new Accuracy(gold.size() - 1, gold.size()), r.metadata(MetadataField.NUMBER));
  }

  private static ObjectNode required(Map<String, ObjectNode> plans, String doc) {
    ObjectNode p = plans.get(doc);
    Assumptions.assumeTrue(p != null, "gold " + doc + " not in the gold set");
    return p;
  }
}
