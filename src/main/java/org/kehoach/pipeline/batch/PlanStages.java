package org.kehoach.pipeline.batch;

import java.util.Objects;
import java.util.Optional;
import org.kehoach.extract.PlanExtractor;
import org.kehoach.ingest.FailureReason;
import org.kehoach.ingest.PlanProcessingException;
import org.kehoach.ingest.RawDocument;
import org.kehoach.ingest.normalize.NormalizedText;
import org.kehoach.ingest.normalize.Normalizer;
import org.kehoach.model.Plan;
import org.kehoach.model.PlanSource;
import org.kehoach.model.PlanStructure;
import org.kehoach.structure.Segmenter;

/**
 * The stages after reading, timed per {@link Phase}: normalise, segment and test the shape ({@link PlanGate},
 * failing with {@code NOT_A_PLAN}), then extract. Thread-safe (every part is).
 *
 * <p>The text is segmented once: the extractor reads the structure the gate tested.
 */
final class PlanStages implements BoundedExtraction.Stages {
  private final Normalizer normalizer;
  private final Segmenter segmenter;
  private final PlanGate gate;
  private final PlanExtractor extractor;
  private final PhaseTimes times;

  PlanStages(Normalizer normalizer, Segmenter segmenter, PlanGate gate,
      PlanExtractor extractor, PhaseTimes times) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.times = Objects.requireNonNull(times, "times");
  }

  @Override
  public BoundedExtraction.Extracted run(String fileName, String sha256, RawDocument raw)
      throws PlanProcessingException {
    long t = System.nanoTime();
    NormalizedText normalized = normalizer.normalize(raw);
    t = times.add(Phase.NORMALISE, t);
    String text = normalized.value();
    PlanStructure structure = segmenter.segment(text, normalized.text()::pageAt);
    t = times.add(Phase.STRUCTURE, t);
    Optional<String> notAPlan = gate.rejection(structure, text.length());
    if (notAPlan.isPresent()) {
      throw new PlanProcessingException(FailureReason.NOT_A_PLAN, notAPlan.get());
    }
    PlanSource source = new PlanSource(fileName, raw.format(), sha256, raw.paged() ? raw.pages().size() : null,
        raw.ocr(), normalized.encoding());
    Plan plan = extractor.extract(source, text, normalized.text(), structure);
    times.add(Phase.EXTRACT, t);
    return new BoundedExtraction.Extracted(plan, structure.warnings());
  }
}
