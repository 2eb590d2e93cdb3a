package org.kehoach.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kehoach.model.Closing;
import org.kehoach.model.PlanStructure;
import org.kehoach.model.Section;
import org.kehoach.model.SectionKind;
import org.kehoach.text.Fold;

/**
 * The five sample plans against the gold annotations: the non-OTHER section kinds in order, the signer's name
 * (or its absence), and the recipients. The gold directory is {@code -Dkehoach.gold}, else {@code gold/} next to
 * the corpus, else the shared gold directory of the development machines.
 */
class CorpusSegmentationTest {
  private static final Segmenter SEGMENTER = new Segmenter();
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> slugs() {
    return Stream.of("2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school", "2025_ly-son");
  }

  @ParameterizedTest
  @MethodSource("slugs")
  void sectionKindsMatchGold(String slug) throws IOException {
    String text = CorpusText.read(slug);
    PlanStructure s = SEGMENTER.segment(text);
    StructureInvariants.check(text, s);
    List<String> expected = new ArrayList<>();
    gold(slug).path("sections").forEach(k -> expected.add(k.asText()));
    List<String> actual = s.sections().stream().map(Section::kind).filter(k -> k != SectionKind.OTHER)
        .map(Enum::name).toList();
    assertEquals(expected, actual, () -> StructureDump.dump(text, s, false));
  }

  @ParameterizedTest
  @MethodSource("slugs")
  void signerMatchesGold(String slug) throws IOException {
    String text = CorpusText.read(slug);
    PlanStructure s = SEGMENTER.segment(text);
    JsonNode signer = gold(slug).path("signer");
    Closing c = s.closing();
    assertNotNull(c, "every sample has a closing part");
    if (signer.isNull() || signer.isMissingNode()) {
      assertTrue(c.signature() == null || c.signature().name() == null, () -> StructureDump.dump(text, s, false));
    } else {
      assertNotNull(c.signature(), () -> StructureDump.dump(text, s, false));
      assertNotNull(c.signature().name(), () -> StructureDump.dump(text, s, false));
      String name = text.substring(c.signature().name().start(), c.signature().name().end());
      assertEquals(Fold.fold(signer.path("name").asText()), Fold.fold(name));
    }
  }

  @ParameterizedTest
  @MethodSource("slugs")
  void recipientsAreFoundAndCleaned(String slug) throws IOException {
    String text = CorpusText.read(slug);
    Closing c = SEGMENTER.segment(text).closing();
    assertNotNull(c);
    assertNotNull(c.recipientsHeading(), "every sample has 'Nơi nhận:'");
    assertTrue(c.recipients().size() >= 5, "every sample lists at least five recipients");
    for (var r : c.recipients()) {
      String t = text.substring(r.start(), r.end());
      assertFalse(t.startsWith("-") || t.endsWith(";"), "recipient keeps its marker or ';': " + t);
      assertTrue(Fold.fold(t).length() > 1);
    }
  }

  @ParameterizedTest
  @MethodSource("slugs")
  void everySampleHasATitleAndPreamble(String slug) throws IOException {
    String text = CorpusText.read(slug);
    PlanStructure s = SEGMENTER.segment(text);
    assertNotNull(s.title());
    assertNotNull(s.title().title());
    String title = text.substring(s.title().title().start(), s.title().title().end()).replaceAll("\\s+", " ");
    assertEquals(Fold.fold(gold(slug).path("document").path("title").asText()), Fold.fold(title));
    assertFalse(s.preamble().isEmpty());
    assertNull(s.boilerplate());
  }

  static JsonNode gold(String slug) throws IOException {
    Path file = goldDir().resolve(slug + ".gold.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), "gold file " + file + " is missing");
    return JSON.readTree(file.toFile());
  }

  private static Path goldDir() {
    String prop = System.getProperty("kehoach.gold");
    if (prop != null) {
      return Path.of(prop);
    }
    Path nextToCorpus = CorpusText.dir().resolveSibling("gold");
    return Files.isDirectory(nextToCorpus) ? nextToCorpus : Path.of("/work/shared/gold");
  }
}
