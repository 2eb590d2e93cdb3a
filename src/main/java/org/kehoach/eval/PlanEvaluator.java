package org.kehoach.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores prediction files against gold files by the rules of the gold set: each prediction against the gold
 * named by its {@code source.file} up to the first '.', so the PDF, DOCX and scan of one plan are three
 * scored files. Predictions without a gold are listed, not scored; so are gold documents without a
 * prediction (an evaluation of a subset is not penalised for the rest). Thread-safe.
 */
public final class PlanEvaluator {
  private final DocumentFieldsMatcher documentFields = new DocumentFieldsMatcher();
  private final List<PartMatcher> matchers = List.of(
      new SectionsMatcher(),
      new LegalBasisMatcher(),
      new TargetsMatcher(),
      new DeadlinesMatcher(),
      new BudgetsMatcher(),
      new AgenciesMatcher(),
      new TasksMatcher());
  private final ObjectMapper mapper;

  public PlanEvaluator(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * Scores every prediction in {@code predDir} against the gold in {@code goldDir}.
   *
   * @throws IOException when a directory cannot be listed or a gold file cannot be read
   * @throws IllegalArgumentException when a gold file breaks the annotation format; the message names it
   */
  public EvalReport evaluate(Path goldDir, Path predDir) throws IOException {
    Map<String, JsonNode> gold = new GoldLoader(mapper).load(goldDir);
    PredictionLoader.Loaded loaded = new PredictionLoader(mapper).load(predDir);
    List<FileResult> files = new ArrayList<>();
    List<String> withoutGold = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (Prediction p : loaded.predictions()) {
      JsonNode g = gold.get(p.gold());
      if (g == null) {
        withoutGold.add(p.file() + " (source " + p.source() + ", no gold " + p.gold() + GoldLoader.SUFFIX + ")");
        continue;
      }
      used.add(p.gold());
      files.add(score(p, g));
    }
    List<String> goldWithoutPrediction = gold.keySet().stream().filter(d -> !used.contains(d)).toList();
    return new EvalReport(files, withoutGold, loaded.problems(), goldWithoutPrediction);
  }

  /**
   * Scores one prediction against its gold.
   *
   * @throws IllegalArgumentException when the gold breaks the annotation format
   */
  public FileResult score(Prediction prediction, JsonNode gold) {
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(gold, "gold");
    Map<Part, PartResult> parts = new EnumMap<>(Part.class);
    for (PartMatcher m : matchers) {
      try {
        m.match(gold, prediction.root()).ifPresent(r -> parts.put(m.part(), r));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("gold " + prediction.gold() + GoldLoader.SUFFIX + ": " + e.getMessage(), e);
      }
    }
    MetadataResult metadata = documentFields.match(gold, prediction.root());
    return new FileResult(prediction.file(), prediction.source(), prediction.gold(), metadata, parts);
  }
}
