package org.kehoach.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kehoach.text.Fold;

/**
 * Ties the gazetteers to the development gold set (folder from {@code kehoach.gold}, default
 * {@code /work/shared/gold}; skipped when absent): every required gold agency is contained in some
 * canonical agency name, and every gold target phrase is covered by a plan phrase of the indicator test.
 */
class GoldCoverageTest {
  private static List<JsonNode> golds() throws IOException {
    Path dir = Path.of(System.getProperty("kehoach.gold", "/work/shared/gold"));
    assumeTrue(Files.isDirectory(dir), "gold folder not found: " + dir);
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.gold.json")) {
      for (Path f : files) {
        out.add(mapper.readTree(f.toFile()));
      }
    }
    assumeTrue(!out.isEmpty(), "no gold files in " + dir);
    return out;
  }

  private static List<String> alternatives(JsonNode match) {
    List<String> out = new ArrayList<>();
    if (match.isArray()) {
      match.forEach(m -> out.add(m.asText()));
    } else {
      out.add(match.asText());
    }
    return out;
  }

  @Test
  void everyRequiredGoldAgencyHasACanonicalNameContainingIt() throws IOException {
    List<String> canonical = new ArrayList<>();
    for (Agency a : TestGazetteers.get().agencies().all()) {
      canonical.add(Fold.fold(a.canonical()));
    }
    for (JsonNode gold : golds()) {
      for (JsonNode agency : gold.path("agencies")) {
        if (agency.path("optional").asBoolean(false)) {
          continue;
        }
        List<String> alts = alternatives(agency.get("match"));
        boolean found = canonical.stream().anyMatch(c -> alts.stream().anyMatch(c::contains));
        assertTrue(found, gold.path("doc").asText() + ": no canonical agency contains " + alts);
      }
    }
  }

  @Test
  void everyGoldTargetPhraseIsCoveredByAPlanPhraseOfTheIndicatorTest() throws IOException {
    List<String> planPhrases = new ArrayList<>();
    for (TsvRow r : IndicatorMatcherTest.phraseRows()) {
      if (r.get("origin").equals("plan")) {
        planPhrases.add(Fold.fold(r.get("phrase")));
      }
    }
    for (JsonNode gold : golds()) {
      for (JsonNode target : gold.path("targets")) {
        if (!target.hasNonNull("match")) {
          continue;
        }
        String match = target.get("match").asText();
        assertTrue(planPhrases.stream().anyMatch(p -> p.contains(match)),
            gold.path("doc").asText() + ": no plan phrase in the indicator test contains '" + match + "'");
      }
    }
  }
}
