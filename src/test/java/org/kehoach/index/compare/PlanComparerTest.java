package org.kehoach.index.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kehoach.gazetteer.Gazetteers;
import org.kehoach.index.GazetteerLexicon;
import org.kehoach.index.IndicatorLexicon;
import org.kehoach.index.PlanJsonReader;
import org.kehoach.index.PlanRecord;
import org.kehoach.model.Target;

class PlanComparerTest {
  private static PlanComparer comparer;
  private static final PlanJsonReader READER = new PlanJsonReader();

  @BeforeAll
  static void build() {
    comparer = new PlanComparer(new TargetAligner(TargetAligner.DEFAULT_THRESHOLD),
        GazetteerLexicon.of(Gazetteers.loadDefault()));
  }

  static PlanRecord resource(String name) throws Exception {
    return READER.read(resourceJson(name));
  }

  private static JsonNode resourceJson(String name) throws Exception {
    try (InputStream in = PlanComparerTest.class.getResourceAsStream("/compare/" + name)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static String key(TargetChange c) {
    Target t = c.either();
    return (t.indicator() != null ? t.indicator() : t.name()) + (c.kind() == ChangeKind.DROPPED ? " (old)" : "");
  }

  @Test
  void camPha2022To2023ReportsExactlyTheChangedAddedAndDroppedTargets() throws Exception {
    PlanComparison c = comparer.compare(resource("2022_cam-pha.synthetic.plan.json"),
        resource("2023_cam-pha.plan.json"));
    Map<String, String> changed = new TreeMap<>();
    for (TargetChange t : c.of(ChangeKind.CHANGED)) {
      changed.put(t.newer().indicator(), fmt(t.older().value()) + "->" + fmt(t.newer().value()) + " " + t.ambition());
    }
    Map<String, String> expected = new TreeMap<>(Map.ofEntries(
        Map.entry("child.ecd.services_access_under8", "84->86 MORE_AMBITIOUS"),
        Map.entry("child.mortality.neonatal", "7->6.5 MORE_AMBITIOUS"),
        Map.entry("child.mortality.under5", "14->14.5 LESS_AMBITIOUS"),
        Map.entry("child.nutrition.underweight_under5", "6.5->6.28 MORE_AMBITIOUS"),
        Map.entry("child.nutrition.overweight_under5", "5->5.3 LESS_AMBITIOUS"),
        Map.entry("child.health.immunisation_full_under1", "95->91 LESS_AMBITIOUS"),
        Map.entry("child.protection.special_circumstances_share", "1.4->1.3 MORE_AMBITIOUS"),
        Map.entry("child.injury.rate", "600->550 MORE_AMBITIOUS"),
        Map.entry("child.education.preschool_5yo", "99->99.5 MORE_AMBITIOUS"),
        Map.entry("child.education.dropout", "0.02->0.01 MORE_AMBITIOUS"),
        Map.entry("child.education.disability_accessible_schools", "45->51 MORE_AMBITIOUS"),
        Map.entry("child.culture.play_spaces", "65->60 LESS_AMBITIOUS")));
    assertEquals(expected, changed);
    assertEquals(List.of("child.participation.models_11plus"), c.of(ChangeKind.ADDED).stream().map(PlanComparerTest::key).toList());
    assertEquals(List.of("child.health.insurance_under6 (old)"),
        c.of(ChangeKind.DROPPED).stream().map(PlanComparerTest::key).toList());
    assertEquals(30 - 12, c.of(ChangeKind.UNCHANGED).size());
    for (TargetChange t : c.of(ChangeKind.UNCHANGED)) {
      assertEquals(Ambition.SAME, t.ambition());
      assertEquals(0.0, t.change());
    }
  }

  @Test
  void aTargetWithoutIndicatorIdIsAlignedByItsPhrase() throws Exception {
    PlanComparison c = comparer.compare(resource("2022_cam-pha.synthetic.plan.json"),
        resource("2023_cam-pha.plan.json"));
    TargetChange awareness = c.targets().stream()
        .filter(t -> "child.participation.awareness".equals(t.newer() == null ? null : t.newer().indicator()))
        .findFirst().orElseThrow();
    assertEquals(TargetChange.Alignment.PHRASE, awareness.alignedBy());
    assertNull(awareness.older().indicator());
    assertTrue(awareness.similarity() >= TargetAligner.DEFAULT_THRESHOLD);
  }

  @Test
  void budgetTotalsAndAgencyChangesAreReported() throws Exception {
    PlanComparison c = comparer.compare(resource("2022_cam-pha.synthetic.plan.json"),
        resource("2023_cam-pha.plan.json"));
    assertEquals(150_000_000L, c.budgetOld());
    assertNull(c.budgetNew());
    assertNull(c.budgetChange());
    assertEquals(List.of("Trung tâm Truyền thông và Văn hóa"), c.agenciesAdded());
    assertEquals(List.of("Đài Truyền thanh - Truyền hình thành phố"), c.agenciesDropped());
  }

  @Test
  void agenciesWrittenDifferentlyAreOneAgencyWithTheGazetteer() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode json =
        (com.fasterxml.jackson.databind.node.ObjectNode) resourceJson("2022_cam-pha.synthetic.plan.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("agencies").get(0)).put("name", "Phòng LĐ-TB&XH");
    PlanRecord abbreviated = READER.read(json);
    PlanRecord newer = resource("2023_cam-pha.plan.json");
    Gazetteers g = Gazetteers.loadDefault();
    PlanComparison plain = comparer.compare(abbreviated, newer);
    assertTrue(plain.agenciesDropped().contains("Phòng LĐ-TB&XH"), plain.agenciesDropped().toString());
    PlanComparison canonical = new PlanComparer(new TargetAligner(0.6), GazetteerLexicon.of(g),
        PlanComparer.canonicalNames(g.agencies())).compare(abbreviated, newer);
    assertEquals(List.of("Đài Truyền thanh - Truyền hình thành phố"), canonical.agenciesDropped());
    assertEquals(List.of("Trung tâm Truyền thông và Văn hóa"), canonical.agenciesAdded());
  }

  @Test
  void comparingAPlanWithItselfChangesNothing() throws Exception {
    PlanRecord p = resource("2023_cam-pha.plan.json");
    PlanComparison c = comparer.compare(p, p);
    assertEquals(p.targets().size(), c.of(ChangeKind.UNCHANGED).size());
    assertTrue(c.agenciesAdded().isEmpty() && c.agenciesDropped().isEmpty());
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
