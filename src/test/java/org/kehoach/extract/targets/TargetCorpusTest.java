package org.kehoach.extract.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kehoach.model.PageLocator;
import org.kehoach.model.Target;
import org.kehoach.text.Fold;

/**
 * Scores the extractor on the sample corpus with the gold rules of {@code gold/SCORING.md}: a gold target
 * pairs with a predicted one of the same unit and value (to 1e-9) whose {@code fold(name + " " + text)}
 * contains the gold {@code match}; the pairing is a maximum matching, required items first; optional items
 * count neither way. The extractor runs where the pipeline will call it: the objectives part of each plan
 * (from "I. MỤC …" to "II."), and the whole text of plans without targets. A second run on the whole text
 * of every plan guards precision on task sections full of counts.
 */
class TargetCorpusTest {
  private static final List<String> SLUGS =
      List.of("2014_ha-nam", "2020_hong-ngu", "2023_cam-pha", "2025_bu-gia-map-school", "2025_ly-son");
  /** The heading that opens the objectives part: "I. MỤC TIÊU", "I. MỤC ĐÍCH YÊU CẦU". */
  private static final Pattern OBJECTIVES = Pattern.compile("(?m)^I\\.\\s*MỤC");
  /** The heading after it: "II. NHIỆM VỤ …". */
  private static final Pattern NEXT_PART = Pattern.compile("(?m)^II\\.");
  /** The LaTeX fragment of the Cẩm Phả sample, which the normaliser turns into "≥ 95%". */
  private static final Pattern LATEX_GEQ = Pattern.compile("\\$\\\\geq\\s*([0-9.,]+)\\\\%\\$");

  private final TargetExtractor extractor = new TargetExtractor(IndicatorResolver.none());
  private final ObjectMapper json = new ObjectMapper();

  private record Gold(double value, String unit, String match, String direction, boolean optional) {}

  /** Tallies over files: true and false positives, misses, and directions on paired required items. */
  private static final class Score {
    int tp;
    int fp;
    int fn;
    int dirPaired;
    int dirRight;
    final StringBuilder log = new StringBuilder();

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double directionAccuracy() {
      return dirPaired == 0 ? 1 : (double) dirRight / dirPaired;
    }

    String summary(String what) {
      return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d), direction %d/%d = %.3f",
          what, precision(), recall(), f1(), tp, fp, fn, dirRight, dirPaired, directionAccuracy());
    }
  }

  @Test
  void objectivesMeetTheGoldAtF1AndDirection() throws IOException {
    Score s = score(false);
    System.out.println(s.log);
    System.out.println(s.summary("targets on objectives"));
    assertTrue(s.f1() >= 0.95, s.summary("F1 below 0.95") + "\n" + s.log);
    assertTrue(s.directionAccuracy() >= 0.95, s.summary("direction accuracy below 0.95") + "\n" + s.log);
  }

  @Test
  void wholeTextsAddNoFalseTargets() throws IOException {
    Score s = score(true);
    System.out.println(s.log);
    System.out.println(s.summary("targets on whole texts"));
    assertEquals(0, s.fp, s.summary("false targets outside the objectives") + "\n" + s.log);
  }

  private Score score(boolean wholeText) throws IOException {
    Path corpus = Path.of(System.getProperty("kehoach.corpus", "corpus"));
    assumeTrue(Files.isDirectory(corpus), "corpus directory not found: " + corpus.toAbsolutePath());
    Score s = new Score();
    for (String slug : SLUGS) {
      String text = clean(Files.readString(corpus.resolve(slug + ".txt"), StandardCharsets.UTF_8));
      JsonNode gold = gold(slug);
      int from = 0;
      int to = text.length();
      if (!wholeText && gold.path("targets").size() > 0) {
        Matcher start = OBJECTIVES.matcher(text);
        assertTrue(start.find(), slug + ": no objectives heading");
        Matcher end = NEXT_PART.matcher(text);
        from = start.start();
        to = end.find(start.end()) ? end.start() : text.length();
      }
      Integer planYear = gold.path("document").path("planYear").isInt()
          ? gold.path("document").path("planYear").asInt() : null;
      List<Target> predicted = extractor.extract(text, from, to, planYear, PageLocator.none());
      match(slug, goldTargets(gold), predicted, s);
    }
    return s;
  }

  /** What the pipeline's normaliser does before extraction: NFC, no markdown emphasis, "≥" for LaTeX. */
  private static String clean(String raw) {
    String t = LATEX_GEQ.matcher(raw).replaceAll("≥ $1%");
    t = t.replace("**", "").replace("*", "");
    return Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  private JsonNode gold(String slug) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("gold/" + slug + ".gold.json")) {
      assertTrue(in != null, "gold file missing for " + slug);
      return json.readTree(in);
    }
  }

  private static List<Gold> goldTargets(JsonNode gold) {
    List<Gold> out = new ArrayList<>();
    for (JsonNode g : gold.path("targets")) {
      out.add(new Gold(g.path("value").asDouble(), g.path("unit").asText(),
          g.hasNonNull("match") ? g.get("match").asText() : null,
          g.hasNonNull("direction") ? g.get("direction").asText() : null, g.path("optional").asBoolean(false)));
    }
    return out;
  }

  private static boolean pairs(Gold g, Target t) {
    return g.unit().equals(t.unit().jsonName()) && Math.abs(g.value() - t.value()) <= 1e-9
        && (g.match() == null || Fold.fold(t.name() + " " + t.text()).contains(g.match()));
  }

  /** Maximum bipartite matching (augmenting paths), required gold items first so they keep their pairs. */
  private static void match(String slug, List<Gold> gold, List<Target> predicted, Score s) {
    int[] goldOf = new int[predicted.size()];
    Arrays.fill(goldOf, -1);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!gold.get(i).optional()) {
        order.add(i);
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).optional()) {
        order.add(i);
      }
    }
    for (int g : order) {
      augment(g, gold, predicted, goldOf, new boolean[predicted.size()]);
    }
    boolean[] paired = new boolean[gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      Target t = predicted.get(p);
      if (goldOf[p] < 0) {
        s.fp++;
        s.log.append(slug).append(" FP ").append(describe(t)).append('\n');
        continue;
      }
      Gold g = gold.get(goldOf[p]);
      paired[goldOf[p]] = true;
      if (g.optional()) {
        continue;
      }
      s.tp++;
      if (g.direction() != null) {
        s.dirPaired++;
        boolean right = g.direction().equals(String.valueOf(t.direction()));
        s.dirRight += right ? 1 : 0;
        if (!right) {
          s.log.append(slug).append(" DIRECTION gold ").append(g.direction()).append(" got ").append(describe(t)).append('\n');
        }
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!paired[i] && !gold.get(i).optional()) {
        s.fn++;
        s.log.append(slug).append(" MISSED ").append(gold.get(i)).append('\n');
      }
    }
  }

  private static boolean augment(int g, List<Gold> gold, List<Target> predicted, int[] goldOf, boolean[] seen) {
    for (int p = 0; p < predicted.size(); p++) {
      if (!seen[p] && pairs(gold.get(g), predicted.get(p))) {
        seen[p] = true;
        if (goldOf[p] < 0 || augment(goldOf[p], gold, predicted, goldOf, seen)) {
          goldOf[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(Target t) {
    return t.value() + " " + t.unit() + " " + t.direction() + " '" + t.name() + "' in '" + t.text() + "'";
  }
}
