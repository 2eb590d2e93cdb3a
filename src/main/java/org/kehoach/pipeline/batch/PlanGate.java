package org.kehoach.pipeline.batch;

import java.util.Objects;
import java.util.Optional;
import org.kehoach.model.PlanStructure;

/**
 * The cheap test that tells an administrative plan from other Vietnamese text (a news article, a letter, a
 * report about a plan) before any fact is extracted from it.
 *
 * <p>A document passes when its segmentation found at least one of the shapes every plan has: the type line of
 * a plan or of a decision issuing one ("KẾ HOẠCH", "QUYẾT ĐỊNH"), an issuing decision, or at least {@value
 * #MIN_SECTIONS} numbered top-level sections ("I.", "II." …). A plan whose title survived but whose sections
 * did not (a plan with no sections, a scan with a damaged heading) still passes and is parsed with the
 * segmenter's warnings; news prose has none of these shapes and is rejected with {@code NOT_A_PLAN}.
 * Stateless and thread-safe.
 */
public final class PlanGate {
  /** Numbered sections that make a document plan-shaped even when its title line was not recognised. */
  public static final int MIN_SECTIONS = 2;

  /**
   * Why the document is not a plan, or empty when it is plan-shaped.
   *
   * @param structure the segmentation of the document's normalised text
   * @param textLength the length of that text, quoted in the message
   */
  public Optional<String> rejection(PlanStructure structure, int textLength) {
    Objects.requireNonNull(structure, "structure");
    if (structure.title() != null || structure.decision() != null
        || structure.sections().size() >= MIN_SECTIONS) {
      return Optional.empty();
    }
    return Optional.of("expected the shape of an administrative plan (a 'KẾ HOẠCH' or 'QUYẾT ĐỊNH' title, or at"
        + " least " + MIN_SECTIONS + " numbered sections such as 'I.', 'II.'), found no title and "
        + structure.sections().size() + " section(s) in " + textLength + " characters of text");
  }
}
