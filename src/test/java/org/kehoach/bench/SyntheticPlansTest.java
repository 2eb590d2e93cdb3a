package org.kehoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kehoach.eval.SchemaValidator;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.AddResult;
import org.kehoach.index.PlanIndex;

class SyntheticPlansTest {
  private static SyntheticWorld world;
  private static SyntheticPlans plans;

  @BeforeAll
  static void load() {
    world = SyntheticWorld.from(Gazetteers.loadDefault());
    plans = new SyntheticPlans(world, 42);
  }

  @Test
  void plansAreDeterministicBySeedAndIndependentOfOrder() {
    SyntheticPlans again = new SyntheticPlans(world, 42);
    assertEquals(plans.plan(12345).json(), again.plan(12345).json());
    assertEquals(plans.plan(12345).text(), again.plan(12345).text());
    plans.plan(7); // generating others in between changes nothing
    assertEquals(again.plan(12345).json(), plans.plan(12345).json());
    assertNotEquals(plans.plan(12345).json(), new SyntheticPlans(world, 43).plan(12345).json());
  }

  @Test
  void plansConformToTheSchemaAndTheirSpansPointIntoTheText() {
    SchemaValidator validator = new SchemaValidator(new ObjectMapper());
    for (int i : sample()) {
      SyntheticPlan p = plans.plan(i);
      assertEquals(List.of(), validator.validate(p.json()), p.name());
      for (JsonNode t : p.json().get("targets")) {
        String clause = p.text().substring(t.get("span").get("start").asInt(), t.get("span").get("end").asInt());
        assertEquals(t.get("text").asText(), clause, p.name());
        assertTrue(clause.contains(t.get("name").asText()), p.name() + ": " + t);
      }
      for (JsonNode b : p.json().get("budgets")) {
        assertTrue(p.text().substring(b.get("span").get("start").asInt(), b.get("span").get("end").asInt())
            .contains(Draws.vietnamese(b.get("amountVnd").asLong())), p.name());
      }
      assertEquals(SyntheticPlans.sha256(p.text()), p.sha256());
    }
  }

  @Test
  void plansSpreadOverRealDistrictsYearsTopicsAndWordings() {
    Set<String> districts = new HashSet<>();
    world.districts().forEach(d -> districts.add(d.province() + "/" + d.name()));
    Set<String> seenDistricts = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    Set<String> titles = new HashSet<>();
    Set<String> layouts = new HashSet<>();
    int unidentified = 0;
    int targets = 0;
    for (int i = 0; i < 20_000; i += 7) {
      JsonNode doc = plans.plan(i).json().get("document");
      String place = doc.get("location").get("province").asText() + "/" + doc.get("location").get("district").asText();
      assertTrue(districts.contains(place), place);
      seenDistricts.add(place);
      years.add(doc.get("planYear").asInt());
      titles.add(doc.get("title").asText().replaceAll("\\d", ""));
      for (JsonNode t : plans.plan(i).json().get("targets")) {
        targets++;
        unidentified += t.get("indicator").isNull() ? 1 : 0;
      }
      layouts.add(plans.plan(i).text().contains("- Chỉ tiêu 1: ") ? "dash" : plans.plan(i).text().contains("a) ")
          ? "letter" : "other");
    }
    assertTrue(seenDistricts.size() > 600, "districts: " + seenDistricts.size());
    assertEquals(SyntheticPlans.YEARS, years.size());
    assertTrue(titles.size() >= 2, titles.toString());
    assertTrue(layouts.size() == 3, layouts.toString());
    double share = (double) unidentified / targets;
    assertTrue(share > 0.05 && share < 0.2, "share without indicator id: " + share);
  }

  @Test
  void aRevisedEditionIsIndexedAsANewVersionOfThePlan(@TempDir Path dir) throws Exception {
    int first = plans.indexOf(new SyntheticPlans.Coordinates(5, 2020, 1, 0));
    int revised = plans.indexOf(new SyntheticPlans.Coordinates(5, 2020, 1, 1));
    assertEquals(new SyntheticPlans.Coordinates(5, 2020, 1, 1), plans.coordinates(revised));
    try (PlanIndex index = PlanIndex.open(dir)) {
      assertEquals(AddResult.Status.NEW_PLAN, index.add(plans.plan(first).json(), null).status());
      AddResult r = index.add(plans.plan(revised).json(), null);
      assertEquals(AddResult.Status.NEW_VERSION, r.status());
      assertEquals(2, r.version());
      int nextYear = plans.indexOf(new SyntheticPlans.Coordinates(5, 2021, 1, 0));
      assertEquals(AddResult.Status.NEW_PLAN, index.add(plans.plan(nextYear).json(), null).status());
    }
  }

  @Test
  void decreasingIndicatorsGoDownOverTheYears() {
    Draws draws = new Draws(world.indicators(), 42);
    int k = 0;
    while (world.indicators().get(k).better() != org.kehoach.model.Direction.DECREASE) {
      k++;
    }
    int falls = 0;
    for (int d = 0; d < 50; d++) {
      if (draws.value(d, k, 2025) < draws.value(d, k, 2014)) {
        falls++;
      }
    }
    assertTrue(falls >= 45, "falls: " + falls);
  }

  @Test
  void writeWritesJsonAndText(@TempDir Path dir) throws Exception {
    plans.write(dir, 5, true);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(10, files.count());
    }
  }

  private static int[] sample() {
    int[] out = new int[400];
    for (int i = 0; i < out.length; i++) {
      out[i] = i < 200 ? i : 90_000 + i * 37;
    }
    return out;
  }
}
